import { describe, expect, it } from 'vitest';
import { frameworkTranslator } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';
import { clientKey, groupByClient, groupInitiatives } from '../../../../shared/portfolio/initiatives';
import { buildPortfolio, type Portfolio } from '../../../../shared/portfolio/portfolio';
import { readinessLevel } from '../../../../shared/portfolio/readiness';
import { computeVerdict } from '../../../../shared/scoring/verdict';
import { de, en } from '../inEnglish';
import { assessment, GOVERNANCE_GAP_ID, northwind, scored, TODAY } from '../../../fixtures/portfolioSessions';

const byName = (a: string, b: string) => a.localeCompare(b);

/** A column's sentence in English, in the words of its own framework. */
function standing(portfolio: Portfolio, column: number): string {
  return frameworkTranslator(translatorNow('en'), portfolio.columns[column]!.framework).text(portfolio.columns[column]!.standing);
}

describe('readinessLevel', () => {
  it('is the mean consensus level of the scored gaps, null when none is scored', () => {
    const session = assessment('s', 'X', 'Y', '2025-01-01');
    expect(readinessLevel(session)).toBeNull();
    expect(readinessLevel(scored(session, { data: 2, users: 5 }))).toBe(3.5);
    expect(readinessLevel(scored(session, { all: 4 }))).toBe(4);
  });
});

describe('groupInitiatives', () => {
  it('chains a re-assessment to its baseline, oldest first, with the readiness trend', () => {
    const voice = groupInitiatives(northwind()).find((i) => i.latest.id === 'voice-2')!;
    expect(voice.assessments.map((s) => s.id)).toEqual(['voice-1', 'voice-2']);
    expect(voice.key).toBe('voice-1');
    expect(voice.trend.map((p) => p.readiness)).toEqual([2, 4]);
  });

  it('follows the link even when the names differ, and the name when there is no link', () => {
    const baseline = assessment('b', 'Fraud scoring', 'Bank', '2025-01-01');
    const renamed = assessment('r', 'Fraud scoring (re-assessment)', 'Bank', '2025-03-01', { previousSessionId: 'b' });
    const sameName = assessment('n', '  FRAUD scoring ', 'bank', '2025-05-01');
    const otherClient = assessment('o', 'Fraud scoring', 'Other bank', '2025-05-01');
    const initiatives = groupInitiatives([sameName, renamed, otherClient, baseline]);
    expect(initiatives.map((i) => i.assessments.map((s) => s.id)).sort()).toEqual([['b', 'r', 'n'], ['o']]);
  });

  it('keeps two re-assessments of a baseline that is not in the library together', () => {
    const first = assessment('x1', 'Routing', 'Acme', '2025-01-01', { previousSessionId: 'gone' });
    const second = assessment('x2', 'Routing v2', 'Acme', '2025-02-01', { previousSessionId: 'gone' });
    expect(groupInitiatives([first, second])).toHaveLength(1);
  });

  it('links a re-assessment to the earlier assessments it carries, even when its own link is gone', () => {
    const baseline = assessment('e1', 'Routing', 'Acme', '2025-01-01');
    const renamed = { ...assessment('e3', 'Routing, phase two', 'Acme', '2025-06-01', { previousSessionId: 'e2-deleted' }), earlier: [baseline] };
    expect(groupInitiatives([baseline, renamed]).map((i) => i.assessments.map((s) => s.id))).toEqual([['e1', 'e3']]);
  });
});

describe('groupByClient', () => {
  it('groups initiatives by client, trimmed and case-insensitive, in name order', () => {
    const groups = groupByClient(northwind(), byName);
    expect(groups.map((g) => [g.client, g.initiatives.map((i) => i.name)])).toEqual([
      ['Contoso', ['Voice agent']],
      ['Northwind', ['Claims triage', 'HR assistant', 'Invoice matching', 'Voice agent']],
    ]);
    expect(groups[1]!.key).toBe(clientKey('  NORTHWIND'));
  });

  it('puts sessions without a client last', () => {
    const groups = groupByClient([assessment('a', 'A', '', '2025-01-01'), assessment('b', 'B', 'Zeta', '2025-01-01')], byName);
    expect(groups.map((g) => g.client)).toEqual(['Zeta', '']);
  });
});

describe('buildPortfolio', () => {
  const portfolio = buildPortfolio(northwind(), 'northwind', TODAY)!;

  it('puts the initiative closest to production first', () => {
    expect(portfolio.client).toBe('Northwind');
    expect(portfolio.columns.map((c) => [c.name, c.verdict, c.readiness])).toEqual([
      ['Voice agent', 'go', 4],
      ['Invoice matching', 'go-with-conditions', 3],
      ['Claims triage', 'not-yet', 2.5],
      ['HR assistant', 'not-yet', null],
    ]);
    expect(portfolio.closest).toBe(0);
    expect(portfolio.columns[0]!.assessments).toBe(2);
    // Each verdict is computeVerdict's on the latest assessment.
    for (const column of portfolio.columns) expect(column.verdict).toBe(computeVerdict(northwind().find((s) => s.id === column.sessionId)!).value);
  });

  it('says what holds each initiative back, in its own framework’s words', () => {
    expect(standing(portfolio, 0)).toBe('Ready: every gap at the Go level and no flag open.');
    expect(standing(portfolio, 1)).toBe(
      'Go with conditions. Lowest gaps: Data quality 3, User capability 3 and Infrastructure load 3.',
    );
    expect(portfolio.columns[2]!.lowestGaps.map((g) => [g.gapId, g.level])).toEqual([
      ['data', 1],
      [GOVERNANCE_GAP_ID, 2],
      ['users', 3],
    ]);
    expect(standing(portfolio, 2)).toBe('Not yet. Lowest gaps: Data readiness 1, Governance & legal 2 and User capability 3.');
    expect(standing(portfolio, 3)).toBe('Not yet. 6 gaps not scored yet.');
    expect(de(portfolio.columns[3]!.standing)).toBe('Not yet. 6 Lücken noch nicht bewertet.'.replace('Not yet', 'Noch nicht'));
  });

  it('names a blocking flag among what holds an initiative back', () => {
    const flagged = { ...scored(assessment('f', 'Flagged', 'Solo', '2025-01-01'), { all: 4 }), ownership: { ...assessment('f', 'F', 'S', '2025-01-01').ownership, businessOwner: '' } };
    const column = buildPortfolio([flagged], 'solo', TODAY)!.columns[0]!;
    expect(column.verdict).toBe('not-yet');
    expect(column.blockingFlags.map((f) => en(f))).toContain('Ownership vacuum');
    expect(en(column.standing)).toContain('Blocking flag: “Ownership vacuum”.');
  });

  it('lays the union of the frameworks’ gaps out as rows, empty where a framework lacks one', () => {
    expect(portfolio.rows.map((r) => r.gapId)).toEqual(['data', 'users', 'load', 'integration', 'change', 'support', GOVERNANCE_GAP_ID]);
    const change = portfolio.rows.find((r) => r.gapId === 'change')!;
    expect(change.cells.map((c) => [c.present, c.level])).toEqual([[true, 4], [true, 3], [false, null], [true, null]]);
    const governance = portfolio.rows.find((r) => r.gapId === GOVERNANCE_GAP_ID)!;
    expect(governance.namedBy).toBe(2);
    expect(frameworkTranslator(translatorNow('en'), portfolio.columns[2]!.framework).text(governance.name)).toBe('Governance & legal');
    expect(governance.cells.map((c) => c.level)).toEqual([null, null, 2, null]);
    const data = portfolio.rows[0]!;
    expect(data.cells.map((c) => c.level)).toEqual([4, 3, 1, null]);
  });

  it('lists the next due open actions and the owners with the most open actions', () => {
    expect(portfolio.nextActions.map((a) => [a.actionId, a.initiative, a.dueDate, a.overdue])).toEqual([
      ['a1', 'Invoice matching', '2025-05-10', true],
      ['c1', 'Claims triage', '2025-05-30', true],
      ['a3', 'Invoice matching', '2025-06-15', false],
      ['a4', 'Invoice matching', '2025-06-20', false],
      ['a2', 'Invoice matching', '2025-07-01', false],
      ['c2', 'Claims triage', '2025-08-01', false],
    ]);
    expect(portfolio.owners).toEqual([
      { owner: 'Dana', open: 2, overdue: 1, initiatives: ['Invoice matching'] },
      { owner: 'Eli', open: 2, overdue: 1, initiatives: ['Invoice matching', 'Claims triage'] },
      { owner: 'Farah', open: 1, overdue: 0, initiatives: ['Claims triage'] },
    ]);
    expect(portfolio.unownedOpen).toBe(1);
  });

  it('leaves deleted sessions out, keeps archived ones, and is null for an unknown client', () => {
    const sessions = northwind().map((s) => (s.id === 'hr-1' ? { ...s, deletedAt: 1 } : s.id === 'voice-1' ? { ...s, archivedAt: 1 } : s));
    const without = buildPortfolio(sessions, 'Northwind', TODAY)!;
    expect(without.columns.map((c) => c.name)).not.toContain('HR assistant');
    expect(without.columns[0]!.trend.map((p) => p.readiness)).toEqual([2, 4]);
    expect(buildPortfolio(sessions, 'Nobody', TODAY)).toBeNull();
    expect(buildPortfolio([], 'Northwind', TODAY)).toBeNull();
  });
});
