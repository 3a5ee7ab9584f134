/**
 * At start, IndexedDB and the copies on disk are brought together: a session the disk has and
 * the window lost (a wiped or corrupted database) comes back; a newer copy on disk wins; a
 * session only the window has is written to disk. A damaged file on disk is rewritten from the
 * window's copy when that one is at least as new, and every damaged file is reported with what
 * happened to its session, so start-up can say it in plain words.
 */
import type { MirrorProblem } from '../../../shared/ipc/contract';
import { call } from '../platform/api';
import { db } from './database';
import { scheduleMirror } from './mirrorScheduler';

/** What became of the session of a damaged file on disk. */
export interface RecoveredSession {
  problem: MirrorProblem;
  /** The session's name in the library, when it has one there. */
  initiative: string | null;
  /**
   * 'app': the window's own copy was newer and is kept (the file is rewritten from it);
   * 'disk': the copy from disk (a backup, or the repaired file) is now in the library;
   * 'none': no readable copy anywhere (the damaged file stays where it is).
   */
  kept: 'app' | 'disk' | 'none';
}

export interface ReconcileReport {
  restored: number;
  updated: number;
  mirroredOut: number;
  problems: MirrorProblem[];
  recovered: RecoveredSession[];
}

export async function reconcileWithMirror(): Promise<ReconcileReport> {
  const { sessions: onDisk, problems } = await call('listMirroredSessions', {});
  const report: ReconcileReport = { restored: 0, updated: 0, mirroredOut: 0, problems, recovered: [] };
  const diskIds = new Set(onDisk.map((s) => s.id));
  const diskById = new Map(onDisk.map((s) => [s.id, s]));
  const rewrite: string[] = [];
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
    for (const problem of problems) {
      const id = problem.sessionId;
      const mine = id ? local.get(id) : undefined;
      const disk = id ? diskById.get(id) : undefined;
      const kept = mine && (!disk || mine.updatedAt >= disk.updatedAt) ? 'app' : disk ? 'disk' : 'none';
      if (kept === 'app' && id) rewrite.push(id);
      report.recovered.push({ problem, initiative: (kept === 'app' ? mine?.initiative : disk?.initiative) ?? null, kept });
    }
  });
  const localOnly = (await db.sessions.toCollection().primaryKeys()).filter((id) => !diskIds.has(id));
  for (const id of [...localOnly, ...rewrite]) scheduleMirror(id, 0);
  return report;
}
