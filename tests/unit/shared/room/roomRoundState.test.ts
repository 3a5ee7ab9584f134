/** What the room tells phones, from the session: the open round, or the revealed distribution, never who voted what. */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../shared/model/createSession';
import type { Session } from '../../../../shared/model/session';
import { roomRoundStateOf } from '../../../../shared/room/roomRoundState';
import { sessionOf } from '../../../../shared/model/opResult';
import * as ops from '../../../../shared/scoring/roundOps';
import { translatorNow } from '../../../../shared/i18n';

const EN = translatorNow('en');

const openRound = (...a: Parameters<typeof ops.openRound>) => sessionOf(ops.openRound(...a));
const castVote = (...a: Parameters<typeof ops.castVote>) => sessionOf(ops.castVote(...a));
const revealRound = (...a: Parameters<typeof ops.revealRound>) => sessionOf(ops.revealRound(...a));

function sessionWithPeople(): Session {
  const base = createSession({ initiative: 'Voice agent', client: 'Utility', id: 's1', now: 1000 });
  return {
    ...base,
    currentStageId: 'gap-load',
    participants: ['Ana', 'Ben', 'Cy'].map((name, i) => ({ id: `p${i}`, name, role: 'it', stance: 'neutral', inPilot: false, isFacilitator: false })),
  };
}

const vote = (participantId: string, score: 1 | 2 | 3 | 4 | 5 | 'unsure', at: number) => ({ participantId, score, confidence: null, comment: '', source: 'grid' as const, at });

describe('roomRoundStateOf', () => {
  it('is "none" before any round', () => {
    expect(roomRoundStateOf(sessionWithPeople(), EN)).toEqual({ kind: 'none' });
  });

  it('sends the open round with its gap, question and five level descriptors, and no votes', () => {
    let s = openRound(sessionWithPeople(), 'load', 'r1', 2000);
    s = castVote(s, 'r1', vote('p0', 2, 2100));
    const state = roomRoundStateOf(s, EN);
    expect(state.kind).toBe('open');
    if (state.kind !== 'open') return;
    expect(state.round).toMatchObject({ id: 'r1', gapId: 'load', gapNumber: 3, gapName: 'Infrastructure load', roundNumber: 1 });
    expect(state.round).not.toHaveProperty('question');
    expect(state.round.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(state)).not.toContain('p0');
    const german = roomRoundStateOf(s, translatorNow('de'));
    expect(german.kind === 'open' && german.round.gapName).toBe('Infrastrukturlast');
  });

  it('follows the current gap; elsewhere in the agenda, the most recently opened round', () => {
    let s = openRound(sessionWithPeople(), 'data', 'r-data', 2000);
    s = openRound(s, 'load', 'r-load', 1500);
    expect(roomRoundStateOf(s, EN)).toMatchObject({ kind: 'open', round: { id: 'r-load' } });
    expect(roomRoundStateOf({ ...s, currentStageId: 'frame' }, EN)).toMatchObject({ round: { id: 'r-data' } });
    // A gap without a round: the phones wait, even if another gap has a round open.
    expect(roomRoundStateOf({ ...s, currentStageId: 'gap-users' }, EN)).toEqual({ kind: 'none' });
    // Revealing the current gap's round closes it on the phones; another open round does not take over.
    s = castVote(s, 'r-load', vote('p0', 3, 1600));
    s = revealRound(s, 'r-load', 2500);
    expect(roomRoundStateOf(s, EN)).toMatchObject({ kind: 'closed', round: { id: 'r-load' } });
  });

  it('after the reveal: closed, with the distribution only (no names)', () => {
    let s = openRound(sessionWithPeople(), 'load', 'r1', 2000);
    s = castVote(s, 'r1', vote('p0', 2, 2100));
    s = castVote(s, 'r1', vote('p1', 4, 2200));
    s = castVote(s, 'r1', vote('p2', 'unsure', 2300));
    s = revealRound(s, 'r1', 3000);
    const state = roomRoundStateOf(s, EN);
    expect(state).toEqual({
      kind: 'closed',
      round: { id: 'r1', gapId: 'load', gapNumber: 3, gapCount: 6, gapName: 'Infrastructure load', gapColor: expect.any(String), roundNumber: 1 },
      distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0, unsure: 1 },
    });
    expect(JSON.stringify(state)).not.toMatch(/Ana|Ben|p0|p1/);
  });
});
