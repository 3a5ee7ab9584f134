// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RevealPanel } from '../../../../../renderer/src/features/scoring/RevealPanel';
import type { Session } from '../../../../../shared/model/session';
import { baseSession, withParticipants, withRound } from '../../../shared/scoring/sessionBuilder';
import { mountInLanguage } from '../../mountInLanguage';

const mounted = mountInLanguage();

function revealed(): Session {
  const people = withParticipants(baseSession(), [
    { id: 'c1', name: 'Ana', stance: 'champion' },
    { id: 'c2', name: 'Bo', stance: 'champion' },
    { id: 's1', name: 'Dee', stance: 'skeptic' },
    { id: 's2', name: 'Eli', stance: 'skeptic' },
  ]);
  return withRound(people, 'data', { c1: 4, c2: 5, s1: 1, s2: 2 });
}

function show(session: Session, language: string): void {
  mounted.render(<RevealPanel session={session} round={session.rounds[0]!} />, language);
}

describe('RevealPanel', () => {
  it('says in English where the room stands, with its disagreement and camps', () => {
    show(revealed(), 'en');
    expect(mounted.host.querySelector('[data-testid="median"]')!.textContent).toBe('3');
    expect(mounted.host.querySelector('[data-testid="divergence"]')!.textContent).toContain('Votes run from level 1 to level 5, a spread of 4 points.');
    expect(mounted.host.querySelector('[data-testid="camps"]')!.textContent).toContain('2 people');
    expect(mounted.host.querySelector('[data-testid="camps"]')!.textContent).toContain('4.5');
  });

  it('says it in German, with German decimals and plurals', () => {
    show(revealed(), 'de');
    expect(mounted.host.textContent).toContain('Der Raum ist uneins');
    expect(mounted.host.querySelector('[data-testid="divergence"]')!.textContent).toContain('eine Streuung von 4 Punkten.');
    const camps = mounted.host.querySelector('[data-testid="camps"]')!.textContent;
    expect(camps).toContain('2 Personen');
    expect(camps).toContain('4,5');
    expect(camps).toContain('+3');
  });
});
