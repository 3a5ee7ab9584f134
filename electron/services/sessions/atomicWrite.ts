/**
 * Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder. A crash or a kill at any moment leaves either the old file or the new
 * one, never a mix; a failure leaves the old file untouched and no temp file behind.
 *
 * Plain Node only (no electron). All calls go through the `fs` default object so tests can
 * simulate failures with `vi.spyOn(fs, 'rename')`.
 */
import crypto from 'node:crypto';
import { type Dirent } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** `.<basename>.<12 hex digits>.tmp`, the temp files this module creates. */
const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Errors some platforms give for fsync (or open) on a directory; the rename is still done. */
const DIRECTORY_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EACCES', 'EBADF']);

/** Windows refuses a rename while another program (antivirus, indexer) holds the target open. */
const WINDOWS_RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isTempFileName(name: string): boolean {
  return TEMP_FILE_PATTERN.test(name);
}

function tempPathFor(filePath: string): string {
  const folder = path.dirname(filePath);
  const base = path.basename(filePath);
  return path.join(folder, `.${base}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (process.platform !== 'win32' || attempt >= 8 || !code || !WINDOWS_RETRYABLE_RENAME.has(code)) throw error;
      await sleep(10 * 2 ** attempt);
    }
  }
}

/** Makes a rename durable: fsync the folder that holds the entry. A no-op where unsupported. */
export async function fsyncDirectory(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (!code || !DIRECTORY_FSYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close().catch(() => {});
  }
}

/**
 * Replaces `filePath` with `data` atomically and durably. The folder must exist. On failure the
 * temp file is removed and the error rethrown; the previous file stays byte for byte.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(filePath);
  const folder = path.dirname(target);
  const temp = tempPathFor(target);
  let handle: FileHandle | undefined;
  try {
    // 'wx': never follow or reuse anything already at the temp path.
    handle = await fs.open(temp, 'wx', 0o666);
    const previousMode = await fs.stat(target).then(
      (stats) => (stats.isFile() ? stats.mode & 0o777 : undefined),
      () => undefined,
    );
    if (previousMode !== undefined) await handle.chmod(previousMode).catch(() => {});
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await fsyncDirectory(folder);
}

/**
 * Deletes temp files left in `folder` by a crash mid-write (not in subfolders). Call it at start,
 * before any write to that folder begins. Returns how many were removed; a missing folder is 0.
 */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return 0;
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !isTempFileName(entry.name)) continue;
    try {
      await fs.unlink(path.join(folder, entry.name));
      removed++;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return removed;
}
