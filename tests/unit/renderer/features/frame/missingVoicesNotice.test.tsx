// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ParticipantsCard } from '../../../../../renderer/src/features/frame/ParticipantsCard';
import { builtInFramework } from '../../../../../shared/framework/builtInFramework';
import type { Participant, Session } from '../../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';
import { mountInLanguage } from '../../mountInLanguage';

const SAMPLE = buildSampleWorkshop('s', Date.UTC(2025, 2, 10));
const mounted = mountInLanguage();

function withoutRoles(session: Session, roles: ReadonlyArray<Participant['role']>): Session {
  return { ...session, participants: session.participants.filter((p) => !roles.includes(p.role)) };
}

function notice(): string | null {
  return mounted.host.querySelector('[data-testid="missing-voices"]')?.textContent ?? null;
}

describe('the participants card names the missing voices', () => {
  it('says nothing while every required role is in the room', () => {
    mounted.render(<ParticipantsCard session={SAMPLE} update={async () => {}} />);
    expect(notice()).toBeNull();
  });

  it('names the required roles nobody in the room holds, in the window’s language', () => {
    const session = withoutRoles(SAMPLE, ['legal', 'support']);
    mounted.render(<ParticipantsCard session={session} update={async () => {}} />);
    expect(notice()).toBe('Missing voices: nobody in the room comes from Support or Legal, who must run the system in production.');
    expect(mounted.host.querySelector('[data-testid="missing-voices"]')!.getAttribute('role')).toBe('status');
    mounted.render(<ParticipantsCard session={session} update={async () => {}} />, 'de');
    expect(notice()).toBe('Fehlende Stimmen: Niemand im Raum kommt aus Support oder Recht, obwohl diese Bereiche das System im Produktivbetrieb tragen müssen.');
  });

  it('follows the framework: its roles, and nothing when it switches the check off', () => {
    const framework = { ...builtInFramework(), id: 'own', requiredRoles: ['vendor' as const] };
    const noVendor = { ...withoutRoles(SAMPLE, ['vendor']), framework };
    mounted.render(<ParticipantsCard session={noVendor} update={async () => {}} />);
    expect(notice()).toContain('nobody in the room comes from Vendor');
    const off = { ...noVendor, framework: { ...framework, checks: framework.checks.filter((id) => id !== 'missing-voices') } };
    mounted.render(<ParticipantsCard session={off} update={async () => {}} />);
    expect(notice()).toBeNull();
  });
});
