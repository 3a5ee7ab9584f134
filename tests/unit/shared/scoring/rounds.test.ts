import { describe, expect, it } from 'vitest';
import {
  effectiveLevel,
  latestRevealedRound,
  latestRound,
  roundsForGap,
  segmentMeans,
  uniqueVotes,
  votersOf,
} from '../../../../shared/scoring/rounds';
import { baseSession, withConsensus, withParticipants, withRound, withSettings } from './sessionBuilder';

function room() {
  return withParticipants(baseSession(), [
    { id: 'f', stance: 'neutral', isFacilitator: true },
    { id: 'c1', stance: 'champion' },
    { id: 'c2', stance: 'champion' },
    { id: 's1', stance: 'skeptic' },
    { id: 'n1', stance: 'neutral' },
  ]);
}

describe('rounds', () => {
  it('orders rounds by number and finds the latest, open or revealed', () => {
    let s = withRound(room(), 'data', { c1: 3 }, { number: 2 });
    s = withRound(s, 'data', { c1: 2 }, { number: 1 });
    s = withRound(s, 'users', { c1: 5 });
    s = withRound(s, 'data', { c1: 4 }, { number: 3, status: 'open' });
    expect(roundsForGap(s, 'data').map((r) => r.number)).toEqual([1, 2, 3]);
    expect(latestRound(s, 'data')?.number).toBe(3);
    expect(latestRevealedRound(s, 'data')?.number).toBe(2);
    expect(latestRound(s, 'load')).toBeNull();
  });

  it('leaves the facilitator out of the voters unless they vote', () => {
    expect(votersOf(room()).map((p) => p.id)).toEqual(['c1', 'c2', 's1', 'n1']);
    expect(votersOf(withSettings(room(), { facilitatorVotes: true }))).toHaveLength(5);
  });

  it('keeps one vote per participant, the latest', () => {
    const s = withRound(room(), 'data', { c1: 3 });
    const v = s.rounds[0]!.votes[0]!;
    expect(uniqueVotes([v, { ...v, score: 5, at: v.at + 10 }]).map((x) => x.score)).toEqual([5]);
  });

  it('computes champions and skeptics means from the latest revealed round, unsure excluded', () => {
    let s = withRound(room(), 'data', { c1: 1, c2: 1, s1: 1 });
    s = withRound(s, 'data', { c1: 5, c2: 'unsure', s1: 2, n1: 4, f: 1 });
    s = withRound(s, 'data', { c1: 1, s1: 5 }, { status: 'open' });
    expect(segmentMeans(s, 'data')).toEqual({ champions: 5, skeptics: 2, championsCount: 1, skepticsCount: 1 });
    expect(segmentMeans(s, 'users')).toEqual({ champions: null, skeptics: null, championsCount: 0, skepticsCount: 0 });
  });

  it('gives the consensus level, or null while unconfirmed', () => {
    const s = withConsensus(room(), { data: 3 });
    expect(effectiveLevel(s, 'data')).toBe(3);
    expect(effectiveLevel(s, 'users')).toBeNull();
  });
});
