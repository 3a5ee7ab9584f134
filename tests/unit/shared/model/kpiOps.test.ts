import { describe, expect, it } from 'vitest';
import { en, refusalInEnglish } from '../inEnglish';
import { KPI_SUGGESTIONS } from '../../../../shared/framework/kpiSuggestions';
import { createSession } from '../../../../shared/model/createSession';
import {
  addKpi,
  emptyKpi,
  kpiFromSuggestion,
  removeKpi,
  suggestionFor,
  unusedSuggestions,
  updateKpi,
  MAX_KPIS,
} from '../../../../shared/model/kpiOps';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { localizeFramework } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
const session = (): Session => createSession({ initiative: 'Voice agent', client: 'Northwind', id: 's1', now: NOW });

function withKpis(...names: string[]): Session {
  let s = session();
  names.forEach((name, i) => {
    const result = addKpi(s, { ...emptyKpi(`k${i}`), name });
    if (!result.ok) throw new Error(en(result.refusal.message));
    s = result.session;
  });
  return s;
}

describe('kpiOps', () => {
  it('adds a KPI from a suggestion, with its name and kind, valid for the schema', () => {
    const model = EN.kpiSuggestions.find((k) => k.kind === 'model')!;
    const result = addKpi(session(), kpiFromSuggestion(model, 'k1'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.kpis).toEqual([{ ...emptyKpi('k1', 'model'), name: model.name }]);
    expect(SessionSchema.safeParse(result.session).success).toBe(true);
  });

  it('offers only the suggestions not yet used, and refuses a named duplicate', () => {
    const s = withKpis('straight-through RATE ');
    expect(unusedSuggestions(s.kpis, EN.kpiSuggestions).map((k) => k.id)).not.toContain('kpi.straightThroughRate');
    expect(unusedSuggestions(s.kpis, EN.kpiSuggestions)).toHaveLength(KPI_SUGGESTIONS.length - 1);
    expect(refusalInEnglish(addKpi(s, kpiFromSuggestion(EN.kpiSuggestions[0]!, 'k9')))).toEqual({ code: 'duplicate-name', message: expect.stringMatching(/already in the list/) });
  });

  it('allows several blank KPIs but refuses a reused id and more than the maximum', () => {
    const s = withKpis('', '');
    expect(s.kpis).toHaveLength(2);
    expect(addKpi(s, emptyKpi('k0')).ok).toBe(false);
    const full = withKpis(...Array.from({ length: MAX_KPIS }, (_, i) => `KPI ${i}`));
    expect(refusalInEnglish(addKpi(full, emptyKpi('extra')))).toEqual({ code: 'full', message: expect.stringMatching(/at most 100/) });
  });

  it('finds the suggestion behind a KPI by name', () => {
    expect(suggestionFor({ name: ' Hand-off rate' }, EN.kpiSuggestions)?.id).toBe('kpi.handOffRate');
    expect(suggestionFor({ name: 'Something else' }, EN.kpiSuggestions)).toBeNull();
  });

  it('updates in place and reports a KPI that is gone', () => {
    const s = withKpis('A', 'B');
    const result = updateKpi(s, 'k1', { threshold: '≥ 60%', measuredInProduction: false, kind: 'model' });
    expect(result.ok && result.session.kpis.map((k) => [k.id, k.threshold, k.kind])).toEqual([
      ['k0', '', 'business'],
      ['k1', '≥ 60%', 'model'],
    ]);
    expect(updateKpi(s, 'nope', { name: 'x' }).ok).toBe(false);
  });

  it('removes one criterion, and refuses one that is gone', () => {
    const s = withKpis('A', 'B', 'C');
    const removal = removeKpi(s, 'k1');
    expect(removal.ok && removal.session.kpis.map((k) => k.name)).toEqual(['A', 'C']);
    expect(removeKpi(s, 'nope')).toMatchObject({ ok: false, refusal: { code: 'not-found' } });
  });
});
