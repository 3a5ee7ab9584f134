/**
 * The one chain of migrations, shared by the file loader and Dexie's upgrade():
 * MIGRATIONS[n] turns a version-n session into a version-(n+1) session.
 * To add version 2: write `v1ToV2.ts`, register it under key 1, bump CURRENT_FORMAT_VERSION,
 * and add a golden `tests/fixtures/*-v2.rrsession`.
 */
import { CURRENT_FORMAT_VERSION } from '../envelope';

export type Migration = (session: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrateSession(session: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = session;
  for (let v = fromVersion; v < CURRENT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from format version ${v}.`);
    current = step(current);
  }
  return current;
}
