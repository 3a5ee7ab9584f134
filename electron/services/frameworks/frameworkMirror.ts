/**
 * The durable copy of the framework library on disk, beside the sessions: `<folder>/<id>.rrframework`,
 * replaced atomically on every save (a crash mid-write leaves the previous file whole, and its temp
 * file is removed at the next start). The window keeps its working copy in IndexedDB and compares
 * it with `list()` at start, as it does for sessions. A file that cannot be read (damaged, or
 * written by a newer app) is set aside, never overwritten.
 *
 * Plain Node only (no electron).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { FRAMEWORK_FILE_EXTENSION, MAX_FRAMEWORK_FILE_BYTES, makeFrameworkEnvelope, serializeFrameworkEnvelope } from '../../../shared/format/frameworkEnvelope';
import { frameworkTooLarge, loadFrameworkText, type LoadFrameworkOptions } from '../../../shared/format/loadFrameworkFile';
import { isSafeSessionId } from '../../../shared/format/safeSessionId';
import { frameworkOf, type LibraryFramework } from '../../../shared/framework/libraryFramework';
import { msg, type Message } from '../../../shared/i18n';
import type { MirrorProblem } from '../../../shared/ipc/contract';
import { UserFacingError } from '../ipc/dispatcher';
import { errorCode, removeStaleTempFiles, writeFileAtomic } from '../sessions/atomicWrite';
import { backupFileName } from '../sessions/backupRotation';
import { SET_ASIDE_FOLDER, toSaveError } from '../sessions/sessionMirror';

export interface FrameworkMirror {
  readonly folder: string;
  /** Writes one framework of the library (deleted ones too: their deletion must survive a restart). */
  write(framework: LibraryFramework): Promise<{ savedAt: string }>;
  /** Every framework in the folder, most recently updated first, and the files that could not be read. Never throws. */
  list(): Promise<{ frameworks: LibraryFramework[]; problems: MirrorProblem[] }>;
}

export interface FrameworkMirrorOptions {
  folder: string;
  appVersion: string;
  now?: () => Date;
  log?: (message: string) => void;
  /** What the loader checks beyond the schema (validateFramework). */
  load?: LoadFrameworkOptions;
}

type Loaded = { ok: true; framework: LibraryFramework; repairs: Message[] } | { ok: false; missing: boolean; message: Message };

export function createFrameworkMirror(options: FrameworkMirrorOptions): FrameworkMirror {
  const folder = path.resolve(options.folder);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const fileOf = (id: string) => path.join(folder, `${id}${FRAMEWORK_FILE_EXTENSION}`);
  /** Frameworks whose file this mirror wrote (so it is known to be readable). */
  const writtenHere = new Set<string>();
  /** One write at a time per framework, in the order asked. */
  const queues = new Map<string, Promise<unknown>>();

  let ready: Promise<void> | null = null;
  function init(): Promise<void> {
    ready ??= removeStaleTempFiles(folder).then(
      () => {},
      (error: unknown) => log(`could not clean temp files in ${folder}: ${error instanceof Error ? error.message : String(error)}`),
    );
    return ready;
  }

  async function loadFile(file: string): Promise<Loaded> {
    try {
      const stats = await fs.stat(file);
      if (!stats.isFile()) return { ok: false, missing: false, message: msg('fileLoad.mirror.notAFile') };
      if (stats.size > MAX_FRAMEWORK_FILE_BYTES) return { ok: false, missing: false, message: frameworkTooLarge(stats.size).message };
      const bytes = await fs.readFile(file);
      const result = loadFrameworkText(bytes.toString('utf8'), bytes.byteLength, options.load);
      if (!result.ok) return { ok: false, missing: false, message: result.message };
      return { ok: true, framework: { ...result.framework, deletedAt: result.deletedAt }, repairs: result.repairs };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { ok: false, missing: true, message: msg('fileLoad.mirror.missing') };
      return { ok: false, missing: false, message: msg('fileLoad.mirror.readFailed', { detail: errorCode(error) ?? (error instanceof Error ? error.message : String(error)) }) };
    }
  }

  /** A file that cannot be read may be a newer app's or hold something to rescue: moved aside, never overwritten. */
  async function setAsideIfUnreadable(id: string, at: Date): Promise<void> {
    const loaded = await loadFile(fileOf(id));
    if (loaded.ok || loaded.missing) return;
    const dir = path.join(folder, SET_ASIDE_FOLDER);
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, `${id}.${backupFileName(at).replace(/\.rrsession$/, FRAMEWORK_FILE_EXTENSION)}`);
    await fs.rename(fileOf(id), target);
    log(`set aside the unreadable ${fileOf(id)} as ${target}`);
  }

  async function writeNow(entry: LibraryFramework): Promise<{ savedAt: string }> {
    await init();
    const file = fileOf(entry.id);
    const at = now();
    try {
      await fs.mkdir(folder, { recursive: true });
      if (!writtenHere.has(entry.id)) await setAsideIfUnreadable(entry.id, at);
      await writeFileAtomic(file, serializeFrameworkEnvelope(makeFrameworkEnvelope(frameworkOf(entry), options.appVersion, at, entry.deletedAt)));
      writtenHere.add(entry.id);
    } catch (error) {
      throw toSaveError(error, file);
    }
    return { savedAt: at.toISOString() };
  }

  return {
    folder,

    write(entry) {
      if (!isSafeSessionId(entry.id)) return Promise.reject(new UserFacingError('invalid-request', msg('sessionFiles.badId')));
      const previous = queues.get(entry.id) ?? Promise.resolve();
      const next = previous.catch(() => {}).then(() => writeNow(entry));
      queues.set(entry.id, next);
      void next.finally(() => {
        if (queues.get(entry.id) === next) queues.delete(entry.id);
      }).catch(() => {});
      return next;
    },

    async list() {
      const byId = new Map<string, LibraryFramework>();
      const problems: MirrorProblem[] = [];
      try {
        await init();
        let names: string[];
        try {
          names = (await fs.readdir(folder, { withFileTypes: true })).filter((e) => e.name.endsWith(FRAMEWORK_FILE_EXTENSION) && !e.name.startsWith('.')).map((e) => e.name);
        } catch (error) {
          if (errorCode(error) === 'ENOENT') return { frameworks: [], problems };
          throw error;
        }
        for (const name of names.sort()) {
          const file = path.join(folder, name);
          const loaded = await loadFile(file);
          if (!loaded.ok) {
            if (!loaded.missing) problems.push({ file, kind: 'unreadable', message: msg('frameworkFiles.library.unreadable', { reason: loaded.message }) });
            continue;
          }
          if (loaded.repairs.length) problems.push({ file, kind: 'repaired', message: msg('startup.problem.repaired', { count: loaded.repairs.length }), repairs: loaded.repairs.slice(0, 3) });
          const seen = byId.get(loaded.framework.id);
          if (!seen || loaded.framework.updatedAt > seen.updatedAt) byId.set(loaded.framework.id, loaded.framework);
        }
      } catch (error) {
        problems.push({ file: folder, message: msg('frameworkFiles.library.scanFailed', { detail: error instanceof Error ? error.message : String(error) }) });
      }
      const frameworks = [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
      return { frameworks, problems };
    },
  };
}
