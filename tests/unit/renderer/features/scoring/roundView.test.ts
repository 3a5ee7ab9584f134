import { describe, expect, it } from 'vitest';
import { campsOf, commentsOf, namesByLevel, turnoutOf, voterLabels } from '../../../../../renderer/src/features/scoring/roundView';
import { translatorNow } from '../../../../../shared/i18n';
import type { Session } from '../../../../../shared/model/session';
import { baseSession, withParticipants, withRound, withSettings } from '../../../shared/scoring/sessionBuilder';

function room(): Session {
  return withParticipants(baseSession(), [
    { id: 'f', name: 'Fran', isFacilitator: true },
    { id: 'c1', name: 'Ana', stance: 'champion' },
    { id: 'c2', name: 'Bo', stance: 'champion' },
    { id: 'c3', name: 'Cy', stance: 'champion' },
    { id: 's1', name: 'Dee', stance: 'skeptic' },
    { id: 's2', name: 'Eli', stance: 'skeptic' },
  ]);
}

const en = translatorNow('en');
const de = translatorNow('de');

describe('roundView', () => {
  it('names voters, or numbers them in participant order in an anonymous session', () => {
    const s = room();
    const voters = s.participants.filter((p) => !p.isFacilitator);
    expect([...voterLabels(s, voters, en).values()]).toEqual(['Ana', 'Bo', 'Cy', 'Dee', 'Eli']);
    const anonymous = withSettings(s, { anonymous: true });
    expect([...voterLabels(anonymous, voters, en).entries()]).toEqual([
      ['c1', 'Voter 1'],
      ['c2', 'Voter 2'],
      ['c3', 'Voter 3'],
      ['s1', 'Voter 4'],
      ['s2', 'Voter 5'],
    ]);
    expect(voterLabels(anonymous, voters, de).get('c1')).toBe('Stimme 1');
  });

  it('counts only the people who may vote', () => {
    // 'gone' left the session after voting; the facilitator's old vote does not count either.
    const s = withRound(room(), 'data', { c1: 3, s1: 2, gone: 4, f: 3 }, { status: 'open' });
    const turnout = turnoutOf(s, s.rounds[0]!);
    expect([turnout.voted, turnout.total]).toEqual([2, 5]);
    expect([...turnout.votedIds].sort()).toEqual(['c1', 's1']);
    const withFacilitator = withSettings(s, { facilitatorVotes: true });
    expect(turnoutOf(withFacilitator, withFacilitator.rounds[0]!).total).toBe(6);
  });

  it('lists names per level in participant order, with a stand-in for someone removed', () => {
    const s = withRound(room(), 'data', { s2: 2, c1: 2, gone: 'unsure', c2: 4 });
    expect(namesByLevel(s, s.rounds[0]!, en)).toEqual({ 1: [], 2: ['Ana', 'Eli'], 3: [], 4: ['Bo'], 5: [], unsure: ['A former participant'] });
  });

  it('leaves names off comments in anonymous mode', () => {
    let s = withRound(room(), 'data', { c1: 2, s1: 4 });
    s = { ...s, rounds: [{ ...s.rounds[0]!, votes: s.rounds[0]!.votes.map((v) => (v.participantId === 'c1' ? { ...v, comment: ' Too early. ', confidence: 'low' } : v)) }] };
    expect(commentsOf(s, s.rounds[0]!, en)).toEqual([{ name: 'Ana', score: 2, confidence: 'low', text: 'Too early.' }]);
    const anonymous = withSettings(s, { anonymous: true });
    expect(commentsOf(anonymous, anonymous.rounds[0]!, en)[0]!.name).toBeNull();
  });

  it('compares champions and skeptics, hiding a segment under three people when anonymous', () => {
    const s = withRound(room(), 'data', { c1: 4, c2: 4, c3: 'unsure', s1: 1, s2: 2 });
    expect(campsOf(s, s.rounds[0]!)).toEqual({ champions: { mean: 4, count: 2 }, skeptics: { mean: 1.5, count: 2 }, hiddenForAnonymity: false });
    const anonymous = withSettings(s, { anonymous: true });
    expect(campsOf(anonymous, anonymous.rounds[0]!)).toEqual({ champions: null, skeptics: null, hiddenForAnonymity: true });
    const noSkeptics = withRound(room(), 'users', { c1: 3 });
    expect(campsOf(noSkeptics, noSkeptics.rounds[0]!)).toMatchObject({ champions: { mean: 3, count: 1 }, skeptics: null });
  });
});
