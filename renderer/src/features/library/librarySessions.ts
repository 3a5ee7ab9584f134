/**
 * The library's sessions, live from IndexedDB. Start-up reads the list before the first render
 * (`primeLibrarySessions`), so the library renders once, with its rows; the live query then
 * renders again only when a session was added, removed or changed (every change stamps
 * `updatedAt`), not for the same list read a second time.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { db } from '../../db/database';

let primed: Session[] | null = null;

/** The list start-up read, for the library's first render only. */
export function primeLibrarySessions(sessions: Session[] | null): void {
  primed = sessions;
}

/** Whether two lists hold the same sessions at the same versions, in the same order. */
export function sameSessionVersions(a: readonly Session[], b: readonly Session[]): boolean {
  return a.length === b.length && a.every((s, i) => s.id === b[i]!.id && s.updatedAt === b[i]!.updatedAt);
}

/** Every session in IndexedDB (undefined until first read). */
export function useLibrarySessions(): Session[] | undefined {
  const [sessions, setSessions] = useState<Session[] | undefined>(() => primed ?? undefined);
  useEffect(() => {
    primed = null;
    const subscription = liveQuery(() => db.sessions.toArray()).subscribe({
      next: (next) => setSessions((current) => (current && sameSessionVersions(current, next) ? current : next)),
      // The list on screen stays; the next change tries again.
      error: (error: unknown) => console.warn('the library could not read its sessions', error),
    });
    return () => subscription.unsubscribe();
  }, []);
  return sessions;
}
