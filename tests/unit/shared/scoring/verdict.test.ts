import { describe, expect, it } from 'vitest';
import { de, enAll } from '../inEnglish';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { runChecks } from '../../../../shared/scoring/checks';
import { computeVerdict } from '../../../../shared/scoring/verdict';
import { NOW, allGapsAt, cleanSession, withAction, withConsensus, withFacts, withOwnership } from './sessionBuilder';

/** Every gap at 4, nothing flagged. */
function ready() {
  return allGapsAt(cleanSession(), 4);
}

describe('computeVerdict', () => {
  it('is Go when every gap is at 4 or above and no flag is open', () => {
    const s = withConsensus(ready(), { support: 5 });
    expect(runChecks(s)).toEqual([]);
    const v = computeVerdict(s);
    expect(v).toMatchObject({ value: 'go', computed: 'go', overridden: false, overrideReason: null });
    expect(enAll(v.reasons)[0]).toContain('Every gap is at level 4 or above');
    expect(enAll(v.reasons)[0]).toContain('Support model 5');
    expect(enAll(v.reasons)).toContain('No pilot-trap flag is open.');
  });

  it('is Go with conditions when all gaps are at 4 but one non-blocking flag is open', () => {
    const s = withFacts(ready(), { 'scope.hardCasesDeferred': true });
    const v = computeVerdict(s);
    expect(v.value).toBe('go-with-conditions');
    expect(enAll(v.reasons).join(' ')).toContain('The easy 80%');
  });

  it('is Go with conditions when every gap is at 3 or above', () => {
    const v = computeVerdict(withConsensus(ready(), { load: 3 }));
    expect(v.value).toBe('go-with-conditions');
    expect(enAll(v.reasons)[0]).toContain('Every gap is at level 3 or above');
    expect(enAll(v.reasons).join(' ')).toContain('Infrastructure load is below level 4');
  });

  it('is Not yet when a gap is at 2 without an action', () => {
    const v = computeVerdict(withConsensus(ready(), { data: 2 }));
    expect(v.value).toBe('not-yet');
    expect(enAll(v.reasons)).toHaveLength(1);
    expect(enAll(v.reasons)[0]).toContain('Data quality is at level 2');
  });

  it('becomes Go with conditions once that gap gets an owned, dated action', () => {
    const s = withAction(withConsensus(ready(), { data: 2 }), { gapId: 'data', title: 'Test on raw data' });
    const v = computeVerdict(s);
    expect(v.value).toBe('go-with-conditions');
    expect(enAll(v.reasons).join(' ')).toContain('Data quality is at level 2');
    expect(enAll(v.reasons).join(' ')).toContain('Test on raw data');
  });

  it('does not count an action that is unowned, undated, done or linked to another gap', () => {
    const base = withConsensus(ready(), { data: 2 });
    const variants = [
      withAction(base, { gapId: 'data', owner: '' }),
      withAction(base, { gapId: 'data', dueDate: null }),
      withAction(base, { gapId: 'data', status: 'done' }),
      withAction(base, { gapId: 'users' }),
    ];
    for (const s of variants) expect(computeVerdict(s).value).toBe('not-yet');
  });

  it('keeps a gap at 1 at Not yet even with an owned, dated action', () => {
    const s = withAction(withConsensus(ready(), { integration: 1 }), { gapId: 'integration' });
    const v = computeVerdict(s);
    expect(v.value).toBe('not-yet');
    expect(enAll(v.reasons)[0]).toContain('Integration complexity is at level 1');
  });

  it('is Not yet while a gap is unscored, and says which', () => {
    const s = { ...ready(), gaps: { ...ready().gaps, change: { ...ready().gaps.change!, consensus: null } } };
    const v = computeVerdict(s);
    expect(v.value).toBe('not-yet');
    expect(enAll(v.reasons)[0]).toContain('Change management');
    expect(enAll(v.reasons)[0]).toContain('no confirmed consensus');
  });

  it('is Not yet for an ownership vacuum even with every gap at 5', () => {
    const s = withOwnership(allGapsAt(cleanSession(), 5), { businessOwner: '' });
    const v = computeVerdict(s);
    expect(v.value).toBe('not-yet');
    expect(enAll(v.reasons).join(' ')).toContain('Ownership vacuum');
  });

  it('is Not yet without any KPI (blocking metric mirage)', () => {
    const v = computeVerdict({ ...ready(), kpis: [] });
    expect(v.value).toBe('not-yet');
    expect(enAll(v.reasons).join(' ')).toContain('Metric mirage');
  });

  it('lists every rule that failed', () => {
    let s = withConsensus(ready(), { data: 2, users: 1 });
    s = withOwnership(s, { ownerHasBudget: false });
    s = { ...s, gaps: { ...s.gaps, load: { ...s.gaps.load!, consensus: null } } };
    const v = computeVerdict(s);
    expect(v.value).toBe('not-yet');
    expect(enAll(v.reasons)).toHaveLength(4);
  });

  it('uses the flags it is given', () => {
    const s = ready();
    const flag = { ...runChecks(withOwnership(s, { businessOwner: '' }))[0]! };
    expect(computeVerdict(s, [flag]).value).toBe('not-yet');
    expect(computeVerdict(s, []).value).toBe('go');
  });

  it('keeps the computed verdict and reasons under an override, adding the override reason', () => {
    const base = withConsensus(ready(), { data: 2 });
    const s = { ...base, verdictOverride: { value: 'go-with-conditions' as const, reason: 'The steering committee accepts the data risk for a limited rollout.', at: NOW } };
    const v = computeVerdict(s);
    expect(v).toMatchObject({
      value: 'go-with-conditions',
      computed: 'not-yet',
      overridden: true,
      overrideReason: 'The steering committee accepts the data risk for a limited rollout.',
    });
    expect(enAll(v.reasons)[0]).toContain('Data quality is at level 2');
    expect(enAll(v.reasons)[enAll(v.reasons).length - 1]).toContain('instead of Not yet');
    expect(enAll(v.reasons)[enAll(v.reasons).length - 1]).toContain('limited rollout');
  });

  it('speaks German with the catalogue: labels, gap names and verb agreement', () => {
    expect(de(VERDICT_LABELS['go-with-conditions'])).toBe('Go mit Auflagen');
    const v = computeVerdict(withConsensus(allGapsAt(cleanSession(), 4), { load: 3, data: 3 }));
    const belowFour = v.reasons.map(de).find((r) => r.startsWith('Kein uneingeschränktes Go'));
    expect(belowFour).toBe('Kein uneingeschränktes Go: Datenqualität und Infrastrukturlast liegen unter Stufe 4 und sind daher noch nicht unter produktionsnahen Bedingungen erprobt.');
  });
});
