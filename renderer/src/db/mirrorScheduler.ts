/**
 * Keeps the durable copy on disk in step with IndexedDB: each change schedules a write of that
 * session within about a second; a failed write keeps the edits, says so, and retries.
 */
import { call, messageOf } from '../platform/api';
import { useAppStore } from '../store/appStore';
import { db } from './database';

const DEBOUNCE_MS = 350;
const RETRY_MS = 5000;
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const inFlight = new Set<string>();

export function scheduleMirror(sessionId: string, delayMs = DEBOUNCE_MS): void {
  const existing = timers.get(sessionId);
  if (existing) clearTimeout(existing);
  useAppStore.getState().setSaveStatus({ state: 'saving' });
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
  } catch (error) {
    useAppStore.getState().setSaveStatus({ state: 'failed', message: messageOf(error) });
    scheduleMirror(sessionId, RETRY_MS);
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
