/**
 * At start, IndexedDB and the copies on disk are brought together: a session the disk has and
 * the window lost (a wiped or corrupted database) comes back; a newer copy on disk wins; a
 * session only the window has is written to disk.
 */
import type { MirrorProblem } from '../../../shared/ipc/contract';
import { call } from '../platform/api';
import { db } from './database';
import { scheduleMirror } from './mirrorScheduler';

export interface ReconcileReport {
  restored: number;
  updated: number;
  mirroredOut: number;
  problems: MirrorProblem[];
}

export async function reconcileWithMirror(): Promise<ReconcileReport> {
  const { sessions: onDisk, problems } = await call('listMirroredSessions', {});
  const report: ReconcileReport = { restored: 0, updated: 0, mirroredOut: 0, problems };
  const diskIds = new Set(onDisk.map((s) => s.id));
  await db.transaction('rw', db.sessions, async () => {
    const local = new Map((await db.sessions.toArray()).map((s) => [s.id, s]));
    for (const disk of onDisk) {
      const mine = local.get(disk.id);
      if (!mine) {
        await db.sessions.put(disk);
        report.restored++;
      } else if (disk.updatedAt > mine.updatedAt) {
        await db.sessions.put(disk);
        report.updated++;
      }
    }
    for (const id of local.keys()) {
      if (!diskIds.has(id)) report.mirroredOut++;
    }
  });
  const localOnly = (await db.sessions.toCollection().primaryKeys()).filter((id) => !diskIds.has(id));
  for (const id of localOnly) scheduleMirror(id, 0);
  return report;
}
