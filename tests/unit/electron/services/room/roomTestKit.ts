/**
 * Helpers for the room's tests: a fake built phone page, a room server on 127.0.0.1 with a
 * journal in a temporary folder, and scripted phones (ws clients that wait for messages).
 * Everything listens and connects on loopback only.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { LaptopMessage, PhoneMessageInput, RoundBrief } from '../../../../../shared/room/protocol';
import { ROOM_PROTOCOL_VERSION } from '../../../../../shared/room/protocol';
import type { RoomRoundState } from '../../../../../shared/room/roomRoundState';
import type { RoomRoster } from '../../../../../shared/room/roomRoster';
import type { RoomVoteEntry, RoomVoteOutcome } from '../../../../../shared/room/roomVoteEntry';
import { loadParticipantAssets } from '../../../../../electron/services/room/participantAssets';
import { openRoomJournal, type RoomJournal } from '../../../../../electron/services/room/roomJournal';
import { startRoomServer, type RoomLimits, type RoomServer } from '../../../../../electron/services/room/roomServer';

export const ROOM_KEY = 'k'.repeat(32);
export const TOKEN_SECRET = 's'.repeat(32);
export const JOIN_CODE = 'ACDEFG';

/** A minimal build: participant/index.html, one script importing another, one stylesheet. */
export async function fakeRendererDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rr-room-renderer-'));
  await mkdir(path.join(dir, 'participant'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(
    path.join(dir, 'participant', 'index.html'),
    '<!doctype html><html><head><script type="module" crossorigin src="../assets/phone-1.js"></script><link rel="stylesheet" href="../assets/phone-1.css"></head><body><main id="app"></main></body></html>',
  );
  await writeFile(path.join(dir, 'assets', 'phone-1.js'), 'import{a}from"./shared-1.js";console.log(a);');
  await writeFile(path.join(dir, 'assets', 'shared-1.js'), 'export const a=1;');
  await writeFile(path.join(dir, 'assets', 'phone-1.css'), 'body{margin:0}');
  await writeFile(path.join(dir, 'assets', 'secret-app.js'), 'the main app, not for phones');
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>the laptop app</title>');
  return dir;
}

export function roundBrief(id = 'round-1'): RoundBrief {
  return {
    id,
    gapId: 'data',
    gapNumber: 1,
    gapCount: 6,
    gapName: 'Data quality',
    gapColor: '#0072B2',
    roundNumber: 1,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({ level, name: `Level ${level}`, descriptor: `Descriptor ${level}` })),
  };
}

export function openState(id = 'round-1'): RoomRoundState {
  return { kind: 'open', round: roundBrief(id) };
}

/**
 * Every client of a test comes from 127.0.0.1; a room's phones each have their own address. The
 * test room tells its clients apart by their local port: a phone opened with `honestPort()` is
 * "honest", every other client is "stranger" (one address, as an attacker on the Wi-Fi would be).
 */
export const honestPorts = new Set<number>();

/** A free local port for an honest client to connect from. */
export async function honestPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  honestPorts.add(port);
  return port;
}

export function testPeerAddress(socket: net.Socket): string {
  return honestPorts.has(socket.remotePort ?? -1) ? `honest:${socket.remotePort}` : 'stranger';
}

/** A session roster for tests: `names` are the session's people (ids p-1, p-2, …). */
export function roster(names: readonly string[] = [], max = 200, extra: Partial<RoomRoster> = {}): RoomRoster {
  return { language: 'en', max, people: names.map((name, i) => ({ id: `p-${i + 1}`, name, voter: true, phone: false, handovers: 0 })), votes: [], ...extra };
}

export interface TestRoom {
  server: RoomServer;
  journal: RoomJournal;
  /** Votes handed to the window. */
  votes: RoomVoteEntry[];
  /** How the emulated window answers each vote (default: stored at once). */
  answer: (entry: RoomVoteEntry) => RoomVoteOutcome | null;
  changes: () => number;
  origin: string;
  url: string;
  folder: string;
  close(): Promise<void>;
}

export async function startTestRoom(
  options: { anonymous?: boolean; limits?: Partial<RoomLimits>; now?: () => number; folder?: string; port?: number; roomKey?: string; roster?: RoomRoster } = {},
): Promise<TestRoom> {
  const rendererDir = await fakeRendererDir();
  const folder = options.folder ?? (await mkdtemp(path.join(os.tmpdir(), 'rr-room-journal-')));
  const journal = await openRoomJournal(folder);
  const votes: RoomVoteEntry[] = [];
  let changes = 0;
  // eslint-disable-next-line prefer-const -- assigned once the room exists, read by onVote
  let room: TestRoom;
  const server = await startRoomServer({
    addresses: ['127.0.0.1'],
    ...(options.port ? { port: options.port } : {}),
    assets: await loadParticipantAssets(rendererDir),
    sessionId: 'session-1',
    roomKey: options.roomKey ?? ROOM_KEY,
    tokenSecret: TOKEN_SECRET,
    peerAddress: testPeerAddress,
    joinCode: JOIN_CODE,
    anonymous: options.anonymous ?? false,
    journal,
    now: options.now ?? Date.now,
    log: () => {},
    limits: options.limits ?? {},
    onVote: (entry) => {
      votes.push(entry);
      // The window stores the vote in the session, then confirms it (here: on the next turn).
      setImmediate(() => {
        const outcome = room.answer(entry);
        if (outcome) server.settle(entry.entryId, outcome);
      });
    },
    onChange: () => {
      changes++;
    },
  });
  server.setRoster(options.roster ?? roster());
  const origin = `http://127.0.0.1:${server.port}`;
  room = {
    server,
    journal,
    votes,
    answer: () => 'stored',
    changes: () => changes,
    origin,
    url: `ws://127.0.0.1:${server.port}/ws`,
    folder,
    close: async () => {
      await server.close();
      await journal.close();
      await rm(rendererDir, { recursive: true, force: true });
      if (!options.folder) await rm(folder, { recursive: true, force: true });
    },
  };
  return room;
}

/** A scripted phone: a ws client that keeps every message and can wait for one. */
export class TestPhone {
  readonly received: LaptopMessage[] = [];
  readonly ws: WebSocket;
  token: string | null = null;
  closed = false;
  closeCode: number | null = null;
  private waiters: { match: (m: LaptopMessage) => boolean; resolve: (m: LaptopMessage) => void }[] = [];
  private cursor = 0;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as LaptopMessage;
      if (message.type === 'welcome') this.token = message.token;
      this.received.push(message);
      for (const w of [...this.waiters]) {
        if (w.match(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    });
    ws.on('close', (code) => {
      this.closed = true;
      this.closeCode = code;
    });
  }

  /** A phone; `honest` ones connect from a port of their own (see honestPorts). */
  static async connect(url: string, origin: string, headers: Record<string, string> = {}, honest = false): Promise<TestPhone> {
    const localPort = honest ? await honestPort() : undefined;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { origin, headers, ...(localPort ? { localPort, localAddress: '127.0.0.1' } : {}) });
      const phone = new TestPhone(ws);
      ws.once('open', () => resolve(phone));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  send(message: PhoneMessageInput | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer, binary = false): void {
    this.ws.send(data, { binary });
  }

  /** The next message (after those already waited for) that matches. */
  next<T extends LaptopMessage['type']>(type: T, timeoutMs = 5000): Promise<Extract<LaptopMessage, { type: T }>> {
    const match = (m: LaptopMessage) => m.type === type;
    const already = this.received.slice(this.cursor).find(match);
    if (already) {
      this.cursor = this.received.indexOf(already) + 1;
      return Promise.resolve(already as Extract<LaptopMessage, { type: T }>);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(this.received.slice(-3))}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          this.cursor = this.received.indexOf(m) + 1;
          resolve(m as Extract<LaptopMessage, { type: T }>);
        },
      });
    });
  }

  async join(
    name: string | null = 'Ana',
    credential: { kind: 'key'; key: string } | { kind: 'code'; code: string } = { kind: 'key', key: ROOM_KEY },
    extra: { as?: string; ask?: boolean } = {},
  ): Promise<string> {
    this.send({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential, name, ...extra });
    const welcome = await this.next('welcome');
    return welcome.token;
  }

  vote(roundId: string, score: 1 | 2 | 3 | 4 | 5 | 'unsure', voteId: string, comment = ''): void {
    this.send({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: this.token!, voteId, roundId, score, comment });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
