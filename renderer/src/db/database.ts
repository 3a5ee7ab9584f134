/** The one Dexie database: the window's working store, mirrored to disk by main. */
import { Dexie, type EntityTable } from 'dexie';
import type { Session } from '../../../shared/model/session';

export const DATABASE_NAME = 'readiness-room';

export class ReadinessRoomDatabase extends Dexie {
  sessions!: EntityTable<Session, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 of the schema. Later versions add .upgrade() steps that call shared/format's
    // migrations, so the file format and the database move forward together.
    this.version(1).stores({ sessions: 'id, updatedAt, archivedAt, deletedAt' });
  }
}

export const db = new ReadinessRoomDatabase();
