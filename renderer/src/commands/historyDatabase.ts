/**
 * Where each session's undo history is kept, so Ctrl+Z still works after a reload. A database of
 * its own: it is opened only when a session is, and losing it loses no work, only the undo steps.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { SessionHistory } from './history';

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
