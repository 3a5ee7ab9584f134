/** How roles and stances read on screen and in documents: message ids, words chosen where shown. */
import { msg, type Message } from '../i18n';
import type { Role, Stance } from './session';

export const ROLE_LABELS: Readonly<Record<Role, Message>> = {
  'business-owner': msg('participant.role.businessOwner'),
  it: msg('participant.role.it'),
  operations: msg('participant.role.operations'),
  legal: msg('participant.role.legal'),
  support: msg('participant.role.support'),
  'end-user': msg('participant.role.endUser'),
  vendor: msg('participant.role.vendor'),
  other: msg('participant.role.other'),
};

export const STANCE_LABELS: Readonly<Record<Stance, Message>> = {
  champion: msg('participant.stance.champion'),
  neutral: msg('participant.stance.neutral'),
  skeptic: msg('participant.stance.skeptic'),
};

export const ROLE_OPTIONS: readonly { value: Role; label: Message }[] = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({ value, label: ROLE_LABELS[value] }));
export const STANCE_OPTIONS: readonly { value: Stance; label: Message }[] = (Object.keys(STANCE_LABELS) as Stance[]).map((value) => ({ value, label: STANCE_LABELS[value] }));
