/**
 * Bringing the client's tracker back into the open session: the system's Open dialog (main reads
 * and checks the workbook), then the preview of what would change, compared with the session as
 * it is at that moment; Apply runs the changes as one session command, so one Undo takes them back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { trackerChanges } from '../../../../shared/actions/trackerChanges';
import type { Session } from '../../../../shared/model/session';
import { importTrackerChanges } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { call, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import type { TrackerImportState } from './TrackerImportDialog';

export interface TrackerImport {
  state: TrackerImportState | null;
  start(): Promise<void>;
  apply(): Promise<void>;
  close(): void;
}

export function useTrackerImport(session: Session): TrackerImport {
  const run = useRunCommand(session.id);
  const showToast = useAppStore((s) => s.showToast);
  const [state, setState] = useState<TrackerImportState | null>(null);
  const latest = useRef(session);
  useEffect(() => {
    latest.current = session;
  });

  const start = useCallback(async () => {
    try {
      const opened = await call('importTrackerFile', {});
      if (opened.status === 'cancelled') return;
      if (opened.status === 'refused') {
        setState({ step: 'refused', fileName: opened.fileName, message: opened.message });
        return;
      }
      const current = latest.current;
      setState({ step: 'preview', fileName: opened.fileName, fromOtherSession: opened.sessionId !== current.id, changes: trackerChanges(current, opened.rows) });
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
    }
  }, [showToast]);

  const apply = useCallback(async () => {
    if (state?.step !== 'preview') return;
    const patches = state.changes.changes.map(({ actionId, patch }) => ({ actionId, patch }));
    setState(null);
    await run(importTrackerChanges, { patches });
  }, [run, state]);

  const close = useCallback(() => setState(null), []);
  return { state, start, apply, close };
}
