/**
 * The framework editor's undo history as a pure value, like a session's (commands/history.ts): what
 * was done (oldest first) and what was undone. The draft has one writer — the editor — so a step
 * keeps the draft before and after it, and Undo puts the "before" back; typing in one field folds
 * into one step, as in the session.
 */
import type { Message } from '../../../../shared/i18n';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { HISTORY_LIMIT, MERGE_WINDOW_MS } from '../../commands/history';

export interface DraftStep {
  /** What a person reads: "Remove gap “Change management”". */
  label: Message;
  before: Framework;
  after: Framework;
  at: number;
  /** Edits with the same key close together are one step (someone typing on in a field). */
  mergeKey: string | null;
}

export interface DraftHistory {
  done: DraftStep[];
  undone: DraftStep[];
}

export const EMPTY_DRAFT_HISTORY: DraftHistory = { done: [], undone: [] };

/** Adds a step; it clears what could be redone and folds into the last step when it is the same typing. */
export function recordDraftStep(history: DraftHistory, step: DraftStep): DraftHistory {
  const last = history.done[history.done.length - 1];
  if (last && last.after === step.before && step.mergeKey !== null && last.mergeKey === step.mergeKey && step.at - last.at <= MERGE_WINDOW_MS) {
    return { done: [...history.done.slice(0, -1), { ...last, after: step.after, at: step.at }], undone: [] };
  }
  return { done: [...history.done, step].slice(-HISTORY_LIMIT), undone: [] };
}

/** The draft and history after Undo, or null when there is nothing to undo. */
export function undoDraft(history: DraftHistory): { history: DraftHistory; framework: Framework; step: DraftStep } | null {
  const step = history.done[history.done.length - 1];
  if (!step) return null;
  return { history: { done: history.done.slice(0, -1), undone: [...history.undone, step] }, framework: step.before, step };
}

export function redoDraft(history: DraftHistory): { history: DraftHistory; framework: Framework; step: DraftStep } | null {
  const step = history.undone[history.undone.length - 1];
  if (!step) return null;
  return { history: { done: [...history.done, step], undone: history.undone.slice(0, -1) }, framework: step.after, step };
}
