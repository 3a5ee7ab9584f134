/**
 * SIGKILL of the room server's process while phones keep voting: every vote a phone was told
 * "received" is in the journal when the journal is read again. Run three times, killed at
 * different moments.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openRoomJournal } from '../../../../../electron/services/room/roomJournal';
import { ROOM_KEY, TestPhone } from './roomTestKit';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'roomServerChild.ts');
const PHONES = 20;

let child: ChildProcess | null = null;
const folders: string[] = [];

afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

function startChild(folder: string): Promise<number> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', CHILD, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the room process exited (${code}) before it was ready: ${err}`)));
  });
}

async function killRun(acksBeforeKill: number): Promise<{ acked: Set<string>; onDisk: Set<string> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-room-kill-'));
  folders.push(folder);
  const port = await startChild(folder);
  const origin = `http://127.0.0.1:${port}`;
  const phones = await Promise.all(Array.from({ length: PHONES }, () => TestPhone.connect(`ws://127.0.0.1:${port}/ws`, origin)));
  await Promise.all(phones.map((p, i) => p.join(`Phone ${i}`, { kind: 'key', key: ROOM_KEY })));

  const acked = new Set<string>();
  let sent = 0;
  let killed = false;
  await new Promise<void>((resolve) => {
    const voteAgain = (p: TestPhone, i: number): void => {
      if (killed) return;
      const id = `v${String(sent++).padStart(7, '0')}`;
      p.vote('round-1', ((sent % 5) + 1) as 1, id, `${i}:${id}`);
    };
    phones.forEach((p, i) => {
      p.ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; voteId?: string };
        if (message.type !== 'ack' || killed) return;
        acked.add(message.voteId!);
        if (acked.size >= acksBeforeKill) {
          // Kill at once, with other phones' votes still in flight.
          killed = true;
          child!.kill('SIGKILL');
          resolve();
          return;
        }
        voteAgain(p, i);
      });
      voteAgain(p, i);
    });
  });
  await new Promise<void>((resolve) => (child!.exitCode !== null || child!.signalCode !== null ? resolve() : child!.once('exit', () => resolve())));
  await Promise.all(phones.map((p) => p.close().catch(() => {})));

  const journal = await openRoomJournal(folder);
  const onDisk = new Set(journal.all().map((e) => e.comment.split(':')[1]!));
  await journal.close();
  return { acked, onDisk };
}

describe('the room journal survives SIGKILL', () => {
  it.each([37, 150, 400])('no acknowledged vote is lost when killed after %i acknowledgements', async (n) => {
    const { acked, onDisk } = await killRun(n);
    expect(acked.size).toBeGreaterThanOrEqual(n);
    const lost = [...acked].filter((id) => !onDisk.has(id));
    expect(lost).toEqual([]);
  }, 60_000);
});
