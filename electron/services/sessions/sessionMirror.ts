/**
 * The durable copy of every session on disk (docs/ARCHITECTURE.md, "The durable mirror and the file format"):
 * `<folder>/<id>.rrsession`, replaced atomically on every save, with rotating backups in
 * `<folder>/backups/<id>/<time>.rrsession`. At start the window compares IndexedDB with
 * `listStamps()` (ids and update times only) and fetches with `readMany()` just the sessions
 * that differ, so a wiped or corrupted IndexedDB costs nothing and a normal start moves no
 * session over the bridge.
 *
 * Plain Node only (no electron).
 */
import { type Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { FILE_EXTENSION, MAX_FILE_BYTES, makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { loadSessionText, tooLarge } from '../../../shared/format/loadSessionFile';
import { isSafeSessionId } from '../../../shared/format/safeSessionId';
import type { MirrorProblem, SessionStamp } from '../../../shared/ipc/contract';
import type { Session } from '../../../shared/model/session';
import { msg, type Message } from '../../../shared/i18n';
import { UserFacingError } from '../ipc/dispatcher';
import { errorCode, removeStaleTempFiles, writeFileAtomic } from './atomicWrite';
import { DEFAULT_ROTATION_POLICY, backupFileName, backupsToDelete, parseBackupFileName, sortNewestFirst, type BackupEntry, type RotationPolicy } from './backupRotation';

export interface SessionMirror {
  readonly folder: string;
  write(session: Session): Promise<{ savedAt: string }>;
  /**
   * Every session in the folder, most recently updated first. Never throws: an unreadable file is a
   * problem (`file` is its absolute path); for a damaged main file the newest good backup is used.
   */
  listAll(): Promise<{ sessions: Session[]; problems: MirrorProblem[] }>;
  /** What `listAll()` finds, as ids and update times only (the same order, the same problems). */
  listStamps(): Promise<{ sessions: SessionStamp[]; problems: MirrorProblem[] }>;
  /**
   * The sessions with these ids, as `listAll()` would give them (a damaged main file's newest
   * good backup stands in); ids with nothing readable on disk are left out. Never throws.
   */
  readMany(ids: readonly string[]): Promise<Session[]>;
  /** null when the session has no main file; a damaged one without a good backup throws 'io'. */
  read(id: string): Promise<Session | null>;
  /** Newest first; `file` is the absolute path. */
  listBackups(id: string): Promise<{ file: string; takenAt: string; bytes: number }[]>;
  /**
   * Backs up the current main file now, whatever the time since the last backup (before a restore
   * or a replace, so either can be undone). Returns the backup's file name, or null when the
   * session has no readable main file to back up. Throws when the backup cannot be written.
   */
  backupNow(id: string): Promise<string | null>;
  /** One backup, by its file name as listBackups gives it (never a path). */
  readBackup(id: string, name: string): Promise<Session>;
}

export interface SessionMirrorOptions {
  folder: string;
  appVersion: string;
  now?: () => Date;
  /** A backup is taken before a save when the last one is at least this old (default 2 minutes). */
  backupEveryMs?: number;
  rotation?: RotationPolicy;
  /** Problems that do not stop a save (a backup that could not be taken), for the app's log. */
  log?: (message: string) => void;
}

export const DEFAULT_BACKUP_EVERY_MS = 2 * 60 * 1000;
export const BACKUPS_FOLDER = 'backups';
/** Main files that could not be read are moved here before they would be overwritten. */
export const SET_ASIDE_FOLDER = 'set-aside';

export { isSafeSessionId };

function assertSafeId(id: unknown): asserts id is string {
  if (!isSafeSessionId(id)) {
    throw new UserFacingError('invalid-request', msg('sessionFiles.badId'));
  }
}

/**
 * Turns a failed save into a sentence for the consultant. Any file-system error (it has a code)
 * becomes one; errors without a code are bugs and pass through for the dispatcher to log.
 */
export function toSaveError(error: unknown, file: string): unknown {
  const folder = path.dirname(file);
  const code = errorCode(error);
  switch (code) {
    case undefined:
      return error;
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserFacingError('io', msg('sessionFiles.save.diskFull', { file }));
    case 'EACCES':
    case 'EPERM':
      return new UserFacingError('io', msg('sessionFiles.save.notAllowed', { folder }));
    case 'EROFS':
      return new UserFacingError('io', msg('sessionFiles.save.readOnly', { folder }));
    case 'EBUSY':
      return new UserFacingError('io', msg('sessionFiles.save.busy', { file }));
    case 'ENOTDIR':
    case 'EEXIST':
    case 'ENOENT':
      return new UserFacingError('io', msg('sessionFiles.save.folderMissing', { folder }));
    case 'EISDIR':
      return new UserFacingError('io', msg('sessionFiles.save.isFolder', { file }));
    default:
      return new UserFacingError('io', msg('sessionFiles.save.other', { file, code }));
  }
}

function describeReadError(error: unknown): Message {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return msg('fileLoad.mirror.notAllowed');
    case 'EISDIR':
      return msg('fileLoad.mirror.isFolder');
    default:
      return msg('fileLoad.mirror.readFailed', { detail: errorCode(error) ?? (error instanceof Error ? error.message : String(error)) });
  }
}

type Loaded = { ok: true; session: Session; repairs: Message[] } | { ok: false; missing: boolean; message: Message };

async function loadFile(file: string): Promise<Loaded> {
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) return { ok: false, missing: false, message: msg('fileLoad.mirror.notAFile') };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, missing: false, message: tooLarge(stats.size).message };
    const bytes = await fs.readFile(file);
    const result = loadSessionText(bytes.toString('utf8'), bytes.byteLength);
    return result.ok ? { ok: true, session: result.session, repairs: result.repairs } : { ok: false, missing: false, message: result.message };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: false, missing: true, message: msg('fileLoad.mirror.missing') };
    return { ok: false, missing: false, message: describeReadError(error) };
  }
}

interface QueuedWrite {
  session: Session;
  waiters: { resolve: (value: { savedAt: string }) => void; reject: (error: unknown) => void }[];
}

interface WriteSlot {
  running: boolean;
  pending: QueuedWrite | null;
  /** Settles when the queue of this session is empty again. */
  drained?: Promise<void>;
}

export function createSessionMirror(options: SessionMirrorOptions): SessionMirror {
  const folder = path.resolve(options.folder);
  const backupsRoot = path.join(folder, BACKUPS_FOLDER);
  const now = options.now ?? (() => new Date());
  const backupEveryMs = options.backupEveryMs ?? DEFAULT_BACKUP_EVERY_MS;
  const rotation = options.rotation ?? DEFAULT_ROTATION_POLICY;
  const log = options.log ?? (() => {});
  const slots = new Map<string, WriteSlot>();
  /** When each session's newest backup was taken, once known (null: none yet). */
  const lastBackupAt = new Map<string, Date | null>();
  /** Sessions whose main file this mirror wrote (so it is known to be readable). */
  const writtenHere = new Set<string>();

  const mainFile = (id: string) => path.join(folder, `${id}${FILE_EXTENSION}`);
  const backupFolder = (id: string) => path.join(backupsRoot, id);

  /** Once per mirror, before anything else touches the folder: leftovers of a crash are removed. */
  let ready: Promise<void> | null = null;
  function init(): Promise<void> {
    ready ??= (async () => {
      await removeStaleTempFiles(folder);
      const ids = await fs.readdir(backupsRoot).catch(() => [] as string[]);
      for (const id of ids) if (isSafeSessionId(id)) await removeStaleTempFiles(backupFolder(id));
    })().catch((error: unknown) => {
      // Cleaning is best effort; a folder that cannot be read shows up in listAll or write.
      log(`could not clean temp files in ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    });
    return ready;
  }

  async function backupEntries(id: string): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(backupFolder(id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return sortNewestFirst(
      names.flatMap((file) => {
        const takenAt = parseBackupFileName(file);
        return takenAt ? [{ file, takenAt }] : [];
      }),
    );
  }

  async function lastBackup(id: string): Promise<Date | null> {
    if (!lastBackupAt.has(id)) lastBackupAt.set(id, (await backupEntries(id))[0]?.takenAt ?? null);
    return lastBackupAt.get(id) ?? null;
  }

  /**
   * Moves an unreadable main file out of the way before it would be overwritten: it may be a file
   * of a newer app version (never silently rewritten) or hold something a person can still rescue.
   */
  async function setAsideIfUnreadable(id: string, at: Date): Promise<void> {
    const loaded = await loadFile(mainFile(id));
    if (loaded.ok || loaded.missing) return;
    const dir = path.join(folder, SET_ASIDE_FOLDER);
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, `${id}.${backupFileName(at)}`);
    await fs.rename(mainFile(id), target);
    log(`set aside the unreadable ${mainFile(id)} as ${target}`);
  }

  /** Copies the current main file into the backups (when due, or now when `force`), then prunes. */
  async function backupIfDue(id: string, at: Date, force = false): Promise<string | null> {
    const last = await lastBackup(id);
    // A clock set back (last backup "in the future") also makes a backup due.
    if (!force && last && at.getTime() - last.getTime() < backupEveryMs && at.getTime() >= last.getTime()) return null;
    let current: Buffer;
    try {
      current = await fs.readFile(mainFile(id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    // A damaged file is not kept among the backups (it would push a good one out of the rotation).
    if (!loadSessionText(current.toString('utf8'), current.byteLength).ok) return null;
    // Two backups in the same millisecond must not overwrite each other.
    const takenAt = last && last.getTime() >= at.getTime() && force ? new Date(last.getTime() + 1) : at;
    const dir = backupFolder(id);
    await fs.mkdir(dir, { recursive: true });
    const name = backupFileName(takenAt);
    await writeFileAtomic(path.join(dir, name), current);
    lastBackupAt.set(id, takenAt);
    for (const old of backupsToDelete(await backupEntries(id), at, rotation)) {
      await fs.unlink(path.join(dir, old.file)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
    return name;
  }

  async function writeNow(session: Session): Promise<{ savedAt: string }> {
    await init();
    const file = mainFile(session.id);
    const at = now();
    try {
      await fs.mkdir(folder, { recursive: true });
      try {
        if (!writtenHere.has(session.id)) await setAsideIfUnreadable(session.id, at);
        await backupIfDue(session.id, at);
      } catch (error) {
        // The save itself matters more than its backup: go on, and let the log say why.
        log(`backup of session ${session.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await writeFileAtomic(file, serializeEnvelope(makeEnvelope(session, options.appVersion, at)));
      writtenHere.add(session.id);
    } catch (error) {
      throw toSaveError(error, file);
    }
    return { savedAt: at.toISOString() };
  }

  /** Runs the queued write of one session, then whatever was queued meanwhile (only the newest). */
  async function drain(id: string, slot: WriteSlot): Promise<void> {
    slot.running = true;
    while (slot.pending) {
      const job = slot.pending;
      slot.pending = null;
      try {
        const result = await writeNow(job.session);
        for (const waiter of job.waiters) waiter.resolve(result);
      } catch (error) {
        for (const waiter of job.waiters) waiter.reject(error);
      }
    }
    slot.running = false;
    slots.delete(id);
  }

  /** Newest good backup of a session, with when it was taken. */
  async function newestGoodBackup(id: string): Promise<{ session: Session; takenAt: Date } | null> {
    let entries: BackupEntry[];
    try {
      entries = await backupEntries(id);
    } catch {
      return null;
    }
    for (const entry of entries) {
      const loaded = await loadFile(path.join(backupFolder(id), entry.file));
      if (loaded.ok) return { session: loaded.session, takenAt: entry.takenAt };
    }
    return null;
  }

  async function readSession(id: string): Promise<Session | null> {
    assertSafeId(id);
    await init();
    const loaded = await loadFile(mainFile(id));
    if (loaded.ok && (loaded.session.id === id || !loaded.repairs.length)) return loaded.session;
    if (!loaded.ok && loaded.missing) return null;
    const backup = await newestGoodBackup(id);
    if (backup) return backup.session;
    throw new UserFacingError('io', msg('fileLoad.mirror.damagedNoBackup', { file: mainFile(id), reason: loaded.ok ? msg('startup.problem.idUnreadable') : loaded.message }));
  }

  /** Every session in the folder, newest first, and what could not be read (see listAll). */
  async function scan(): Promise<{ sessions: Session[]; problems: MirrorProblem[] }> {
    const sessions: Session[] = [];
    const problems: MirrorProblem[] = [];
    try {
      await init();
      let entries: Dirent[];
      try {
        entries = await fs.readdir(folder, { withFileTypes: true });
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { sessions, problems };
        return { sessions, problems: [{ file: folder, message: msg('startup.problem.folderUnreadable', { reason: describeReadError(error) }) }] };
      }
      const byId = new Map<string, Session>();
      const names = entries.filter((e) => e.name.endsWith(FILE_EXTENSION) && !e.name.startsWith('.')).map((e) => e.name);
      for (const name of names.sort()) {
        const id = name.slice(0, -FILE_EXTENSION.length);
        let loaded = await loadFile(path.join(folder, name));
        // A repair that had to invent the id means the file no longer says which session it is.
        if (loaded.ok && loaded.repairs.length && loaded.session.id !== id) loaded = { ok: false, missing: false, message: msg('startup.problem.idUnreadable') };
        let session: Session | null = loaded.ok ? loaded.session : null;
        if (loaded.ok && loaded.repairs.length) {
          const backup = isSafeSessionId(id) ? await newestGoodBackup(id) : null;
          problems.push({
            file: path.join(folder, name),
            sessionId: loaded.session.id,
            backupTakenAt: backup ? backup.takenAt.toISOString() : null,
            kind: 'repaired',
            message: msg('startup.problem.repaired', { count: loaded.repairs.length }),
            repairs: loaded.repairs.slice(0, 3),
          });
        }
        if (!loaded.ok) {
          if (loaded.missing) continue; // deleted since readdir
          const backup = isSafeSessionId(id) ? await newestGoodBackup(id) : null;
          problems.push({
            file: path.join(folder, name),
            ...(isSafeSessionId(id) ? { sessionId: id, backupTakenAt: backup ? backup.takenAt.toISOString() : null } : {}),
            kind: backup ? 'used-backup' : 'unreadable',
            message: backup
              ? msg('startup.problem.usedBackup', { reason: loaded.message, takenAt: backup.takenAt.toISOString() })
              : msg('startup.problem.noBackup', { reason: loaded.message }),
          });
          session = backup?.session ?? null;
        }
        if (!session) continue;
        const seen = byId.get(session.id);
        if (!seen || session.updatedAt > seen.updatedAt) byId.set(session.id, session);
      }
      sessions.push(...[...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1)));
    } catch (error) {
      problems.push({ file: folder, message: msg('startup.problem.scanFailed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
    return { sessions, problems };
  }

  return {
    folder,

    write(session) {
      try {
        assertSafeId(session.id);
      } catch (error) {
        return Promise.reject(error);
      }
      const id = session.id;
      return new Promise((resolve, reject) => {
        let slot = slots.get(id);
        if (!slot) {
          slot = { running: false, pending: null };
          slots.set(id, slot);
        }
        if (slot.pending) {
          // Coalesce: the queued content is superseded; everyone waiting gets the newest save.
          slot.pending.session = session;
          slot.pending.waiters.push({ resolve, reject });
        } else {
          slot.pending = { session, waiters: [{ resolve, reject }] };
        }
        if (!slot.running) slot.drained = drain(id, slot);
      });
    },

    listAll: scan,

    async listStamps() {
      const { sessions, problems } = await scan();
      return { sessions: sessions.map(({ id, updatedAt }) => ({ id, updatedAt })), problems };
    },

    async readMany(ids) {
      const found: Session[] = [];
      const missing: string[] = [];
      for (const id of new Set(ids)) {
        // Its own file first; a session whose file carries another name is only found by a scan.
        const session = isSafeSessionId(id) ? await readSession(id).catch(() => null) : null;
        if (session?.id === id) found.push(session);
        else missing.push(id);
      }
      if (missing.length > 0) {
        const wanted = new Set(missing);
        found.push(...(await scan()).sessions.filter((session) => wanted.has(session.id)));
      }
      return found;
    },

    read: readSession,

    async listBackups(id) {
      assertSafeId(id);
      const dir = backupFolder(id);
      const out: { file: string; takenAt: string; bytes: number }[] = [];
      for (const entry of await backupEntries(id)) {
        try {
          const stats = await fs.stat(path.join(dir, entry.file));
          if (stats.isFile()) out.push({ file: path.join(dir, entry.file), takenAt: entry.takenAt.toISOString(), bytes: stats.size });
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      }
      return out;
    },

    async backupNow(id) {
      assertSafeId(id);
      await init();
      // After any write of the same session, so the backup holds the current file.
      await slots.get(id)?.drained;
      try {
        return await backupIfDue(id, now(), true);
      } catch (error) {
        throw toBackupError(error);
      }
    },

    async readBackup(id, name) {
      assertSafeId(id);
      if (parseBackupFileName(name) === null) throw new UserFacingError('invalid-request', msg('backupFiles.notABackupName'));
      const loaded = await loadFile(path.join(backupFolder(id), name));
      if (loaded.ok) return loaded.session;
      if (loaded.missing) throw new UserFacingError('not-found', msg('backupFiles.gone'));
      throw new UserFacingError('io', msg('backupFiles.unreadableBecause', { detail: loaded.message }));
    },
  };
}

function toBackupError(error: unknown): unknown {
  const code = errorCode(error);
  if (code === undefined) return error;
  return new UserFacingError('io', msg('backupFiles.backupFailed', { code }));
}
