import { describe, expect, it } from 'vitest';
import { GAP_IDS } from '../../../../shared/framework/types';
import { COMPARISON_TIMEBOX_MINUTES, defaultAgenda, enterStage, markStageComplete, neighbourStageId, timeboxRemainingMs, withComparisonStage } from '../../../../shared/phases/agenda';

describe('the default agenda', () => {
  it('runs Frame, Success criteria, the six gaps in order, Ownership, Verdict, Action plan, Export', () => {
    const kinds = defaultAgenda().map((s) => (s.kind === 'gap' ? s.gapId : s.kind));
    expect(kinds).toEqual(['frame', 'criteria', ...GAP_IDS, 'ownership', 'verdict', 'actions', 'export']);
  });

  it('gives every stage a unique id and a timebox', () => {
    const agenda = defaultAgenda();
    expect(new Set(agenda.map((s) => s.id)).size).toBe(agenda.length);
    expect(agenda.every((s) => s.timeboxMinutes > 0)).toBe(true);
  });
});

describe('moving between stages', () => {
  it('stamps a stage started the first time only', () => {
    const once = enterStage(defaultAgenda(), 'criteria', 1000);
    const twice = enterStage(once, 'criteria', 5000);
    expect(twice.find((s) => s.id === 'criteria')?.startedAt).toBe(1000);
  });

  it('refuses an unknown stage', () => {
    expect(() => enterStage(defaultAgenda(), 'nowhere', 1)).toThrow(/Unknown stage/);
  });

  it('clamps next and previous at the ends', () => {
    const agenda = defaultAgenda();
    expect(neighbourStageId(agenda, 'frame', -1)).toBe('frame');
    expect(neighbourStageId(agenda, 'frame', 1)).toBe('criteria');
    expect(neighbourStageId(agenda, 'export', 1)).toBe('export');
  });

  it('keeps the first completion time', () => {
    const done = markStageComplete(markStageComplete(defaultAgenda(), 'frame', 10), 'frame', 99);
    expect(done[0]?.completedAt).toBe(10);
  });

  it('counts the timebox down from the start, and past zero when over time', () => {
    const stage = { ...defaultAgenda()[0]!, startedAt: 0, timeboxMinutes: 20 };
    expect(timeboxRemainingMs({ ...stage, startedAt: null }, 0)).toBeNull();
    expect(timeboxRemainingMs(stage, 60_000)).toBe(19 * 60_000);
    expect(timeboxRemainingMs(stage, 21 * 60_000)).toBe(-60_000);
  });
});

describe('a re-assessment’s agenda', () => {
  it('puts the comparison just before the verdict', () => {
    const agenda = withComparisonStage(defaultAgenda());
    const kinds = agenda.map((s) => s.kind);
    expect(kinds.indexOf('comparison')).toBe(kinds.indexOf('verdict') - 1);
    expect(agenda.filter((s) => s.kind === 'comparison')).toEqual([{ id: 'comparison', kind: 'comparison', gapId: null, timeboxMinutes: COMPARISON_TIMEBOX_MINUTES, startedAt: null, completedAt: null }]);
    expect(agenda).toHaveLength(defaultAgenda().length + 1);
  });

  it('puts it at the end of an agenda without a verdict, and never twice', () => {
    const noVerdict = defaultAgenda().filter((s) => s.kind !== 'verdict');
    expect(withComparisonStage(noVerdict).at(-1)!.kind).toBe('comparison');
    const once = withComparisonStage(defaultAgenda());
    expect(withComparisonStage(once)).toEqual(once);
  });
});
