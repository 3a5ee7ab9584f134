/**
 * Runs session commands, one at a time, and keeps the open session's undo history: each change
 * is written in one storage transaction, its patch is recorded, and Undo/Redo apply that patch
 * (or its inverse) the same way. A refusal's sentence reaches the facilitator as it is.
 */
import type { Refusal } from '../../../shared/model/opResult';
import type { Session } from '../../../shared/model/session';
import { enterStage } from '../../../shared/phases/agenda';
import { newId, updateSession } from '../db/sessionRepository';
import { messageOf } from '../platform/api';
import { useAppStore } from '../store/appStore';
import { windowText } from '../store/windowText';
import { msg, type Message } from '../../../shared/i18n';
import { afterRedo, afterUndo, emptyHistory, nextRedo, nextUndo, recordEntry, withMessageLabels, withoutEntry, type HistoryEntry, type SessionHistory } from './history';
import { historyDatabase } from './historyDatabase';
import { HISTORY_TEXT, type SessionCommand } from './registry';
import { applyPatch, diffSessions, invertPatch } from './sessionPatch';

export type CommandOutcome = { ok: true; session: Session; warning?: Message; entry: HistoryEntry | null } | { ok: false; refusal: Refusal };

/** Thrown inside the storage transaction so a refused command writes nothing. */
class RefusedCommand extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message.id);
  }
}

// One command at a time: a vote typed while an Undo is being written waits for it.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

function refusalOf(error: unknown): Refusal {
  if (error instanceof RefusedCommand) return error.refusal;
  return { code: 'storage', message: msg('refusal.storage', { detail: messageOf(error) }) };
}

async function historyFor(sessionId: string): Promise<SessionHistory> {
  const current = useAppStore.getState().history;
  if (current?.sessionId === sessionId) return current;
  const stored = await historyDatabase().histories.get(sessionId).catch(() => undefined);
  return stored ? withMessageLabels(stored) : emptyHistory(sessionId);
}

async function saveHistory(history: SessionHistory): Promise<void> {
  const store = useAppStore.getState();
  if (store.history === null || store.history.sessionId === history.sessionId) store.setHistory(history);
  // Losing the stored history loses undo steps, never work: a failure here is not the facilitator's problem.
  await historyDatabase()
    .histories.put(history)
    .catch(() => undefined);
}

/** Makes the open session's history the one in memory (after a reload, from IndexedDB). */
export function openHistory(sessionId: string): Promise<void> {
  return serially(async () => {
    useAppStore.getState().setHistory(null);
    useAppStore.getState().setHistory(await historyFor(sessionId));
  });
}

/** Applies a command to the stored session, records its change for Undo, and says how it went. */
export function runCommand<A>(sessionId: string, command: SessionCommand<A>, args: A, seeBefore?: (session: Session) => void): Promise<CommandOutcome> {
  return serially(async () => {
    let before: Session | null = null;
    let warning: Message | undefined;
    let after: Session;
    try {
      after = await updateSession(sessionId, (current) => {
        before = current;
        const result = command.run(current, args, { now: Date.now(), newId });
        if (!result.ok) throw new RefusedCommand(result.refusal);
        warning = result.warning;
        return result.session;
      });
    } catch (error) {
      return { ok: false, refusal: refusalOf(error) };
    }
    const previous = before as Session | null;
    if (previous) seeBefore?.(previous);
    if (!previous || command.undoable === false) return { ok: true, session: after, warning, entry: null };
    const patch = diffSessions(previous, after);
    if (patch.length === 0) return { ok: true, session: after, warning, entry: null };
    const entry: HistoryEntry = {
      id: newId(),
      commandId: command.id,
      label: command.describe ? command.describe(args, previous) : command.label,
      patch,
      at: Date.now(),
      stageId: previous.currentStageId,
      mergeable: command.mergeable === true,
    };
    await saveHistory(recordEntry(await historyFor(sessionId), entry));
    return { ok: true, session: after, warning, entry };
  });
}

type Direction = 'undo' | 'redo';

/** Undoes (or redoes) one step, and shows the stage it happened on. */
function step(sessionId: string, direction: Direction, entryId?: string): Promise<CommandOutcome | null> {
  return serially(async () => {
    const history = await historyFor(sessionId);
    const list = direction === 'undo' ? history.done : history.undone;
    const entry = entryId ? list.find((e) => e.id === entryId) : direction === 'undo' ? nextUndo(history) : nextRedo(history);
    if (!entry) return null;
    const patch = direction === 'undo' ? invertPatch(entry.patch) : entry.patch;
    let after: Session;
    try {
      after = await updateSession(sessionId, (current) => {
        const result = applyPatch(current, patch, entry.label);
        if (!result.ok) throw new RefusedCommand(result.refusal);
        const stageId = entry.stageId && current.agenda.some((s) => s.id === entry.stageId) ? entry.stageId : current.currentStageId;
        return { ...result.session, currentStageId: stageId, agenda: enterStage(result.session.agenda, stageId, Date.now()) };
      });
    } catch (error) {
      const refusal = refusalOf(error);
      // A step that no longer fits is dropped, so the ones before it stay reachable.
      if (refusal.code === 'changed-since') await saveHistory(withoutEntry(history, entry.id));
      return { ok: false, refusal };
    }
    await saveHistory(direction === 'undo' ? afterUndo(history, entry.id) : afterRedo(history, entry.id));
    return { ok: true, session: after, entry };
  });
}

function announce(outcome: CommandOutcome | null, direction: Direction): void {
  const { showToast } = useAppStore.getState();
  if (outcome === null) {
    showToast({ tone: 'info', message: windowText(direction === 'undo' ? HISTORY_TEXT.nothingToUndo : HISTORY_TEXT.nothingToRedo), timeoutMs: 3000 });
  } else if (!outcome.ok) {
    showToast({ tone: 'error', message: windowText(outcome.refusal.message) });
  } else if (outcome.entry) {
    showToast({ tone: 'info', message: windowText((direction === 'undo' ? HISTORY_TEXT.undid : HISTORY_TEXT.redid)(outcome.entry.label), outcome.session.framework), timeoutMs: 4000 });
  }
}

export async function undo(sessionId: string): Promise<CommandOutcome | null> {
  const outcome = await step(sessionId, 'undo');
  announce(outcome, 'undo');
  return outcome;
}

export async function redo(sessionId: string): Promise<CommandOutcome | null> {
  const outcome = await step(sessionId, 'redo');
  announce(outcome, 'redo');
  return outcome;
}

/** The Undo of a toast: that very step, even if others came after it. */
export async function undoEntry(sessionId: string, entryId: string): Promise<CommandOutcome | null> {
  const outcome = await step(sessionId, 'undo', entryId);
  if (outcome && !outcome.ok) announce(outcome, 'undo');
  return outcome;
}
