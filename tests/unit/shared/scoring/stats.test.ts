import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VoteScore } from '../../../../shared/model/session';
import {
  distributionOf,
  hasTwoCamps,
  levelsOf,
  mean,
  median,
  roundStats,
  suggestedConsensus,
} from '../../../../shared/scoring/stats';

const votes = (...scores: VoteScore[]) => scores.map((score) => ({ score }));

const scoreArb = fc.constantFrom<VoteScore>(1, 2, 3, 4, 5, 'unsure');
const votesArb = fc.array(scoreArb, { maxLength: 40 }).map((scores) => votes(...scores));

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
  it('is the middle value for an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('averages the two middle values for an even count', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([4, 4])).toBe(4);
  });
  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('mean', () => {
  it('is null for no values and the average otherwise', () => {
    expect(mean([])).toBeNull();
    expect(mean([2, 3, 5])).toBeCloseTo(10 / 3);
  });
});

describe('levelsOf and distributionOf', () => {
  it('drops "not sure" from the levels but counts it in the distribution', () => {
    const v = votes(1, 'unsure', 3, 3);
    expect(levelsOf(v)).toEqual([1, 3, 3]);
    expect(distributionOf(v)).toEqual({ 1: 1, 2: 0, 3: 2, 4: 0, 5: 0, unsure: 1 });
  });
});

describe('roundStats', () => {
  it('handles an empty round', () => {
    const s = roundStats([]);
    expect(s).toMatchObject({ voted: 0, unsure: 0, median: null, min: null, max: null, spread: 0, twoCamps: false, divergent: false });
  });

  it('handles a round where everybody is unsure', () => {
    const s = roundStats(votes('unsure', 'unsure'));
    expect(s).toMatchObject({ voted: 2, unsure: 2, median: null, min: null, max: null, spread: 0, divergent: false });
  });

  it('gives spread 0 for a single level', () => {
    expect(roundStats(votes(4)).spread).toBe(0);
  });

  it('is divergent at exactly the spread threshold and not one below it', () => {
    expect(roundStats(votes(2, 3, 4), 2)).toMatchObject({ spread: 2, divergent: true });
    expect(roundStats(votes(3, 4, 4), 2)).toMatchObject({ spread: 1, divergent: false });
  });

  it('follows the session threshold', () => {
    expect(roundStats(votes(2, 3, 4), 3).divergent).toBe(false);
    expect(roundStats(votes(1, 3, 4), 3).divergent).toBe(true);
  });

  it('ignores "not sure" in min, max and spread', () => {
    const s = roundStats(votes(3, 'unsure', 4));
    expect(s).toMatchObject({ min: 3, max: 4, spread: 1, unsure: 1, voted: 3 });
  });
});

describe('hasTwoCamps', () => {
  const d = (...scores: VoteScore[]) => distributionOf(votes(...scores));

  it('sees two camps two levels apart with a valley between', () => {
    expect(hasTwoCamps(d(2, 2, 4, 4))).toBe(true);
    expect(hasTwoCamps(d(1, 1, 1, 3, 5, 5))).toBe(true);
  });
  it('needs at least two people in each camp', () => {
    expect(hasTwoCamps(d(2, 4, 4))).toBe(false);
  });
  it('needs the camps at least two levels apart', () => {
    expect(hasTwoCamps(d(2, 2, 3, 3))).toBe(false);
  });
  it('sees no camps when the middle is as popular as a camp', () => {
    expect(hasTwoCamps(d(2, 2, 3, 3, 4, 4))).toBe(false);
  });
  it('makes a round divergent even when the spread threshold is higher', () => {
    const s = roundStats(votes(2, 2, 4, 4), 3);
    expect(s.spread).toBe(2);
    expect(s.twoCamps).toBe(true);
    expect(s.divergent).toBe(true);
  });
});

describe('suggestedConsensus', () => {
  it('is null without levels', () => {
    expect(suggestedConsensus([])).toBeNull();
    expect(suggestedConsensus(votes('unsure'))).toBeNull();
  });
  it('is the median for an odd count', () => {
    expect(suggestedConsensus(votes(1, 4, 5))).toBe(4);
  });
  it('rounds a half median down, to the honest side', () => {
    expect(suggestedConsensus(votes(3, 4))).toBe(3);
    expect(suggestedConsensus(votes(1, 2, 4, 5))).toBe(3);
  });
  it('ignores "not sure"', () => {
    expect(suggestedConsensus(votes(2, 'unsure', 'unsure'))).toBe(2);
  });
});

describe('properties', () => {
  it('the median lies between min and max', () => {
    fc.assert(
      fc.property(votesArb, (v) => {
        const s = roundStats(v);
        if (s.median === null) return s.min === null && s.max === null;
        return s.min! <= s.median && s.median <= s.max!;
      }),
    );
  });

  it('the spread is max − min (0 without levels)', () => {
    fc.assert(
      fc.property(votesArb, (v) => {
        const s = roundStats(v);
        return s.spread === (s.min === null ? 0 : s.max! - s.min);
      }),
    );
  });

  it('the distribution sums to the number of votes', () => {
    fc.assert(
      fc.property(votesArb, (v) => {
        const s = roundStats(v);
        const total = Object.values(s.distribution).reduce((a, b) => a + b, 0);
        return total === v.length && s.voted === v.length;
      }),
    );
  });

  it('the suggested consensus is a level between min and max', () => {
    fc.assert(
      fc.property(votesArb, (v) => {
        const s = roundStats(v);
        const c = suggestedConsensus(v);
        if (c === null) return s.min === null;
        return Number.isInteger(c) && c >= s.min! && c <= s.max!;
      }),
    );
  });

  it('is invariant under permutation of the votes', () => {
    fc.assert(
      fc.property(
        fc.array(scoreArb, { maxLength: 30 }).chain((scores) =>
          fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length })),
        ),
        fc.integer({ min: 1, max: 4 }),
        ([original, shuffled], threshold) => {
          expect(roundStats(votes(...shuffled), threshold)).toEqual(roundStats(votes(...original), threshold));
          expect(suggestedConsensus(votes(...shuffled))).toBe(suggestedConsensus(votes(...original)));
        },
      ),
    );
  });
});
