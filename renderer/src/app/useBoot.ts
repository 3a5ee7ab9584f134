/** Start-up: bring IndexedDB and the disk copies together before the library shows. */
import { useEffect, useState } from 'react';
import { reconcileWithMirror, type ReconcileReport } from '../db/reconcile';
import { messageOf } from '../platform/api';

export type BootState = { phase: 'starting' } | { phase: 'ready'; report: ReconcileReport | null; warning: string | null };

export function useBoot(): BootState {
  const [state, setState] = useState<BootState>({ phase: 'starting' });
  useEffect(() => {
    let cancelled = false;
    reconcileWithMirror()
      .then((report) => {
        if (cancelled) return;
        const warning = report.problems.length
          ? `${report.problems.length} saved session file${report.problems.length === 1 ? ' could' : 's could'} not be read: ${report.problems.map((p) => `${p.file} (${p.message})`).join('; ')}`
          : null;
        setState({ phase: 'ready', report, warning });
      })
      .catch((error: unknown) => {
        // The library still opens from IndexedDB; the facilitator is told the disk copy is out of reach.
        if (!cancelled) setState({ phase: 'ready', report: null, warning: `The saved copies on disk could not be checked: ${messageOf(error)}` });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
