/**
 * Pure operations on the action plan. Each returns a new session and leaves the old one alone,
 * so a screen can apply them inside one storage transaction and Undo can put things back.
 * Ids and clocks are passed in: nothing here is random or reads the time.
 */
import { GAPS } from '../framework/gaps';
import type { GapId, SuggestedAction } from '../framework/types';
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

export interface RemovedAction {
  session: Session;
  /** The action taken out, or null when no action had that id. */
  removed: Action | null;
  /** Where it stood, so Undo can put it back at the same place; -1 when nothing was removed. */
  index: number;
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

/** A new open action with sensible defaults; the title must not be blank. */
export function createAction(input: NewActionInput): Action {
  const title = clip(input.title.trim(), TITLE_MAX);
  if (title === '') throw new Error('An action needs a title.');
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
export function addAction(session: Session, action: Action, index?: number): Session {
  if (session.actions.some((a) => a.id === action.id)) return session;
  const actions = [...session.actions];
  const at = index === undefined ? actions.length : Math.max(0, Math.min(index, actions.length));
  actions.splice(at, 0, action);
  return { ...session, actions };
}

export function updateAction(session: Session, id: string, patch: ActionPatch): Session {
  const clean = normaliseActionPatch(patch);
  let changed = false;
  const actions = session.actions.map((a) => {
    if (a.id !== id) return a;
    const next = { ...a, ...clean };
    changed = (Object.keys(clean) as (keyof ActionPatch)[]).some((key) => next[key] !== a[key]);
    return changed ? next : a;
  });
  return changed ? { ...session, actions } : session;
}

export function removeAction(session: Session, id: string): RemovedAction {
  const index = session.actions.findIndex((a) => a.id === id);
  if (index < 0) return { session, removed: null, index: -1 };
  const actions = [...session.actions];
  const [removed] = actions.splice(index, 1);
  return { session: { ...session, actions }, removed: removed ?? null, index };
}

/** Undo of removeAction: the action comes back where it stood (or at the end if the plan shrank). */
export function restoreAction(session: Session, action: Action, index: number): Session {
  return addAction(session, action, index);
}

/** The suggested action with this id, with the gap it belongs to. */
export function findSuggestion(suggestionId: string): { gapId: GapId; suggestion: SuggestedAction } | null {
  for (const gap of GAPS) {
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
 * Unknown or already-added suggestions leave the session as it is.
 */
export function addFromSuggestion(session: Session, suggestionId: string, ids: { id: string; now: number }): Session {
  const found = findSuggestion(suggestionId);
  if (!found || addedSuggestionIds(session).has(suggestionId)) return session;
  const { gapId, suggestion } = found;
  return addAction(
    session,
    createAction({
      id: ids.id,
      now: ids.now,
      title: suggestion.title,
      description: suggestion.description,
      successMeasure: suggestion.successMeasure,
      priority: suggestion.priority,
      gapId,
      suggestionId,
    }),
  );
}
