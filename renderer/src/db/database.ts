/** The one Dexie database: the window's working store, mirrored to disk by main. */
import { Dexie, type EntityTable } from 'dexie';
import type { LibraryFramework } from '../../../shared/framework/libraryFramework';
import type { Session } from '../../../shared/model/session';

export const DATABASE_NAME = 'readiness-room';

export class ReadinessRoomDatabase extends Dexie {
  sessions!: EntityTable<Session, 'id'>;
  /** The framework library: the firm's own frameworks (the built-in one is code, never stored). */
  frameworks!: EntityTable<LibraryFramework, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 of the schema. Later versions add .upgrade() steps that call shared/format's
    // migrations, so the file format and the database move forward together.
    this.version(1).stores({ sessions: 'id, updatedAt, archivedAt, deletedAt' });
    // Version 2 adds the framework library; sessions are untouched.
    this.version(2).stores({ sessions: 'id, updatedAt, archivedAt, deletedAt', frameworks: 'id, updatedAt, deletedAt' });
  }
}

export const db = new ReadinessRoomDatabase();
