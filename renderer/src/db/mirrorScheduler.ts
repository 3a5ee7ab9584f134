/**
 * Keeps the durable copy on disk in step with IndexedDB: each change schedules a write of that
 * session within about a second; a failed write keeps the edits, says so, and retries.
 */
import { call, messageOf, windowWords } from '../platform/api';
import { useAppStore } from '../store/appStore';
import { db } from './database';

const DEBOUNCE_MS = 350;
const RETRY_MS = 5000;
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const inFlight = new Set<string>();
/** The failure the facilitator was last told about, so a retry every 5 s does not repeat it. */
let toldFailure: string | null = null;

export function scheduleMirror(sessionId: string, delayMs = DEBOUNCE_MS, retry = false): void {
  const existing = timers.get(sessionId);
  if (existing) clearTimeout(existing);
  // A retry keeps "not saved" showing until a write goes through.
  if (!retry) useAppStore.getState().setSaveStatus({ state: 'saving' });
  timers.set(
    sessionId,
    setTimeout(() => {
      timers.delete(sessionId);
      void mirrorNow(sessionId);
    }, delayMs),
  );
}

export async function mirrorNow(sessionId: string): Promise<void> {
  if (inFlight.has(sessionId)) {
    scheduleMirror(sessionId);
    return;
  }
  inFlight.add(sessionId);
  try {
    const session = await db.sessions.get(sessionId);
    if (!session) return;
    const { savedAt } = await call('mirrorSession', { session });
    if (timers.size === 0) useAppStore.getState().setSaveStatus({ state: 'saved', at: savedAt });
    if (toldFailure !== null) {
      toldFailure = null;
      useAppStore.getState().showToast({ tone: 'success', message: windowWords('save.savedAgain') });
    }
  } catch (error) {
    const message = messageOf(error);
    useAppStore.getState().setSaveStatus({ state: 'failed', message });
    if (toldFailure !== message) {
      toldFailure = message;
      useAppStore.getState().showToast({ tone: 'error', message: windowWords('save.notSaved', { detail: message }) });
    }
    scheduleMirror(sessionId, RETRY_MS, true);
  } finally {
    inFlight.delete(sessionId);
  }
}

/** Writes everything still waiting, e.g. before the window closes. */
export async function flushMirror(): Promise<void> {
  const ids = [...timers.keys()];
  for (const id of ids) {
    clearTimeout(timers.get(id));
    timers.delete(id);
  }
  await Promise.all(ids.map((id) => mirrorNow(id)));
}
