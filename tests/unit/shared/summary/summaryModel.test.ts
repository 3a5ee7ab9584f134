import { describe, expect, it } from 'vitest';
import { englishDeep } from '../inEnglish';
import type { Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { runChecks } from '../../../../shared/scoring/checks';
import { computeVerdict } from '../../../../shared/scoring/verdict';
import { campsOf } from '../../../../shared/scoring/stats';
import { buildSummary } from '../../../../shared/summary/summaryModel';
import { buildLargeSession } from '../../../fixtures/largeSession';
import { baseSession, withConsensus, withParticipants, withRound } from '../scoring/sessionBuilder';

const SAMPLE = buildSampleWorkshop('s', Date.UTC(2025, 2, 10));

function anonymous(session: Session): Session {
  return { ...session, settings: { ...session.settings, anonymous: true } };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('campsOf', () => {
  it('finds the two most chosen levels with a valley between them', () => {
    expect(campsOf({ 1: 3, 2: 0, 3: 1, 4: 2, 5: 0, unsure: 0 })).toEqual({ low: 1, high: 4 });
    expect(campsOf({ 1: 2, 2: 2, 3: 1, 4: 2, 5: 0, unsure: 1 })).toEqual({ low: 2, high: 4 });
  });
  it('is null for one spread of opinion', () => {
    expect(campsOf({ 1: 1, 2: 3, 3: 4, 4: 2, 5: 0, unsure: 0 })).toBeNull();
  });
});

describe('buildSummary', () => {
  it('gathers the radar, heatmap, flags and verdict of the sample workshop', () => {
    const summary = buildSummary(SAMPLE);
    expect(summary.anonymous).toBe(false);
    expect(summary.voterCount).toBe(7);
    expect(summary.scoredGapCount).toBe(5);
    expect(summary.radar.axes.map((a) => a.consensus)).toEqual([2, 2, 2, 1, 3, null]);
    expect(summary.heatmap.groups.flatMap((g) => g.rows)).toHaveLength(7);
    expect(englishDeep(summary.flags)).toEqual(englishDeep(runChecks(SAMPLE)));
    expect(englishDeep(summary.verdict)).toEqual(englishDeep(computeVerdict(SAMPLE)));
    expect(summary.verdict.value).toBe('not-yet');
    expect(summary.gaps[0]).toMatchObject({ gapId: 'data', consensus: 2, roundNumber: 1, rationale: expect.stringContaining('messy') });
    expect(summary.gaps[5]).toMatchObject({ gapId: 'support', consensus: null, roundNumber: null, stats: null });
  });

  it('lists the gaps whose latest revealed round diverges, with the levels, spread, camps and the people at both ends', () => {
    const { disagreements } = buildSummary(SAMPLE);
    expect(disagreements.map((d) => d.gapId)).toEqual(['data', 'users', 'load']);
    expect(disagreements[0]).toMatchObject({
      name: { id: 'framework.default.gap.data.name' },
      roundNumber: 1,
      min: 1,
      max: 4,
      spread: 3,
      camps: { low: 2, high: 4 },
      distribution: { 1: 2, 2: 2, 3: 1, 4: 2, 5: 0, unsure: 0 },
      lowest: ['Tom Becker', 'Lena Fischer'],
      highest: ['Marta Okafor', 'Alex Moreau'],
    });
    expect(disagreements[1]).toMatchObject({ gapId: 'users', spread: 2, camps: null });
  });

  it('uses the latest revealed round: a re-vote that converged clears the disagreement', () => {
    let s = withParticipants(baseSession(), [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    s = withRound(s, 'load', { a: 1, b: 4, c: 2 });
    expect(buildSummary(s).disagreements.map((d) => d.gapId)).toEqual(['load']);
    s = withRound(s, 'load', { a: 2, b: 3, c: 2 });
    expect(buildSummary(s).disagreements).toEqual([]);
  });

  it('compares champions and skeptics per gap, and marks the split', () => {
    const { championsVsSkeptics } = buildSummary(SAMPLE);
    expect(championsVsSkeptics).toHaveLength(6);
    const data = championsVsSkeptics[0]!;
    expect(data.champions).toEqual({ mean: 11 / 3, count: 3, hidden: false });
    expect(data.skeptics).toEqual({ mean: 1, count: 2, hidden: false });
    expect(data.difference).toBeCloseTo(8 / 3);
    expect(data.split).toBe(true);
    expect(championsVsSkeptics[1]!.split).toBe(false);
    expect(championsVsSkeptics[5]).toMatchObject({ champions: { mean: null, count: 0 }, difference: null, split: false });
  });

  it('in anonymous mode names nobody and withholds segments under 3 people', () => {
    const s = anonymous(SAMPLE);
    const summary = buildSummary(s);
    const text = JSON.stringify(summary);
    for (const p of SAMPLE.participants) expect(text).not.toContain(p.name);
    expect(summary.disagreements[0]).toMatchObject({ lowest: [], highest: [], min: 1, max: 4 });
    const data = summary.championsVsSkeptics[0]!;
    expect(data.champions).toEqual({ mean: 11 / 3, count: 3, hidden: false });
    expect(data.skeptics).toEqual({ mean: null, count: null, hidden: true }); // two skeptics
    expect(data.difference).toBeNull();
    expect(data.split).toBe(true); // the flag still says so, without the numbers
    expect(summary.heatmap.groups.map((g) => [g.kind, g.rows.length])).toEqual([
      ['champion', 3],
      ['others', 4],
    ]);
  });

  it('is pure: the session is not changed and the same session gives the same summary', () => {
    const frozen = deepFreeze(structuredClone(SAMPLE));
    const before = JSON.stringify(frozen);
    const a = buildSummary(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(englishDeep(buildSummary(frozen))).toEqual(englishDeep(a));
  });

  it('works on an empty session: everything unscored, nothing divergent', () => {
    const summary = buildSummary(withConsensus(baseSession(), {}));
    expect(summary.radar.axes.every((a) => a.consensus === null && a.votes === null)).toBe(true);
    expect(summary.heatmap.groups).toEqual([]);
    expect(summary.disagreements).toEqual([]);
    expect(summary.verdict.value).toBe('not-yet');
  });

  describe('a 30-participant session with three rounds per gap', () => {
    const large = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200 });

    it('summarises every participant and gap from the third round', () => {
      const summary = buildSummary(large);
      expect(summary.voterCount).toBe(30);
      const rows = summary.heatmap.groups.flatMap((g) => g.rows);
      expect(rows).toHaveLength(30);
      expect(summary.heatmap.groups.map((g) => g.kind)).toEqual(['champion', 'neutral', 'skeptic']);
      expect(summary.heatmap.columns.every((c) => c.roundNumber === 3 && c.consensus !== null)).toBe(true);
      expect(summary.radar.axes.every((a) => a.consensus !== null && a.votes?.roundNumber === 3)).toBe(true);
      expect(summary.disagreements.length).toBeGreaterThan(0);
      expect(summary.disagreements.every((d) => d.roundNumber === 3 && d.spread >= 2)).toBe(true);
      expect(summary.championsVsSkeptics.every((c) => c.champions.count! >= 3 && c.skeptics.count! >= 3)).toBe(true);
      expect(summary.verdict.value).toBe('go-with-conditions');
    });

    it('in anonymous mode keeps segments of 3 or more and names nobody', () => {
      const summary = buildSummary(anonymous(large));
      const text = JSON.stringify(summary);
      for (const p of large.participants.filter((p) => !p.isFacilitator)) expect(text).not.toContain(p.name);
      expect(summary.championsVsSkeptics.every((c) => !c.champions.hidden && !c.skeptics.hidden)).toBe(true);
      expect(summary.heatmap.groups.map((g) => g.rows.length)).toEqual([10, 13, 7]);
    });
  });
});
