/**
 * Pure operations on the action plan. Each answers with an `OpResult` and leaves the old session
 * alone. Ids and clocks are passed in: nothing here is random or reads the time.
 */
import { msg } from '../i18n';
import type { LocalizedFramework } from '../framework/localize';
import type { GapId, SuggestedAction } from '../framework/types';
import { done, refuse, type OpResult } from '../model/opResult';
import type { Action, Session } from '../model/session';
import { isCalendarDay } from '../text/dates';

const TITLE_MAX = 300;
const OWNER_MAX = 120;
const DESCRIPTION_MAX = 20_000;
const MEASURE_MAX = 500;

/** The fields a person can change on an action. */
export type ActionPatch = Partial<Omit<Action, 'id' | 'createdAt'>>;

export interface NewActionInput {
  id: string;
  now: number;
  title: string;
  gapId?: GapId | null;
  owner?: string;
  dueDate?: string | null;
  priority?: Action['priority'];
  description?: string;
  successMeasure?: string;
  suggestionId?: string | null;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Trims and clips a patch; drops what the schema would refuse (a blank title, a malformed date). */
export function normaliseActionPatch(patch: ActionPatch): ActionPatch {
  const out: ActionPatch = { ...patch };
  if (patch.title !== undefined) {
    const title = clip(patch.title.trim(), TITLE_MAX);
    if (title === '') delete out.title;
    else out.title = title;
  }
  if (patch.owner !== undefined) out.owner = clip(patch.owner.trim(), OWNER_MAX);
  if (patch.description !== undefined) out.description = clip(patch.description, DESCRIPTION_MAX);
  if (patch.successMeasure !== undefined) out.successMeasure = clip(patch.successMeasure, MEASURE_MAX);
  if (patch.dueDate !== undefined && patch.dueDate !== null) {
    const date = patch.dueDate.trim();
    if (date === '') out.dueDate = null;
    else if (isCalendarDay(date)) out.dueDate = date;
    else delete out.dueDate;
  }
  return out;
}

/** A new open action with sensible defaults; null when the title is blank. */
export function createAction(input: NewActionInput): Action | null {
  const title = clip(input.title.trim(), TITLE_MAX);
  if (title === '') return null;
  const dueDate = input.dueDate && isCalendarDay(input.dueDate) ? input.dueDate : null;
  return {
    id: input.id,
    title,
    description: clip(input.description ?? '', DESCRIPTION_MAX),
    gapId: input.gapId ?? null,
    owner: clip((input.owner ?? '').trim(), OWNER_MAX),
    dueDate,
    priority: input.priority ?? 'medium',
    status: 'open',
    successMeasure: clip(input.successMeasure ?? '', MEASURE_MAX),
    suggestionId: input.suggestionId ?? null,
    createdAt: input.now,
  };
}

/** Adds an action at the end of the plan, or at `index` when given. An id already present is not added twice. */
export function addAction(session: Session, action: Action, index?: number): OpResult {
  if (session.actions.some((a) => a.id === action.id)) return done(session);
  const actions = [...session.actions];
  const at = index === undefined ? actions.length : Math.max(0, Math.min(index, actions.length));
  actions.splice(at, 0, action);
  return done({ ...session, actions });
}

/** Makes an action from what was typed and adds it at the end of the plan. */
export function addNewAction(session: Session, input: NewActionInput): OpResult {
  const action = createAction(input);
  if (!action) return refuse('no-title', msg('refusal.action.noTitle'));
  return addAction(session, action);
}

export function updateAction(session: Session, id: string, patch: ActionPatch): OpResult {
  const clean = normaliseActionPatch(patch);
  let changed = false;
  const actions = session.actions.map((a) => {
    if (a.id !== id) return a;
    const next = { ...a, ...clean };
    changed = (Object.keys(clean) as (keyof ActionPatch)[]).some((key) => next[key] !== a[key]);
    return changed ? next : a;
  });
  return done(changed ? { ...session, actions } : session);
}

export function removeAction(session: Session, id: string): OpResult {
  if (!session.actions.some((a) => a.id === id)) return refuse('not-found', msg('refusal.action.notFound'));
  return done({ ...session, actions: session.actions.filter((a) => a.id !== id) });
}

/** The suggested action with this id, with the gap it belongs to, worded in the framework's language. */
export function findSuggestion(suggestionId: string, framework: LocalizedFramework): { gapId: GapId; suggestion: SuggestedAction } | null {
  for (const gap of framework.gaps) {
    const suggestion = gap.suggestedActions.find((s) => s.id === suggestionId);
    if (suggestion) return { gapId: gap.id, suggestion };
  }
  return null;
}

/** The suggestion ids already in the plan, so a screen can mark them. */
export function addedSuggestionIds(session: Session): Set<string> {
  return new Set(session.actions.flatMap((a) => (a.suggestionId ? [a.suggestionId] : [])));
}

/**
 * Adds a gap's suggested action, linked to its gap, with its description, measure and priority.
 * An already-added suggestion leaves the session as it is; an unknown one is refused.
 */
export function addFromSuggestion(session: Session, suggestionId: string, ids: { id: string; now: number }, framework: LocalizedFramework): OpResult {
  const found = findSuggestion(suggestionId, framework);
  if (!found) return refuse('unknown-suggestion', msg('refusal.action.unknownSuggestion'));
  if (addedSuggestionIds(session).has(suggestionId)) return done(session);
  const { gapId, suggestion } = found;
  return addNewAction(session, {
    id: ids.id,
    now: ids.now,
    title: suggestion.title,
    description: suggestion.description,
    successMeasure: suggestion.successMeasure,
    priority: suggestion.priority,
    gapId,
    suggestionId,
  });
}
