import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../shared/model/createSession';
import type { Action, Session } from '../../../../shared/model/session';
import { translatorNow } from '../../../../shared/i18n';
import { localizeFramework } from '../../../../shared/framework/localize';
import type { GapId, Level } from '../../../../shared/framework/types';
import { buildReport, gapRef, levelBadge } from '../../../../shared/report/buildReport';
import { RAG_THRESHOLDS, buildDecision, buildGapStatus, buildRoadmap, roadmapBucketOf, type GapStatus } from '../../../../shared/report/reportPlan';
import { actionRow } from './actionRow';
import type { FlagRow, ScoreRow } from '../../../../shared/report/reportModel';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const en = translatorNow('en');
const de = translatorNow('de');
const FW = localizeFramework(en);
const WORKSHOP = '2025-03-12';

function action(over: Partial<Action> & { id: string }): Action {
  return {
    title: `Action ${over.id}`,
    description: '',
    gapId: null,
    owner: 'Dana',
    dueDate: null,
    priority: 'medium',
    status: 'open',
    successMeasure: '',
    suggestionId: null,
    createdAt: 0,
    ...over,
  };
}

function session(actions: Action[] = []): Session {
  const s = createSession({ initiative: 'Voice agent', client: 'Harbourline', id: 's1', now: Date.UTC(2025, 2, 12) });
  return { ...s, workshopDate: WORKSHOP, actions };
}

function score(gapId: GapId, level: Level | null, divergent = false): ScoreRow {
  return { gap: gapRef(FW.gapById(gapId)), consensus: level === null ? null : levelBadge(level, en), rationale: '', votesSummary: '', divergent };
}

function flag(gapId: GapId | null, blocking: boolean, title = 'Data was hand-picked'): FlagRow {
  return { title, explanation: '', fix: '', blocking, gap: gapId ? gapRef(FW.gapById(gapId)) : null };
}

const row = actionRow;

function statusOf(s: Session, scores: ScoreRow[], flags: FlagRow[] = []): Array<[GapId, GapStatus['status'], string]> {
  return buildGapStatus(s, scores, flags, en).map((g) => [g.gap.id, g.status, g.reason]);
}

describe('gap status (red/amber/green)', () => {
  it('follows the thresholds the verdict uses', () => {
    expect(RAG_THRESHOLDS).toEqual({ greenFrom: 4, amberFrom: 3, coveredAt: 2 });
    const s = session([action({ id: 'a1', gapId: 'users', dueDate: '2025-04-01' })]);
    const result = statusOf(s, [score('data', null), score('users', 2), score('load', 2), score('integration', 1), score('change', 3), score('support', 5)]);
    expect(result).toEqual([
      ['data', 'red', 'No consensus score yet.'],
      ['users', 'amber', 'Level 2 (Gap understood), covered by 1 owned, dated action.'],
      ['load', 'red', 'Level 2 (Gap understood) and no owned, dated action to close it.'],
      ['integration', 'red', 'Level 1 (Pilot only): nothing ready for production yet.'],
      ['change', 'amber', 'Level 3 (Planned); level 4 is needed to go without conditions.'],
      ['support', 'green', 'Level 5 (Proven), no flag open, and the room agreed.'],
    ]);
  });

  it('an action without owner or date, or already done, does not cover a gap at 2', () => {
    const s = session([
      action({ id: 'a1', gapId: 'users', dueDate: '2025-04-01', owner: '' }),
      action({ id: 'a2', gapId: 'users', dueDate: null }),
      action({ id: 'a3', gapId: 'users', dueDate: '2025-04-01', status: 'done' }),
    ]);
    expect(statusOf(s, [score('users', 2)])[0]![1]).toBe('red');
  });

  it('flags on the gap hold it back: blocking → red, any other → amber; flags elsewhere do not', () => {
    const s = session();
    expect(statusOf(s, [score('data', 5)], [flag('data', true)])[0]).toEqual(['data', 'red', 'Blocking flag open: “Data was hand-picked”.']);
    expect(statusOf(s, [score('data', 4)], [flag('data', false), flag('data', false)])[0]).toEqual(['data', 'amber', 'Level 4 (Tested), but 2 flags are still open.']);
    expect(statusOf(s, [score('data', 4)], [flag('users', true), flag(null, true)])[0]![1]).toBe('green');
  });

  it('a divergent room keeps a high score amber', () => {
    expect(statusOf(session(), [score('data', 4, true)])[0]![1]).toBe('amber');
  });

  it('speaks the documents’ language', () => {
    const [status] = buildGapStatus(session(), [score('data', null)], [], de);
    expect(status).toMatchObject({ label: 'Rot', reason: 'Noch keine Konsensbewertung.' });
  });
});

describe('roadmap', () => {
  it('buckets due dates by days from the workshop; overdue counts as the first 30 days', () => {
    expect(roadmapBucketOf(WORKSHOP, '2025-03-01')).toBe('d30');
    expect(roadmapBucketOf(WORKSHOP, '2025-04-11')).toBe('d30'); // day 30
    expect(roadmapBucketOf(WORKSHOP, '2025-04-12')).toBe('d60'); // day 31
    expect(roadmapBucketOf(WORKSHOP, '2025-05-11')).toBe('d60'); // day 60
    expect(roadmapBucketOf(WORKSHOP, '2025-06-10')).toBe('d90'); // day 90
    expect(roadmapBucketOf(WORKSHOP, '2025-06-11')).toBe('later');
    expect(roadmapBucketOf(WORKSHOP, null)).toBe('undated');
    expect(roadmapBucketOf('not a day', '2025-04-01')).toBe('undated');
  });

  it('keeps open actions in plan order, leaves done ones off, shows later/undated only when used', () => {
    const actions = [row({ ref: 'A1', dueDate: '2025-03-20' }), row({ ref: 'A2', dueDate: '2025-05-01' }), row({ ref: 'A3', dueDate: '2025-03-25' }), row({ ref: 'A4', status: 'done', dueDate: '2025-03-13' })];
    const roadmap = buildRoadmap(WORKSHOP, actions, en);
    expect(roadmap.buckets.map((b) => [b.id, b.label, b.range, b.actions.map((a) => a.ref)])).toEqual([
      ['d30', 'First 30 days', 'until 11 Apr 2025', ['A1', 'A3']],
      ['d60', 'Days 31–60', 'until 11 May 2025', ['A2']],
      ['d90', 'Days 61–90', 'until 10 Jun 2025', []],
    ]);
    expect(roadmap).toMatchObject({ openCount: 3, doneCount: 1, startLabel: '12 Mar 2025' });

    const full = buildRoadmap(WORKSHOP, [...actions, row({ ref: 'A5', dueDate: '2026-01-01' }), row({ ref: 'A6' })], de);
    expect(full.buckets.map((b) => [b.id, b.label, b.range])).toEqual([
      ['d30', 'Erste 30 Tage', 'bis 11. Apr. 2025'],
      ['d60', 'Tag 31–60', 'bis 11. Mai 2025'],
      ['d90', 'Tag 61–90', 'bis 10. Juni 2025'],
      ['later', 'Später', 'nach 10. Juni 2025'],
      ['undated', 'Ohne Termin', ''],
    ]);
  });
});

describe('decision requested', () => {
  const statuses = (s: Session, scores: ScoreRow[]): GapStatus[] => buildGapStatus(s, scores, [], en);

  it('go: approve, and name what is still amber', () => {
    const s = session();
    const decision = buildDecision('go', 'Voice agent', statuses(s, [score('data', 5), score('users', 4)]), [], en);
    expect(decision).toEqual({ text: 'Approve “Voice agent” for production, with the owners and dates of the action plan.', points: [] });
  });

  it('go with conditions: the conditions are the gaps that are not green, with their last due date', () => {
    const s = session();
    const scores = [score('data', 3), score('users', 4)];
    const actions = [row({ ref: 'A1', gap: gapRef(FW.gapById('data')), dueDate: '2025-04-01', dueLabel: '1 Apr 2025' }), row({ ref: 'A2', gap: gapRef(FW.gapById('data')), dueDate: '2025-05-02' })];
    const decision = buildDecision('go-with-conditions', 'Voice agent', statuses(s, scores), actions, en);
    expect(decision.text).toBe('Approve “Voice agent” for production on condition that the actions on the gap below are done by 2 May 2025.');
    expect(decision.points).toEqual([`${FW.gapById('data').name} (Amber): 2 open actions, the last due 2 May 2025`]);
  });

  it('not yet: a redesigned pilot for the red gaps; no "1 more reasons" style plurals', () => {
    const s = session();
    const scores = [score('data', null), score('users', 1), score('load', 3)];
    const decision = buildDecision('not-yet', '', statuses(s, scores), [], en);
    expect(decision.text).toBe('Do not approve the initiative for production yet: commission a redesigned pilot that closes the 2 gaps below, and review again once it has run.');
    expect(decision.points).toEqual([`${FW.gapById('data').name} (Red): no open action yet`, `${FW.gapById('users').name} (Red): no open action yet`]);
    const german = buildDecision('not-yet', 'Sprachassistent', buildGapStatus(s, scores, [], de), [], de);
    expect(german.text).toContain('„Sprachassistent“');
    expect(german.text).toContain('die 2 folgenden Lücken');
  });
});

describe('the report model carries them', () => {
  it('the sample workshop: status per gap, a decision, a roadmap and its picture', () => {
    const sample = buildSampleWorkshop('sample', Date.UTC(2025, 2, 12), en);
    const model = buildReport(sample, { generatedAt: new Date('2025-03-12T17:00:00Z'), appVersion: '0.1.0' });
    expect(model.gapStatus.map((g) => g.gap.id)).toEqual(FW.gaps.map((g) => g.id));
    expect(model.gapStatus.every((g) => g.reason.length > 10)).toBe(true);
    expect(model.decisionRequested.text.length).toBeGreaterThan(20);
    if (model.verdict.value !== 'go') expect(model.decisionRequested.points.length).toBeGreaterThan(0);
    const onRoadmap = model.roadmap.buckets.flatMap((b) => b.actions.map((a) => a.ref));
    expect(onRoadmap.sort()).toEqual(model.actions.filter((a) => a.status !== 'done').map((a) => a.ref).sort());
    expect(model.roadmapChart.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(model.roadmapChart.alt).toContain(model.roadmap.buckets[0]!.label);
  });
});
