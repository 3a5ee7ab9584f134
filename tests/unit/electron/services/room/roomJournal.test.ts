/** The room journal: on disk before the ack, confirmed entries dropped, a torn last line cut, pending handed back. */
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JOURNAL_FILE_NAME, openRoomJournal, readJournalFile } from '../../../../../electron/services/room/roomJournal';

let folder: string;
const file = () => path.join(folder, JOURNAL_FILE_NAME);
const fields = (n: number) => ({ sessionId: 's1', roundId: 'r1', phoneId: 'phone-0123456789ab', name: n % 2 ? 'Ana' : null, score: ((n % 5) + 1) as 1, comment: '', at: 1000 + n });

/** FileHandle is not exported by node:fs/promises; its prototype is reached through a handle. */
async function fileHandlePrototype(): Promise<{ write(data: string): Promise<unknown> }> {
  const handle = await fs.open(path.join(folder, 'probe'), 'w');
  await handle.close();
  return Object.getPrototypeOf(handle) as { write(data: string): Promise<unknown> };
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'rr-journal-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

describe('room journal', () => {
  it('a vote is on disk (flushed) when append resolves', async () => {
    const journal = await openRoomJournal(folder);
    const order: string[] = [];
    const entry = await journal.append(fields(1)).then((e) => {
      order.push('resolved');
      return e;
    });
    const onDisk = await readJournalFile(file());
    expect(onDisk.entries).toEqual([entry]);
    expect(order).toEqual(['resolved']);
    await journal.close();
  });

  it('groups many appends into few flushes, and keeps them all in order', async () => {
    const journal = await openRoomJournal(folder);
    const writes = vi.spyOn(await fileHandlePrototype(), 'write');
    const entries = await Promise.all(Array.from({ length: 200 }, (_, i) => journal.append(fields(i))));
    expect(new Set(entries.map((e) => e.entryId)).size).toBe(200);
    // Each write (with O_DSYNC, or followed by fdatasync) is one flush: far fewer than 200.
    expect(writes.mock.calls.length).toBeLessThan(50);
    expect((await readJournalFile(file())).entries.map((e) => e.at)).toEqual(entries.map((e) => e.at));
    await journal.close();
  });

  it('hands back the unconfirmed votes after a restart, and compacts the confirmed ones away', async () => {
    const journal = await openRoomJournal(folder);
    const a = await journal.append(fields(1));
    const b = await journal.append(fields(2));
    const c = await journal.append(fields(3));
    expect(await journal.confirm(b.entryId, 'stored')).toBe(true);
    expect(await journal.confirm(b.entryId, 'stored')).toBe(false);
    expect(await journal.confirm('unknown-id-1234', 'stored')).toBe(false);
    expect(journal.pending().map((e) => e.entryId)).toEqual([a.entryId, c.entryId]);
    await journal.close();

    const again = await openRoomJournal(folder);
    expect(again.pending().map((e) => e.entryId)).toEqual([a.entryId, c.entryId]);
    const text = await readFile(file(), 'utf8');
    expect(text).not.toContain(b.entryId);
    await again.confirm(a.entryId, 'late');
    await again.confirm(c.entryId, 'stored');
    await again.close();
    expect((await openRoomJournal(folder)).pending()).toEqual([]);
  });

  it('cuts a torn last line (never acknowledged) and skips unreadable lines', async () => {
    const journal = await openRoomJournal(folder);
    const a = await journal.append(fields(1));
    await journal.close();
    await appendFile(file(), '{"t":"vote","entry":{"entryId":"torn');
    const logs: string[] = [];
    const again = await openRoomJournal(folder, (m) => logs.push(m));
    expect(again.pending().map((e) => e.entryId)).toEqual([a.entryId]);
    const b = await again.append(fields(2));
    await again.close();
    const read = await readJournalFile(file());
    expect(read.entries.map((e) => e.entryId)).toEqual([a.entryId, b.entryId]);
    expect(read.skipped).toBe(0);

    await writeFile(file(), `garbage\n${JSON.stringify({ t: 'vote', entry: { ...a, score: 9 } })}\n${(await readFile(file(), 'utf8'))}`);
    const third = await openRoomJournal(folder, (m) => logs.push(m));
    expect(third.pending().map((e) => e.entryId)).toEqual([a.entryId, b.entryId]);
    expect(logs.some((m) => m.includes('2 unreadable'))).toBe(true);
    await third.close();
  });

  it('a failed write rejects the append (the phone is told, nothing is acknowledged)', async () => {
    const journal = await openRoomJournal(folder);
    vi.spyOn(await fileHandlePrototype(), 'write').mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(journal.append(fields(1))).rejects.toThrow('disk full');
    expect(journal.pending()).toEqual([]);
    await journal.close();
  });
});
