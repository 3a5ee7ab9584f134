import { useCallback } from 'react';
import type { Session } from '../../../../shared/model/session';
import { editSession } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';

export type SessionChange = (session: Session) => Session;
export type UpdateSession = (change: SessionChange) => Promise<void>;

/**
 * Writes a change given as a function, through the command runner (so it is undoable like every
 * edit); a failure becomes a readable toast, never an exception. Screens use named commands
 * (commands/registry.ts); this remains for a change none of them covers.
 */
export function useSessionUpdater(sessionId: string): UpdateSession {
  const run = useRunCommand(sessionId);
  return useCallback(
    async (change) => {
      await run(editSession, { change });
    },
    [run],
  );
}
