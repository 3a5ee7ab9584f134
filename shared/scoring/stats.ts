/** Statistics of a scoring round: what the room shows after the reveal. */
import { LEVELS, type Level } from '../framework/types';
import type { Vote } from '../model/session';

export type Distribution = Record<Level | 'unsure', number>;

export interface RoundStats {
  /** Votes cast, "not sure" included. */
  voted: number;
  unsure: number;
  distribution: Distribution;
  /** Median of the levels (not sure excluded); null when nobody gave a level. */
  median: number | null;
  min: Level | null;
  max: Level | null;
  /** max − min of the levels; 0 with fewer than two levels. */
  spread: number;
  twoCamps: boolean;
  divergent: boolean;
}

export function levelsOf(votes: readonly Pick<Vote, 'score'>[]): Level[] {
  return votes.flatMap((v) => (v.score === 'unsure' ? [] : [v.score]));
}

export function distributionOf(votes: readonly Pick<Vote, 'score'>[]): Distribution {
  const d: Distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, unsure: 0 };
  for (const v of votes) d[v.score] += 1;
  return d;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Two camps: two levels at least two apart, each chosen by two or more people, with every level
 * between them chosen less often than either (the room is split, whatever the spread threshold).
 * Returns the pair with the most votes, or null.
 */
export function campsOf(d: Distribution): { low: Level; high: Level } | null {
  let best: { low: Level; high: Level; weight: number } | null = null;
  for (const low of LEVELS) {
    for (const high of LEVELS) {
      if (high - low < 2 || d[low] < 2 || d[high] < 2) continue;
      const floor = Math.min(d[low], d[high]);
      let valley = true;
      for (let l = low + 1; l < high; l++) if (d[l as Level] >= floor) valley = false;
      const weight = d[low] + d[high];
      if (valley && (!best || weight > best.weight)) best = { low, high, weight };
    }
  }
  return best ? { low: best.low, high: best.high } : null;
}

export function hasTwoCamps(d: Distribution): boolean {
  return campsOf(d) !== null;
}

export function roundStats(votes: readonly Pick<Vote, 'score'>[], divergenceSpread = 2): RoundStats {
  const levels = levelsOf(votes);
  const distribution = distributionOf(votes);
  const min = levels.length ? (Math.min(...levels) as Level) : null;
  const max = levels.length ? (Math.max(...levels) as Level) : null;
  const spread = min !== null && max !== null ? max - min : 0;
  const twoCamps = hasTwoCamps(distribution);
  return {
    voted: votes.length,
    unsure: distribution.unsure,
    distribution,
    median: median(levels),
    min,
    max,
    spread,
    twoCamps,
    divergent: spread >= divergenceSpread || twoCamps,
  };
}

/** The level the facilitator is offered as consensus: the median, a half rounded down (the honest side). */
export function suggestedConsensus(votes: readonly Pick<Vote, 'score'>[]): Level | null {
  const m = median(levelsOf(votes));
  return m === null ? null : (Math.floor(m) as Level);
}
