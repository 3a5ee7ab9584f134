/**
 * Start-up: bring IndexedDB and the disk copies together. When IndexedDB already holds sessions
 * the library shows at once and the check runs behind it; when it is empty (first start, or the
 * browser storage was lost) the library waits for the copies on disk, so it never flashes empty.
 */
import { useEffect, useState } from 'react';
import { db } from '../db/database';
import { flushMirror } from '../db/mirrorScheduler';
import { closeOnVersionChange, openWorkingStore } from '../db/openWorkingStore';
import { reconcileWithMirror, type ReconcileReport } from '../db/reconcile';
import { startupNotices, type StartupNotice } from '../db/startupReport';
import { messageOf } from '../platform/api';

export interface BootState {
  ready: boolean;
  /** What start-up found wrong and did about it (a damaged store or file), in plain sentences. */
  notices: StartupNotice[];
}

async function reconcile(): Promise<{ report: ReconcileReport | null; error: string | null }> {
  try {
    return { report: await reconcileWithMirror(), error: null };
  } catch (error) {
    // The library still opens from IndexedDB; the facilitator is told the disk copy is out of reach.
    return { report: null, error: messageOf(error) };
  }
}

export function useBoot(): BootState {
  const [state, setState] = useState<BootState>({ ready: false, notices: [] });
  useEffect(() => {
    let cancelled = false;
    // A second window with a newer version: write what is pending, close, and reload into it.
    const stopWatching = closeOnVersionChange(db, { flush: flushMirror, reload: () => window.location.reload() });
    void (async () => {
      // A damaged IndexedDB is rebuilt here, so it never blocks start-up; the disk copies refill it.
      const store = await openWorkingStore(db, (message) => console.warn(message));
      const count = store.state === 'ok' ? await db.sessions.count().catch(() => 0) : 0;
      if (count > 0 && !cancelled) setState({ ready: true, notices: [] });
      const { report, error } = store.state === 'newer' || store.state === 'unavailable' ? { report: null, error: null } : await reconcile();
      if (!cancelled) setState({ ready: true, notices: startupNotices(store, report, error, count === 0) });
    })();
    return () => {
      cancelled = true;
      stopWatching();
    };
  }, []);
  return state;
}
