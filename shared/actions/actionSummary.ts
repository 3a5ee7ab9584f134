/**
 * What the top of the action plan says: how many actions per status, and which open actions still
 * lack an owner or a due date (the same rule as the "Orphan actions" check).
 */
import type { Action } from '../model/session';
import { hasDueDate, hasOwner } from '../scoring/checks';
import { msg, type Message } from '../i18n';

export type ActionStatus = Action['status'];

export const STATUS_LABELS: Readonly<Record<ActionStatus, Message>> = {
  open: msg('outlook.status.open'),
  'in-progress': msg('outlook.status.inProgress'),
  done: msg('outlook.status.done'),
};

export const PRIORITY_LABELS: Readonly<Record<Action['priority'], Message>> = {
  high: msg('outlook.priority.high'),
  medium: msg('outlook.priority.medium'),
  low: msg('outlook.priority.low'),
};

export interface MissingParts {
  owner: boolean;
  dueDate: boolean;
}

/** What a not-yet-done action is missing; a done action is missing nothing that still matters. */
export function missingParts(action: Action): MissingParts {
  if (action.status === 'done') return { owner: false, dueDate: false };
  return { owner: !hasOwner(action), dueDate: !hasDueDate(action) };
}

export function needsOwnerOrDate(action: Action): boolean {
  const missing = missingParts(action);
  return missing.owner || missing.dueDate;
}

export function countByStatus(actions: readonly Action[]): Record<ActionStatus, number> {
  const counts: Record<ActionStatus, number> = { open: 0, 'in-progress': 0, done: 0 };
  for (const action of actions) counts[action.status] += 1;
  return counts;
}

/** "3 actions need an owner or a date", or null when every open action has both. */
export function attentionSentence(actions: readonly Action[]): Message | null {
  const count = actions.filter(needsOwnerOrDate).length;
  if (count === 0) return null;
  return msg('outlook.attention', { count });
}
