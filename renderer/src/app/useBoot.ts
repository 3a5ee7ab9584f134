/**
 * Start-up: bring IndexedDB and the disk copies together. When IndexedDB already holds sessions
 * the library shows at once and the check runs behind it; when it is empty (first start, or the
 * browser storage was lost) the library waits for the copies on disk, so it never flashes empty.
 */
import { useEffect, useState } from 'react';
import { db } from '../db/database';
import { reconcileWithMirror } from '../db/reconcile';
import { messageOf } from '../platform/api';

export interface BootState {
  ready: boolean;
  warning: string | null;
}

async function reconcileWarning(): Promise<string | null> {
  try {
    const report = await reconcileWithMirror();
    if (!report.problems.length) return null;
    const n = report.problems.length;
    return `${n} saved session file${n === 1 ? ' could' : 's could'} not be read: ${report.problems.map((p) => `${p.file} (${p.message})`).join('; ')}`;
  } catch (error) {
    // The library still opens from IndexedDB; the facilitator is told the disk copy is out of reach.
    return `The saved copies on disk could not be checked: ${messageOf(error)}`;
  }
}

export function useBoot(): BootState {
  const [state, setState] = useState<BootState>({ ready: false, warning: null });
  useEffect(() => {
    let cancelled = false;
    const finish = (warning: string | null) => !cancelled && setState({ ready: true, warning });
    db.sessions
      .count()
      .catch(() => 0)
      .then(async (count) => {
        if (count > 0) {
          if (!cancelled) setState({ ready: true, warning: null });
          finish(await reconcileWarning());
        } else {
          finish(await reconcileWarning());
        }
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
