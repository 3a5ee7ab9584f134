/**
 * The framework library, kept like the sessions: IndexedDB is the window's working copy and main
 * writes the durable copy beside the sessions (`mirrorFramework`, atomic). Every write goes to
 * IndexedDB first, then to disk; the first read of a window brings the two together (a framework
 * only on disk comes back, a newer copy wins, one only here is written out), so a wiped IndexedDB
 * loses nothing. Deleting is soft, so "Undo" brings a framework back.
 *
 * The built-in framework is never stored: it is code (shared/framework/builtInFramework.ts).
 */
import { BUILT_IN_FRAMEWORK_ID } from '../../../shared/framework/builtInFramework';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { frameworkOf, importedFramework, planFrameworkImport, savedRevision, type LibraryFramework } from '../../../shared/framework/libraryFramework';
import type { Message } from '../../../shared/i18n';
import type { FrameworkFileRefusal, MirrorProblem, OpenedFrameworkFile } from '../../../shared/ipc/contract';
import { validateFramework } from '../../../shared/framework/validateFramework';
import { AppError, call, isBridgeAvailable, windowWords } from '../platform/api';
import { windowText } from '../store/windowText';
import { db } from './database';
import { newId } from './sessionRepository';

/** What became of a framework file brought into the library. */
export type FrameworkImportOutcome =
  | { status: 'cancelled' }
  | {
      status: 'imported';
      framework: LibraryFramework;
      fileName: string;
      /** 'added': new here; 'same': the library held exactly it already; 'copy': its id was taken by other content, so it got a new one; 'replace': it took the place of a deleted copy. */
      how: 'added' | 'same' | 'copy' | 'replace';
      repairs: Message[];
    }
  | { status: 'refused'; fileName: string; code: FrameworkFileRefusal; message: Message };

/** A framework asked for by id that the library no longer holds. */
function gone(): AppError {
  return new AppError('not-found', windowWords('frameworkFiles.library.gone'));
}

let synced: Promise<MirrorProblem[]> | null = null;

/**
 * Brings IndexedDB and the copies on disk together, once per window (every read waits for it):
 * the newer copy of each framework wins. Returns what could not be read on disk.
 */
export function syncFrameworksWithDisk(): Promise<MirrorProblem[]> {
  synced ??= (async () => {
    if (!isBridgeAvailable()) return [];
    const { frameworks: onDisk, problems } = await call('listMirroredFrameworks', {});
    const local = await db.frameworks.toArray();
    const localById = new Map(local.map((f) => [f.id, f]));
    const diskById = new Map(onDisk.map((f) => [f.id, f]));
    const newerOnDisk = onDisk.filter((f) => (localById.get(f.id)?.updatedAt ?? -1) < f.updatedAt);
    await db.transaction('rw', db.frameworks, async () => {
      // Read again inside the transaction: a save meanwhile is not overwritten by an older disk copy.
      const current = await db.frameworks.bulkGet(newerOnDisk.map((f) => f.id));
      await db.frameworks.bulkPut(newerOnDisk.filter((f, i) => (current[i]?.updatedAt ?? -1) < f.updatedAt));
    });
    const newerHere = local.filter((f) => (diskById.get(f.id)?.updatedAt ?? -1) < f.updatedAt);
    for (const framework of newerHere) await call('mirrorFramework', { framework });
    return problems;
  })();
  // A failed comparison is tried again by the next read.
  synced.catch(() => {
    synced = null;
  });
  return synced;
}

/** Stores one framework of the library, then its durable copy. */
async function store(framework: LibraryFramework): Promise<LibraryFramework> {
  await db.frameworks.put(framework);
  if (isBridgeAvailable()) await call('mirrorFramework', { framework });
  return framework;
}

/** The firm's own frameworks (not deleted), most recently changed first. */
export async function listFrameworks(): Promise<LibraryFramework[]> {
  await syncFrameworksWithDisk();
  const all = await db.frameworks.orderBy('updatedAt').reverse().toArray();
  return all.filter((framework) => framework.deletedAt === null);
}

/** One framework of the library (deleted ones too, for "Undo"); undefined when there is none. */
export async function getFramework(id: string): Promise<LibraryFramework | undefined> {
  await syncFrameworksWithDisk();
  return db.frameworks.get(id);
}

/**
 * Saves a framework as a template: one revision more than the library's copy, stamped now. A
 * framework new to the library (a duplicate, a blank one) keeps its revision. The built-in
 * framework cannot be saved over: duplicate it first (a new id). A framework that breaks its rules
 * (validateFramework) is refused with the first problem, as a file of it would be.
 */
export async function saveFramework(framework: Framework): Promise<LibraryFramework> {
  if (framework.id === BUILT_IN_FRAMEWORK_ID) throw new AppError('forbidden', windowWords('frameworkFiles.library.builtInReadOnly'));
  // What breaks its rules is never stored: its copy on disk would be refused when read back.
  const [problem] = validateFramework(framework);
  if (problem) throw new AppError('invalid-request', windowText(problem), problem);
  await syncFrameworksWithDisk();
  const saved = await db.transaction('rw', db.frameworks, async () => {
    const next = savedRevision(framework, await db.frameworks.get(framework.id), Date.now());
    await db.frameworks.put(next);
    return next;
  });
  if (isBridgeAvailable()) await call('mirrorFramework', { framework: saved });
  return saved;
}

/** Marks a framework deleted (sessions made from it keep their copy); `restoreFramework` undoes it. */
export function deleteFramework(id: string): Promise<LibraryFramework> {
  return setDeleted(id, true);
}

/** Brings a deleted framework back ("Undo"). */
export function restoreFramework(id: string): Promise<LibraryFramework> {
  return setDeleted(id, false);
}

async function setDeleted(id: string, deleted: boolean): Promise<LibraryFramework> {
  await syncFrameworksWithDisk();
  const changed = await db.transaction('rw', db.frameworks, async () => {
    const current = await db.frameworks.get(id);
    if (!current) throw gone();
    const now = Date.now();
    const next = { ...current, deletedAt: deleted ? now : null, updatedAt: Math.max(now, current.updatedAt + 1) };
    await db.frameworks.put(next);
    return next;
  });
  if (isBridgeAvailable()) await call('mirrorFramework', { framework: changed });
  return changed;
}

/**
 * Brings a framework read from a file into the library: new here, already here (nothing changes),
 * in place of a deleted copy, or — when its id holds other content — as a separate framework with
 * a new id, so nothing in the library is ever overwritten.
 */
export async function addFrameworkFromFile(framework: Framework): Promise<{ framework: LibraryFramework; how: 'added' | 'same' | 'copy' | 'replace' }> {
  await syncFrameworksWithDisk();
  // The built-in framework's id is not for files: a file claiming it becomes a framework of its own.
  const existing = framework.id === BUILT_IN_FRAMEWORK_ID ? undefined : await db.frameworks.get(framework.id);
  const plan = framework.id === BUILT_IN_FRAMEWORK_ID ? 'new-id' : planFrameworkImport(framework, existing);
  if (plan === 'same') return { framework: existing!, how: 'same' };
  const entry = await store(importedFramework(framework, plan, newId, Date.now()));
  return { framework: entry, how: plan === 'new-id' ? 'copy' : plan === 'add' ? 'added' : 'replace' };
}

/** What a framework file turned into: refused as it came, or brought into the library. */
export async function importOpenedFrameworkFile(opened: OpenedFrameworkFile): Promise<FrameworkImportOutcome> {
  if (opened.status === 'cancelled') return opened;
  if (opened.status === 'refused') return { status: 'refused', fileName: opened.fileName, code: opened.code, message: opened.message };
  const { framework, how } = await addFrameworkFromFile(opened.framework);
  return { status: 'imported', framework, fileName: opened.fileName, how, repairs: opened.repairs };
}

/** Import: the system's Open dialog, then into the library. */
export async function importFrameworkWithDialog(): Promise<FrameworkImportOutcome> {
  return importOpenedFrameworkFile(await call('openFrameworkFile', {}));
}

/** A framework file the system named (a double-click, the command line), into the library. */
export async function importFrameworkFromPath(path: string): Promise<FrameworkImportOutcome> {
  return importOpenedFrameworkFile(await call('openFrameworkPath', { path }));
}

/** Export: the system's Save dialog, then an atomic write of the .rrframework file. */
export async function exportFramework(id: string): Promise<{ status: 'cancelled' } | { status: 'saved'; path: string; fileName: string }> {
  const entry = await getFramework(id);
  if (!entry) throw gone();
  return call('exportFrameworkFile', { framework: frameworkOf(entry) });
}

/** The framework a new session copies: the library's (without its bookkeeping), or undefined for the built-in one. */
export async function frameworkForNewSession(frameworkId: string | null | undefined): Promise<Framework | undefined> {
  if (!frameworkId || frameworkId === BUILT_IN_FRAMEWORK_ID) return undefined;
  const entry = await getFramework(frameworkId);
  if (!entry || entry.deletedAt !== null) throw gone();
  return frameworkOf(entry);
}
