/**
 * "Import the returned tracker" from anywhere in the workshop (the menu, the palette): the
 * workshop moves to the action plan and asks it to start the import; the plan of that session
 * takes the request when it is on screen, at once if it already was, or as it mounts. A request
 * names its session, so one left behind (the window went elsewhere first) never starts an import
 * in another session's plan.
 */
import { useEffect } from 'react';

let pendingFor: string | null = null;
const takers = new Set<() => void>();

export function requestTrackerImport(sessionId: string): void {
  pendingFor = sessionId;
  for (const take of takers) take();
}

/** Runs `start` for each request made for this session, one at a time, while its action plan is on screen. */
export function useTrackerImportRequests(sessionId: string, start: () => void): void {
  useEffect(() => {
    const take = (): void => {
      if (pendingFor !== sessionId) return;
      pendingFor = null;
      start();
    };
    takers.add(take);
    take();
    return () => {
      takers.delete(take);
    };
  }, [sessionId, start]);
}
