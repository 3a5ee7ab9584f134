import { useCallback } from 'react';
import type { Session } from '../../../../shared/model/session';
import { updateSession } from '../../db/sessionRepository';
import { messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';

export type SessionChange = (session: Session) => Session;
export type UpdateSession = (change: SessionChange) => Promise<void>;

/** Writes a change to the session; a failure becomes a readable toast, never an exception. */
export function useSessionUpdater(sessionId: string): UpdateSession {
  const showToast = useAppStore((s) => s.showToast);
  return useCallback(
    async (change) => {
      try {
        await updateSession(sessionId, change);
      } catch (error) {
        showToast({ tone: 'error', message: messageOf(error) });
      }
    },
    [sessionId, showToast],
  );
}
