/**
 * The room's journal: one JSON line per phone vote, appended and flushed to disk before the
 * phone hears "received", and one line per confirmation from the window. Votes the
 * window never confirmed are handed to it again after a crash or a restart.
 *
 * Writes are grouped: every line queued while a flush is under way goes out in the next single
 * synchronous write (O_DSYNC; a write then fdatasync where the system has no O_DSYNC), so 200
 * phones voting at once cost a handful of flushes, not 200.
 * A torn last line (the process died mid-write) was never acknowledged; it is cut off on open.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { RoomVoteEntrySchema, RoomVoteOutcomeSchema, type RoomVoteEntry, type RoomVoteOutcome } from '../../../shared/room/roomVoteEntry';
import { errorCode, writeFileAtomic } from '../sessions/atomicWrite';

export const JOURNAL_FILE_NAME = 'room-votes.jsonl';

export interface RoomJournal {
  /** Appends a vote; resolves once it is on disk. */
  append(entry: Omit<RoomVoteEntry, 'entryId'>): Promise<RoomVoteEntry>;
  /** Records the window's confirmation; resolves once it is on disk. Unknown ids are ignored. */
  confirm(entryId: string, outcome: RoomVoteOutcome): Promise<boolean>;
  /** Votes not confirmed yet, oldest first. */
  pending(): RoomVoteEntry[];
  /** Every vote in the journal, confirmed or not (tests and the benchmark count them). */
  all(): RoomVoteEntry[];
  close(): Promise<void>;
}

type Line = { t: 'vote'; entry: RoomVoteEntry } | { t: 'confirm'; entryId: string; outcome: RoomVoteOutcome };

function parseLine(text: string): Line | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as { t?: unknown; entry?: unknown; entryId?: unknown; outcome?: unknown };
  if (record.t === 'vote') {
    const entry = RoomVoteEntrySchema.safeParse(record.entry);
    return entry.success ? { t: 'vote', entry: entry.data } : null;
  }
  if (record.t === 'confirm' && typeof record.entryId === 'string') {
    const outcome = RoomVoteOutcomeSchema.safeParse(record.outcome);
    return outcome.success ? { t: 'confirm', entryId: record.entryId, outcome: outcome.data } : null;
  }
  return null;
}

/** Reads a journal file: its entries and confirmations, and where its last whole line ends. */
export async function readJournalFile(file: string): Promise<{ entries: RoomVoteEntry[]; confirmed: Set<string>; wholeBytes: number; skipped: number }> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { entries: [], confirmed: new Set(), wholeBytes: 0, skipped: 0 };
    throw error;
  }
  const wholeBytes = buffer.lastIndexOf(0x0a) + 1;
  const entries: RoomVoteEntry[] = [];
  const confirmed = new Set<string>();
  let skipped = 0;
  for (const text of buffer.subarray(0, wholeBytes).toString('utf8').split('\n')) {
    if (text.trim() === '') continue;
    const line = parseLine(text);
    if (!line) skipped++;
    else if (line.t === 'vote') entries.push(line.entry);
    else confirmed.add(line.entryId);
  }
  return { entries, confirmed, wholeBytes, skipped };
}

interface Queued {
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Opens (or creates) the journal in `folder`. Confirmed votes are dropped on open (the file is
 * rewritten atomically with only the pending ones), so the journal never grows past one room.
 */
export async function openRoomJournal(folder: string, log: (message: string) => void = () => {}): Promise<RoomJournal> {
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, JOURNAL_FILE_NAME);
  const read = await readJournalFile(file);
  if (read.skipped > 0) log(`room journal: ${read.skipped} unreadable line(s) skipped`);
  const votes = new Map<string, RoomVoteEntry>(read.entries.map((e) => [e.entryId, e]));
  const confirmed = new Set([...read.confirmed].filter((id) => votes.has(id)));
  const pendingOnOpen = read.entries.filter((e) => !confirmed.has(e.entryId));
  if (confirmed.size > 0 || read.skipped > 0 || read.wholeBytes !== (await fileSize(file))) {
    // Compact: keep only what the window still has to store.
    await writeFileAtomic(file, pendingOnOpen.map((entry) => `${JSON.stringify({ t: 'vote', entry })}\n`).join(''));
    for (const id of confirmed) votes.delete(id);
    confirmed.clear();
  }

  // Where the system offers it, O_DSYNC makes each write return only once its data is on disk:
  // one trip to the disk per batch instead of a write then an fdatasync.
  const dsync = constants.O_DSYNC;
  const handle: FileHandle = await fs.open(file, dsync ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | dsync : 'a');
  let queue: Queued[] = [];
  let flushing = false;
  let closed = false;

  const flush = async (): Promise<void> => {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue;
        queue = [];
        try {
          await handle.write(batch.map((q) => q.text).join(''));
          if (!dsync) await handle.datasync();
          for (const q of batch) q.resolve();
        } catch (error) {
          for (const q of batch) q.reject(error);
        }
      }
    } finally {
      flushing = false;
    }
  };

  const write = (line: Line): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (closed) {
        reject(new Error('The room journal is closed.'));
        return;
      }
      queue.push({ text: `${JSON.stringify(line)}\n`, resolve, reject });
      void flush();
    });

  return {
    async append(fields) {
      // The fields come from a parsed phone message and the server itself: no second parse on the hot path.
      const entry: RoomVoteEntry = { ...fields, entryId: randomBytes(12).toString('base64url') };
      await write({ t: 'vote', entry });
      votes.set(entry.entryId, entry);
      return entry;
    },
    async confirm(entryId, outcome) {
      if (!votes.has(entryId) || confirmed.has(entryId)) return false;
      confirmed.add(entryId);
      await write({ t: 'confirm', entryId, outcome });
      return true;
    },
    pending: () => [...votes.values()].filter((e) => !confirmed.has(e.entryId)),
    all: () => [...votes.values()],
    async close() {
      if (closed) return;
      closed = true;
      while (flushing || queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await handle.close();
    },
  };
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}
