/**
 * What a returned tracker would change: its rows matched to the session's actions by the hidden
 * id, each action's changed fields (title, owner, due date, priority, status, notes), the rows
 * that match nothing (added by the client, an id the session does not have, a second row with
 * the same id), the values that cannot be read (each with a sentence), and the session's actions
 * the workbook no longer lists. Applying is one patch per action (`applyTrackerChanges`), run
 * as one undoable session command.
 */
import { msg, type Message } from '../i18n';
import { done, refuse, type OpResult } from '../model/opResult';
import type { Action, Session } from '../model/session';
import { updateAction, type ActionPatch } from './actionOps';
import { PRIORITY_LABELS, STATUS_LABELS } from './actionSummary';
import { TRACKER_FIELDS, type TrackerField, type TrackerRow } from './trackerRows';

/** One field of one action: what the session holds and what the tracker says. */
export interface FieldChange {
  field: TrackerField;
  /** Stored values (a status key, a YYYY-MM-DD day, text); null for no due date. */
  from: string | null;
  to: string | null;
}

export interface ActionChange {
  actionId: string;
  /** The action's title in the session (before the change). */
  title: string;
  row: number;
  ref: string;
  changes: FieldChange[];
  patch: ActionPatch;
}

export type UnmatchedReason = 'new' | 'unknown-id' | 'duplicate-id';

export interface UnmatchedRow {
  row: number;
  ref: string;
  /** What the row's title cell says ("" when blank). */
  title: string;
  reason: UnmatchedReason;
}

export interface InvalidValue {
  row: number;
  ref: string;
  actionId: string;
  field: TrackerField;
  /** The cell's text as written. */
  text: string;
  message: Message;
}

export interface TrackerChanges {
  changes: ActionChange[];
  unmatched: UnmatchedRow[];
  invalid: InvalidValue[];
  /** Actions of the session no row names (deleted from the workbook, or added since the export): left as they are. */
  notListed: Array<{ actionId: string; title: string }>;
  /** Matched rows that change nothing. */
  unchanged: number;
}

/** What applying needs: one patch per action. */
export type TrackerPatches = ReadonlyArray<{ actionId: string; patch: ActionPatch }>;

function current(action: Action, field: TrackerField): string | null {
  if (field === 'notes') return action.notes ?? '';
  return action[field];
}

const LIMITS = { title: 300, owner: 120, notes: 20_000 } as const;

function invalidMessage(field: TrackerField, text: string): Message {
  switch (field) {
    case 'status':
      return msg('trackerImport.invalid.status', { value: text, open: STATUS_LABELS.open, inProgress: STATUS_LABELS['in-progress'], done: STATUS_LABELS.done });
    case 'priority':
      return msg('trackerImport.invalid.priority', { value: text, high: PRIORITY_LABELS.high, medium: PRIORITY_LABELS.medium, low: PRIORITY_LABELS.low });
    case 'dueDate':
      return msg('trackerImport.invalid.dueDate', { value: text });
    case 'title':
    case 'owner':
    case 'notes':
      return text.length > LIMITS[field] ? msg('trackerImport.invalid.tooLong', { max: LIMITS[field] }) : msg('trackerImport.invalid.value', { value: text });
  }
}

function isBlankRow(row: TrackerRow): boolean {
  return row.id === null && row.ref === '' && Object.values(row.cells).every((cell) => (cell.ok ? cell.value === null || cell.value === '' : cell.text === ''));
}

function rowTitle(row: TrackerRow): string {
  const cell = row.cells.title;
  return cell ? (cell.ok ? cell.value : cell.text) : '';
}

export function trackerChanges(session: Session, rows: readonly TrackerRow[]): TrackerChanges {
  const actions = new Map(session.actions.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const result: TrackerChanges = { changes: [], unmatched: [], invalid: [], notListed: [], unchanged: 0 };
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const unmatched = (reason: UnmatchedReason) => result.unmatched.push({ row: row.row, ref: row.ref, title: rowTitle(row), reason });
    if (row.id === null) {
      unmatched('new');
      continue;
    }
    const action = actions.get(row.id);
    if (!action) {
      unmatched('unknown-id');
      continue;
    }
    if (seen.has(row.id)) {
      unmatched('duplicate-id');
      continue;
    }
    seen.add(row.id);
    const changes: FieldChange[] = [];
    const patch: Record<string, unknown> = {};
    for (const field of TRACKER_FIELDS) {
      const cell = row.cells[field];
      if (!cell) continue;
      if (!cell.ok || (field === 'title' && cell.value === '')) {
        const text = cell.ok ? '' : cell.text;
        result.invalid.push({ row: row.row, ref: row.ref, actionId: action.id, field, text, message: field === 'title' && cell.ok ? msg('trackerImport.invalid.titleBlank') : invalidMessage(field, text) });
        continue;
      }
      const from = current(action, field);
      // The export trims what it writes: only a real difference is a change.
      const same = typeof from === 'string' && typeof cell.value === 'string' ? from.trim() === cell.value.trim() : from === cell.value;
      if (same) continue;
      changes.push({ field, from, to: cell.value });
      patch[field] = cell.value;
    }
    if (changes.length === 0) result.unchanged++;
    else result.changes.push({ actionId: action.id, title: action.title, row: row.row, ref: row.ref, changes, patch: patch as ActionPatch });
  }
  for (const action of session.actions) {
    if (!seen.has(action.id)) result.notListed.push({ actionId: action.id, title: action.title });
  }
  return result;
}

/** Applies the patches in one go; refused when none of their actions is in the session any more. */
export function applyTrackerChanges(session: Session, patches: TrackerPatches): OpResult {
  let next = session;
  let applied = 0;
  for (const { actionId, patch } of patches) {
    if (!next.actions.some((a) => a.id === actionId)) continue;
    const result = updateAction(next, actionId, patch);
    if (!result.ok) return result;
    next = result.session;
    applied++;
  }
  if (applied === 0 && patches.length > 0) return refuse('not-found', msg('trackerImport.refusal.actionsGone'));
  return done(next);
}
