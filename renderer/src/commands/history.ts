/**
 * A session's undo history as a pure value: what was done (oldest first) and what was undone
 * (most recent undo last). Bounded, so a long workshop never grows it without end.
 */
import { msg, type Message } from '../../../shared/i18n';
import { mergePatches, type SessionPatch } from './sessionPatch';

/** How many steps back a session keeps. */
export const HISTORY_LIMIT = 100;
/** Edits of the same field closer together than this are one step (someone typing on). */
export const MERGE_WINDOW_MS = 3000;

export interface HistoryEntry {
  id: string;
  /** The command that made the change (see the registry). */
  commandId: string;
  /** What a person reads: "Remove participant “Ana”" (a history stored before the catalogue holds a string). */
  label: Message;
  patch: SessionPatch;
  at: number;
  /** The stage the change was made on, so Undo can show it where it happened. */
  stageId: string | null;
  /** Whether a later edit of the same fields may fold into this one. */
  mergeable: boolean;
}

export interface SessionHistory {
  sessionId: string;
  done: HistoryEntry[];
  undone: HistoryEntry[];
}

export function emptyHistory(sessionId: string): SessionHistory {
  return { sessionId, done: [], undone: [] };
}

/** Adds a new step; it clears what could be redone, and folds into the last step when it is the same typing. */
export function recordEntry(history: SessionHistory, entry: HistoryEntry): SessionHistory {
  const last = history.done[history.done.length - 1];
  if (last && last.mergeable && entry.mergeable && last.commandId === entry.commandId && entry.at - last.at <= MERGE_WINDOW_MS) {
    const merged = mergePatches(last.patch, entry.patch);
    if (merged) {
      const rest = history.done.slice(0, -1);
      // Typed back to where it started: nothing is left to undo.
      const done = merged.length === 0 ? rest : [...rest, { ...last, patch: merged, at: entry.at }];
      return { ...history, done, undone: [] };
    }
  }
  return { ...history, done: [...history.done, entry].slice(-HISTORY_LIMIT), undone: [] };
}

/** The step Undo would take back, or null. */
export function nextUndo(history: SessionHistory | null): HistoryEntry | null {
  return history?.done[history.done.length - 1] ?? null;
}

export function nextRedo(history: SessionHistory | null): HistoryEntry | null {
  return history?.undone[history.undone.length - 1] ?? null;
}

/** The history after `entry` was undone (it moves to the redo list; any entry, for an Undo toast). */
export function afterUndo(history: SessionHistory, entryId: string): SessionHistory {
  const entry = history.done.find((e) => e.id === entryId);
  if (!entry) return history;
  return { ...history, done: history.done.filter((e) => e.id !== entryId), undone: [...history.undone, entry] };
}

export function afterRedo(history: SessionHistory, entryId: string): SessionHistory {
  const entry = history.undone.find((e) => e.id === entryId);
  if (!entry) return history;
  return { ...history, undone: history.undone.filter((e) => e.id !== entryId), done: [...history.done, entry].slice(-HISTORY_LIMIT) };
}

/** Drops a step that can no longer be applied, so the ones before it stay reachable. */
export function withoutEntry(history: SessionHistory, entryId: string): SessionHistory {
  return { ...history, done: history.done.filter((e) => e.id !== entryId), undone: history.undone.filter((e) => e.id !== entryId) };
}

/** A history stored before labels were messages: its English labels are shown as they were written. */
export function withMessageLabels(history: SessionHistory): SessionHistory {
  const fix = (entry: HistoryEntry): HistoryEntry =>
    typeof (entry.label as unknown) === 'string' ? { ...entry, label: msg('history.storedLabel', { label: entry.label as unknown as string }) } : entry;
  return { ...history, done: history.done.map(fix), undone: history.undone.map(fix) };
}
