/**
 * The recent session files (opened or saved as), newest first, kept by main in
 * `<userData>/recent-files.json`. A damaged list is simply started afresh: it only saves clicks.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentSessionFile } from '../../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT_FILES = 8;

const EntrySchema = z.object({
  path: z.string().min(1).max(4096),
  initiative: z.string().max(200),
  client: z.string().max(200),
  usedAt: z.string().max(40),
});
type Entry = z.infer<typeof EntrySchema>;

export interface RecentFiles {
  list(): Promise<RecentSessionFile[]>;
  remember(entry: { path: string; initiative: string; client: string }): Promise<void>;
  forget(filePath: string): Promise<boolean>;
}

export interface RecentFilesOptions {
  /** The JSON file holding the list. */
  file: string;
  now: () => Date;
  log?: (message: string) => void;
  max?: number;
}

/** Windows and macOS file systems ignore case, so C:\A.rrsession and c:\a.rrsession are one file. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function createRecentFiles(options: RecentFilesOptions): RecentFiles {
  const max = options.max ?? MAX_RECENT_FILES;
  const log = options.log ?? (() => {});
  /** Changes are queued so two at once never lose one another. */
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Entry[]> {
    let text: string;
    try {
      text = await fs.readFile(options.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = z.object({ files: z.array(z.unknown()) }).safeParse(JSON.parse(text));
      if (!parsed.success) return [];
      return parsed.data.files.flatMap((item) => {
        const entry = EntrySchema.safeParse(item);
        return entry.success && path.isAbsolute(entry.data.path) ? [entry.data] : [];
      });
    } catch {
      log(`the recent files list ${options.file} was unreadable and starts afresh`);
      return [];
    }
  }

  async function write(entries: Entry[]): Promise<void> {
    await fs.mkdir(path.dirname(options.file), { recursive: true });
    await writeFileAtomic(options.file, `${JSON.stringify({ version: 1, files: entries }, null, 1)}\n`);
  }

  function change<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  }

  return {
    async list() {
      await queue;
      const entries = await read();
      return Promise.all(
        entries.slice(0, max).map(async (entry) => ({
          ...entry,
          fileName: path.basename(entry.path),
          exists: await fs.stat(entry.path).then(
            (stats) => stats.isFile(),
            () => false,
          ),
        })),
      );
    },
    remember({ path: filePath, initiative, client }) {
      return change(async () => {
        const entry: Entry = { path: path.resolve(filePath), initiative: initiative.slice(0, 200), client: client.slice(0, 200), usedAt: options.now().toISOString() };
        const others = (await read()).filter((e) => !samePath(e.path, entry.path));
        await write([entry, ...others].slice(0, max));
      });
    },
    forget(filePath) {
      return change(async () => {
        const entries = await read();
        const kept = entries.filter((e) => !samePath(e.path, path.resolve(filePath)));
        if (kept.length === entries.length) return false;
        await write(kept);
        return true;
      });
    },
  };
}
