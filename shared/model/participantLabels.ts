/** How roles and stances read on screen and in documents. */
import type { Role, Stance } from './session';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'business-owner': 'Business owner',
  it: 'IT',
  operations: 'Operations',
  legal: 'Legal',
  support: 'Support',
  'end-user': 'End user',
  vendor: 'Vendor',
  other: 'Other',
};

export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  champion: 'Champion',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
};

export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({ value, label: ROLE_LABELS[value] }));
export const STANCE_OPTIONS: readonly { value: Stance; label: string }[] = (Object.keys(STANCE_LABELS) as Stance[]).map((value) => ({ value, label: STANCE_LABELS[value] }));
