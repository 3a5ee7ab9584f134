/** The comparison worded for the documents: a changed verdict, KPIs added and removed, and the mind changes shown. */
import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import type { Session } from '../../../../shared/model/session';
import { buildReport } from '../../../../shared/report/buildReport';
import { MIND_CHANGES_SHOWN } from '../../../../shared/report/reportComparison';
import { REASSESSMENT_NOW, buildReassessmentPair } from '../../../fixtures/reassessment';

const GENERATED_AT = new Date(REASSESSMENT_NOW);

function comparisonOf(session: Session, language = 'en') {
  return buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: translatorNow(language) }).comparison!;
}

describe('the report’s comparison', () => {
  const { reassessment } = buildReassessmentPair();

  it('says when the verdict moved, in both languages', () => {
    const overridden: Session = { ...reassessment, verdictOverride: { value: 'go', reason: 'The committee accepts the open flags.', at: REASSESSMENT_NOW } };
    expect(comparisonOf(overridden).verdict).toMatchObject({ changed: true, line: 'The verdict moved from Go with conditions to Go.' });
    expect(comparisonOf(overridden, 'de').verdict.line).toBe('Das Urteil hat sich von „Go mit Auflagen“ zu „Go“ geändert.');
    expect(comparisonOf(overridden).summaryLine).toContain('verdict Go with conditions → Go;');
  });

  it('words a KPI added since and one no longer tracked, and marks the changed ones', () => {
    const [first, ...rest] = reassessment.kpis;
    const added = { ...first!, id: 'kpi-new', name: 'Claims closed in one touch', pilotResult: '61%' };
    const kpis = comparisonOf({ ...reassessment, kpis: [...rest, added] }).kpis;
    expect(kpis.find((k) => k.name === 'Claims closed in one touch')).toMatchObject({ then: 'Not defined then', now: '61%', changed: true });
    expect(kpis.find((k) => k.name === first!.name)).toMatchObject({ now: 'No longer tracked', changed: true });
    expect(kpis.filter((k) => !k.changed).length).toBe(rest.length);
  });

  it('names the people who moved most, at most a handful, and counts the rest', () => {
    const minds = comparisonOf(reassessment).mindChanges;
    expect(minds.rows).toHaveLength(MIND_CHANGES_SHOWN);
    expect(minds.rows.map((r) => r.levelsMoved)).toEqual([...minds.rows.map((r) => r.levelsMoved)].sort((a, b) => b - a));
    expect(minds.rows[0]!.text).toBe(`${minds.rows[0]!.levelsMoved} levels on ${minds.rows[0]!.gapsChanged} gaps`);
    expect(minds.line).toMatch(/^\d+ more people moved less\.$/);
  });

  it('lists the actions done, overdue, dropped and added since, with their plan references', () => {
    const actions = comparisonOf(reassessment).actions;
    expect([...new Set(actions.map((a) => a.change))]).toEqual(['done', 'overdue', 'dropped', 'added']);
    expect(actions.filter((a) => a.change !== 'dropped').every((a) => /^A\d+$/.test(a.ref))).toBe(true);
    expect(actions.find((a) => a.change === 'dropped')!.ref).toBe('');
    expect(actions.find((a) => a.change === 'added')!.title).toBe('Rehearse the rollback with the night shift');
  });
});
