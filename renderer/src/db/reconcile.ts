/**
 * At start, IndexedDB and the copies on disk are brought together: a session the disk has and
 * the window lost (a wiped or corrupted database) comes back; a newer copy on disk wins; a
 * session only the window has is written to disk. A damaged file on disk is rewritten from the
 * window's copy when that one is at least as new, and every damaged file is reported with what
 * happened to its session, so start-up can say it in plain words.
 *
 * Only ids and update times cross the bridge to compare (`planReconcile`); then just the
 * sessions that differ are fetched, a few at a time, so a normal start moves no session at all
 * and other calls never wait behind a large answer.
 */
import type { MirrorProblem, SessionStamp } from '../../../shared/ipc/contract';
import { MAX_SESSIONS_PER_READ } from '../../../shared/ipc/limits';
import type { Session } from '../../../shared/model/session';
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

export interface ReconcilePlan {
  /** On disk and missing from the window, or newer on disk: fetch and store. */
  fetch: string[];
  /** Only in the window: write to disk. */
  mirrorOut: string[];
  /** One per damaged file, with which copy is kept. */
  recovered: { problem: MirrorProblem; kept: RecoveredSession['kept'] }[];
  /** Damaged files whose session the window holds at least as new: write them again. */
  rewrite: string[];
}

/** Decides, from ids and update times alone, what has to move in which direction. */
export function planReconcile(local: readonly SessionStamp[], disk: readonly SessionStamp[], problems: readonly MirrorProblem[]): ReconcilePlan {
  const localAt = new Map(local.map((s) => [s.id, s.updatedAt]));
  const diskAt = new Map(disk.map((s) => [s.id, s.updatedAt]));
  const fetch = disk.filter((s) => !localAt.has(s.id) || s.updatedAt > localAt.get(s.id)!).map((s) => s.id);
  const mirrorOut = local.filter((s) => !diskAt.has(s.id)).map((s) => s.id);
  const recovered = problems.map((problem) => {
    const id = problem.sessionId;
    const mine = id === undefined ? undefined : localAt.get(id);
    const theirs = id === undefined ? undefined : diskAt.get(id);
    const kept: RecoveredSession['kept'] = mine !== undefined && (theirs === undefined || mine >= theirs) ? 'app' : theirs !== undefined ? 'disk' : 'none';
    return { problem, kept };
  });
  const rewrite = recovered.flatMap(({ problem, kept }) => (kept === 'app' && problem.sessionId !== undefined ? [problem.sessionId] : []));
  return { fetch, mirrorOut, recovered, rewrite };
}

/** Ids and update times of every session in IndexedDB, from the index alone (no session is read). */
export async function localStamps(): Promise<SessionStamp[]> {
  return db.transaction('r', db.sessions, async () => {
    const byUpdate = db.sessions.orderBy('updatedAt');
    const [times, ids] = await Promise.all([byUpdate.keys(), byUpdate.primaryKeys()]);
    return ids.map((id, i) => ({ id, updatedAt: times[i] as number }));
  });
}

/** Stores what came from disk unless the window changed it meanwhile; counts what it did. */
async function storeFromDisk(sessions: readonly Session[], report: ReconcileReport): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const mine = await db.sessions.bulkGet(sessions.map((s) => s.id));
    const newer = sessions.filter((disk, i) => {
      const current = mine[i];
      if (current && disk.updatedAt <= current.updatedAt) return false;
      if (current) report.updated++;
      else report.restored++;
      return true;
    });
    await db.sessions.bulkPut(newer);
  });
}

type DiskStamps = Awaited<ReturnType<typeof listOnDisk>>;

function listOnDisk() {
  return call('listMirroredSessionStamps', {});
}

/** `onDisk`: the disk's stamps when start-up asked for them already (before IndexedDB was open). */
export async function reconcileWithMirror(onDisk: Promise<DiskStamps> = listOnDisk()): Promise<ReconcileReport> {
  const [{ sessions: diskStamps, problems }, local] = await Promise.all([onDisk, localStamps()]);
  const plan = planReconcile(local, diskStamps, problems);
  const report: ReconcileReport = { restored: 0, updated: 0, mirroredOut: plan.mirrorOut.length, problems, recovered: [] };
  const initiativeOnDisk = new Map<string, string>();
  for (let start = 0; start < plan.fetch.length; start += MAX_SESSIONS_PER_READ) {
    const { sessions } = await call('readMirroredSessions', { ids: plan.fetch.slice(start, start + MAX_SESSIONS_PER_READ) });
    for (const s of sessions) initiativeOnDisk.set(s.id, s.initiative);
    await storeFromDisk(sessions, report);
  }
  for (const { problem, kept } of plan.recovered) {
    const id = problem.sessionId;
    const initiative = id === undefined || kept === 'none' ? null : kept === 'disk' ? (initiativeOnDisk.get(id) ?? null) : ((await db.sessions.get(id))?.initiative ?? null);
    report.recovered.push({ problem, initiative, kept });
  }
  for (const id of [...plan.mirrorOut, ...plan.rewrite]) scheduleMirror(id, 0);
  return report;
}
