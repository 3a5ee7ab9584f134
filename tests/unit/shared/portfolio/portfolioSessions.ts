/** A client with four initiatives (one re-assessed), another client, and the ops to score them. */
import { createSession } from '../../../../shared/model/createSession';
import type { Action, Session } from '../../../../shared/model/session';
import type { GapId, Level } from '../../../../shared/framework/types';
import { sessionGapIds } from '../../../../shared/framework/sessionFramework';
import { customFramework, GOVERNANCE_GAP_ID } from '../../../fixtures/customFramework';
import { cleanSession, NOW } from '../scoring/sessionBuilder';

export const TODAY = '2025-06-01';

/** A clean session (no flag) under another id, name, client and day. */
export function assessment(id: string, initiative: string, client: string, workshopDate: string, extra: Partial<Session> = {}): Session {
  return { ...cleanSession(), id, initiative, client, workshopDate, createdAt: NOW + Date.parse(workshopDate) / 1000, ...extra };
}

/** Confirms a consensus on each named gap; `all` for every gap of the session's framework. */
export function scored(session: Session, levels: Partial<Record<GapId, Level>> & { all?: Level }): Session {
  const gaps = { ...session.gaps };
  for (const gapId of sessionGapIds(session)) {
    const level = levels[gapId] ?? levels.all;
    if (level === undefined) continue;
    gaps[gapId] = { ...gaps[gapId]!, consensus: { level, rationale: '', roundId: null, confirmedAt: NOW } };
  }
  return { ...session, gaps };
}

export function action(id: string, owner: string, dueDate: string | null, extra: Partial<Action> = {}): Action {
  return { id, title: `Action ${id}`, description: '', gapId: null, owner, dueDate, priority: 'high', status: 'open', successMeasure: '', suggestionId: null, createdAt: NOW, ...extra };
}

/** A session following the firm's own framework (no "Change management", a "Governance & legal" gap). */
export function ownFrameworkSession(id: string, initiative: string, client: string, workshopDate: string): Session {
  const fresh = createSession({ initiative, client, id, now: NOW, framework: customFramework({ withoutChange: true }) });
  const clean = cleanSession();
  return { ...fresh, workshopDate, participants: clean.participants, kpis: clean.kpis, facts: clean.facts, ownership: clean.ownership };
}

export { GOVERNANCE_GAP_ID };

/**
 * Northwind: "Voice agent" (baseline at 2, re-assessed at 4: Go), "Invoice matching" (3 on every
 * gap: Go with conditions), "Claims triage" (the firm's framework, data at 1: Not yet) and
 * "HR assistant" (typed " northwind ", nothing scored). Contoso has one session of its own.
 */
export function northwind(): Session[] {
  const baseline = scored(assessment('voice-1', 'Voice agent', 'Northwind', '2025-01-15'), { all: 2 });
  const reassessed = scored(assessment('voice-2', 'Voice agent', 'Northwind', '2025-04-20', { previousSessionId: 'voice-1' }), { all: 4 });
  const invoices = {
    ...scored(assessment('invoice-1', 'Invoice matching', 'Northwind', '2025-03-02'), { all: 3 }),
    actions: [action('a1', 'Dana', '2025-05-10'), action('a2', 'Dana', '2025-07-01'), action('a3', 'Eli', '2025-06-15'), action('a4', '', '2025-06-20'), action('a5', 'Dana', null, { status: 'done' })],
  };
  const claims = {
    ...scored(ownFrameworkSession('claims-1', 'Claims triage', 'Northwind', '2025-02-10'), { all: 3, data: 1, [GOVERNANCE_GAP_ID]: 2 }),
    actions: [action('c1', 'eli ', '2025-05-30'), action('c2', 'Farah', '2025-08-01', { status: 'in-progress' })],
  };
  const hr = assessment('hr-1', 'HR assistant', ' northwind ', '2025-05-05');
  const contoso = scored(assessment('contoso-1', 'Voice agent', 'Contoso', '2025-02-01'), { all: 5 });
  return [reassessed, hr, contoso, claims, baseline, invoices];
}
