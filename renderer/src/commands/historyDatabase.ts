/**
 * Where each session's undo history is kept, so Ctrl+Z still works after a reload. A database of
 * its own: it is opened only when a session is, and losing it loses no work, only the undo steps.
 */
import { Dexie, type EntityTable } from 'dexie';
import { useAppStore } from '../store/appStore';
import { emptyHistory, type SessionHistory } from './history';

export class HistoryDatabase extends Dexie {
  histories!: EntityTable<SessionHistory, 'sessionId'>;

  constructor(name = 'readiness-room-history') {
    super(name);
    this.version(1).stores({ histories: 'sessionId' });
  }
}

let database: HistoryDatabase | null = null;

export function historyDatabase(): HistoryDatabase {
  database ??= new HistoryDatabase();
  return database;
}

/**
 * Forgets a session's undo steps when it was replaced whole (a backup restored, a file opened over
 * it): they describe a session that is gone. Kept here, light, because the library's file code calls it.
 */
export async function forgetHistory(sessionId: string): Promise<void> {
  const store = useAppStore.getState();
  if (store.history?.sessionId === sessionId) store.setHistory(emptyHistory(sessionId));
  await historyDatabase()
    .histories.delete(sessionId)
    .catch(() => undefined);
}
