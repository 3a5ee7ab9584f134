/**
 * Adding, editing and removing success criteria (KPIs), and picking from the suggestions.
 * A suggestion already in the list is not offered twice.
 */
import { msg } from '../i18n';
import type { KpiSuggestion } from '../framework/types';
import { done, refuse, type OpResult } from './opResult';
import type { Kpi, Session } from './session';

export const MAX_KPIS = 100;

export function emptyKpi(id: string, kind: Kpi['kind'] = 'business'): Kpi {
  return { id, name: '', kind, baseline: '', pilotResult: '', productionTarget: '', threshold: '', measuredInProduction: null };
}

export function kpiFromSuggestion(suggestion: KpiSuggestion, id: string): Kpi {
  return { ...emptyKpi(id, suggestion.kind), name: suggestion.name };
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

/** The suggestion a KPI was made from (matched by name, among the framework's in a language), for its explanation. */
export function suggestionFor(kpi: Pick<Kpi, 'name'>, suggestions: readonly KpiSuggestion[]): KpiSuggestion | null {
  return suggestions.find((s) => sameName(s.name, kpi.name)) ?? null;
}

/** Suggestions not yet among the session's KPIs, in their framework order. */
export function unusedSuggestions(kpis: readonly Kpi[], suggestions: readonly KpiSuggestion[]): KpiSuggestion[] {
  return suggestions.filter((s) => !kpis.some((k) => sameName(k.name, s.name)));
}

export function addKpi(session: Session, kpi: Kpi): OpResult {
  if (session.kpis.length >= MAX_KPIS) return refuse('full', msg('refusal.kpi.full', { max: MAX_KPIS }));
  if (session.kpis.some((k) => k.id === kpi.id)) return refuse('duplicate-id', msg('refusal.kpi.duplicateId'));
  if (kpi.name.trim() !== '' && session.kpis.some((k) => sameName(k.name, kpi.name))) {
    return refuse('duplicate-name', msg('refusal.kpi.duplicateName', { name: kpi.name.trim() }));
  }
  return done({ ...session, kpis: [...session.kpis, kpi] });
}

export function updateKpi(session: Session, id: string, patch: Partial<Omit<Kpi, 'id'>>): OpResult {
  if (!session.kpis.some((k) => k.id === id)) return refuse('not-found', msg('refusal.kpi.notFound'));
  return done({ ...session, kpis: session.kpis.map((k) => (k.id === id ? { ...k, ...patch, id } : k)) });
}

export function removeKpi(session: Session, id: string): OpResult {
  if (!session.kpis.some((k) => k.id === id)) return refuse('not-found', msg('refusal.kpi.notFound'));
  return done({ ...session, kpis: session.kpis.filter((k) => k.id !== id) });
}
