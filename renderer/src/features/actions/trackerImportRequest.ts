/**
 * "Import the returned tracker" from anywhere in the workshop (the menu, the palette): the
 * workshop moves to the action plan and asks it to start the import; the plan takes the request
 * when it is on screen, at once if it already was, or as it mounts.
 */
import { useEffect } from 'react';

let pending = false;
const takers = new Set<() => void>();

export function requestTrackerImport(): void {
  pending = true;
  for (const take of takers) take();
}

/** Runs `start` for each request, one at a time, while the action plan is on screen. */
export function useTrackerImportRequests(start: () => void): void {
  useEffect(() => {
    const take = (): void => {
      if (!pending) return;
      pending = false;
      start();
    };
    takers.add(take);
    take();
    return () => {
      takers.delete(take);
    };
  }, [start]);
}
