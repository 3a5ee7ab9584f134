/**
 * Start-up, begun by app/earlyStart.ts before React is even evaluated, so the first render already has
 * what the first screen needs. IndexedDB is opened while the disk's ids and update times are
 * on their way over the bridge; when IndexedDB holds sessions the first screen shows at once
 * and the comparison with the disk runs behind it; when it is empty (first start, or the
 * browser storage was lost) the window says it is restoring and waits for the copies on disk,
 * so the library never flashes empty.
 */
import { db } from '../db/database';
import { openWorkingStore, type WorkingStoreState } from '../db/openWorkingStore';
import { reconcileWithMirror, type ReconcileReport } from '../db/reconcile';
import { startupNotices, type StartupNotice } from '../db/startupReport';
import { primeLibrarySessions } from '../features/library/librarySessions';
import { call, messageOf } from '../platform/api';
import { BOOT_COMPARED_MEASURE, BOOT_FIRST_SCREEN_MEASURE } from './startupMarks';

export interface BootState {
  /** 'opening': IndexedDB is being opened; 'restoring': it was empty and the disk copies are coming in. */
  phase: 'opening' | 'restoring' | 'ready';
  /** What start-up found wrong and did about it (a damaged store or file), in plain sentences. */
  notices: StartupNotice[];
}

export interface Boot {
  get(): BootState;
  subscribe(listener: () => void): () => void;
  /** Settles once there is something to show (the first screen, or "restoring"). */
  shown: Promise<void>;
}

/** A window that does no start-up of its own (the presenter view, a page outside the app). */
export function noBoot(): Boot {
  const ready: BootState = { phase: 'ready', notices: [] };
  return { get: () => ready, subscribe: () => () => {}, shown: Promise.resolve() };
}

function measure(name: string): void {
  try {
    performance.measure(name, { start: 0, end: performance.now() });
  } catch {
    // User Timing is for profiling only; nothing depends on it.
  }
}

/** `readLibrary`: the first screen is the library, so its list is read before its first render. */
export function startBoot({ readLibrary }: { readLibrary: boolean }): Boot {
  let state: BootState = { phase: 'opening', notices: [] };
  const listeners = new Set<() => void>();
  let onShown: () => void = () => {};
  const shown = new Promise<void>((resolve) => {
    onShown = resolve;
  });
  const set = (next: BootState): void => {
    state = next;
    if (next.phase !== 'opening') onShown();
    for (const listener of [...listeners]) listener();
  };

  /** How many sessions IndexedDB holds; for the library, its list is read (once) on the way. */
  const countOrReadList = async (): Promise<number> => {
    if (!readLibrary) return db.sessions.count().catch(() => 0);
    const list = await db.sessions.toArray().catch(() => null);
    primeLibrarySessions(list);
    return list?.length ?? 0;
  };

  void (async () => {
    // Asked first: the disk's answer travels while IndexedDB opens.
    const diskStamps = call('listMirroredSessionStamps', {});
    diskStamps.catch(() => {}); // handled by reconcile() below; never an unhandled rejection
    const reconcile = async (): Promise<{ report: ReconcileReport | null; error: string | null }> => {
      try {
        return { report: await reconcileWithMirror(diskStamps), error: null };
      } catch (error) {
        // The library still opens from IndexedDB; the facilitator is told the disk copy is out of reach.
        return { report: null, error: messageOf(error) };
      } finally {
        measure(BOOT_COMPARED_MEASURE);
      }
    };
    // A damaged IndexedDB is rebuilt here, so it never blocks start-up; the disk copies refill it.
    const store: WorkingStoreState = await openWorkingStore(db, (message) => console.warn(message));
    if (store.state === 'newer' || store.state === 'unavailable') {
      set({ phase: 'ready', notices: startupNotices(store, null, null, false) });
      return;
    }
    const count = store.state === 'ok' ? await countOrReadList() : 0;
    if (count > 0) {
      measure(BOOT_FIRST_SCREEN_MEASURE);
      set({ phase: 'ready', notices: [] });
      const { report, error } = await reconcile();
      const notices = startupNotices(store, report, error, false);
      if (notices.length > 0) set({ phase: 'ready', notices });
    } else {
      set({ phase: 'restoring', notices: [] });
      const { report, error } = await reconcile();
      await countOrReadList();
      measure(BOOT_FIRST_SCREEN_MEASURE);
      set({ phase: 'ready', notices: startupNotices(store, report, error, true) });
    }
  })();

  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shown,
  };
}
