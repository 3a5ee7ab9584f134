/**
 * The room under a whole room voting at once, with simulated phones (ws clients on 127.0.0.1) and
 * the server in its own process (tests/bench/suites/roomBenchServer.ts):
 * - room.ack_p95_ms.60 / .200: vote sent → "received" back (journal flushed to disk first), 95th
 *   percentile, with 60 or 200 phones all voting within one second;
 * - room.echo_p95_ms: the same 60 phones against a bare `ws` echo server, in the same run;
 * - room.ratio_p95.60 = ack p95 / echo p95 (target ≤ 2): what the room adds over a bare socket;
 * - room.lost_votes.200: phones whose acknowledged vote is not in the journal and in the window's
 *   events exactly once, summed over all runs (target 0);
 * - room.eventloop_p99_ms.60: the server's event-loop delay, 99th percentile, during the 60 run;
 * - room.join_burst_ok.200 / room.join_burst_ms.200: 200 phones behaving like browsers (the page,
 *   then its files over up to four keep-alive connections, then the WebSocket: hello, join)
 *   arriving within one second: how many joined (target 200, the worst of the runs), and the time
 *   from the first arrival to the last welcome (median of the runs);
 * - bundle.participant_js_gzip_kb: the phone page's JavaScript, gzipped (target ≤ 100).
 * Latencies are the median over REPEATS interleaved runs of each run's p95.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import WebSocket from 'ws';
import { ROOM_PROTOCOL_VERSION } from '../../../shared/room/protocol';
import { errorRow, median, repoRoot, type BenchRow } from '../harness';
import { initialScripts } from './bundle';
import { BENCH_ROOM_KEY } from './roomBenchShared';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(here, 'roomBenchServer.ts');
const SPREAD_MS = 1000;
/** Runs of each measurement; the median of their p95s is reported. */
const REPEATS = 5;

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Server {
  child: ChildProcess;
  port: number;
  ask<T>(message: string, answer: string): Promise<T>;
  stop(): void;
}

function startServer(mode: 'room' | 'echo', folder: string, rendererDir: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = fork(SERVER, [mode, folder, rendererDir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the ${mode} server did not start: ${err.slice(0, 200)}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code}): ${err.slice(0, 200)}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        port: Number(match[1]),
        ask: <T>(message: string, answer: string) =>
          new Promise<T>((res) => {
            const onMessage = (reply: unknown) => {
              if ((reply as { type?: string }).type !== answer) return;
              child.off('message', onMessage);
              res(reply as T);
            };
            child.on('message', onMessage);
            child.send(message);
          }),
        stop: () => child.kill('SIGKILL'),
      });
    });
  });
}

function connect(port: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: `http://127.0.0.1:${port}`, perMessageDeflate: false });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** The next message of a given type on a socket. */
function next(ws: WebSocket, type: string): Promise<{ type: string; token?: string; voteId?: string }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type !== type) return;
      ws.off('message', onMessage);
      resolve(message);
    };
    ws.on('message', onMessage);
  });
}

/** n phones each send one message at an even spread over a second; returns send → answer times. */
async function spreadOverOneSecond(sockets: readonly WebSocket[], send: (ws: WebSocket, i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    sockets.map(
      (ws, i) =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => {
            const start = performance.now();
            send(ws, i).then(() => {
              latencies.push(performance.now() - start);
              resolve();
            }, reject);
          }, (i * SPREAD_MS) / sockets.length);
        }),
    ),
  );
  return latencies;
}

async function roomRun(phones: number, rendererDir: string): Promise<{ latencies: number[]; eventLoopP99: number; lost: number }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-bench-room-'));
  const server = await startServer('room', folder, rendererDir);
  const sockets: WebSocket[] = [];
  try {
    for (let i = 0; i < phones; i++) sockets.push(await connect(server.port));
    const tokens = await Promise.all(
      sockets.map(async (ws, i) => {
        const welcome = next(ws, 'welcome');
        ws.send(JSON.stringify({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: BENCH_ROOM_KEY }, name: `Phone ${i}` }));
        return (await welcome).token!;
      }),
    );
    await server.ask('measure-start', 'measure-started');
    const latencies = await spreadOverOneSecond(sockets, async (ws, i) => {
      const voteId = `bench-${String(i).padStart(6, '0')}`;
      const ack = next(ws, 'ack');
      ws.send(JSON.stringify({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: tokens[i], voteId, roundId: 'bench-round', score: (i % 5) + 1, comment: i % 3 ? '' : 'A short comment like people leave.' }));
      const answer = await ack;
      if (answer.voteId !== voteId) throw new Error('an acknowledgement answered another vote');
    });
    const { p99Ms } = await server.ask<{ p99Ms: number }>('measure-end', 'eventloop');
    const counts = await server.ask<{ journal: [string, number][]; events: [string, number][] }>('count', 'count');
    const journal = new Map(counts.journal);
    const events = new Map(counts.events);
    const exactlyOnce = [...journal.keys()].filter((phoneId) => journal.get(phoneId) === 1 && events.get(phoneId) === 1).length;
    return { latencies, eventLoopP99: p99Ms, lost: phones - Math.min(exactlyOnce, latencies.length) };
  } finally {
    for (const ws of sockets) ws.terminate();
    server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

function get(agent: http.Agent, port: number, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: pathname, agent, headers: { Accept: '*/*' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

/** One phone as a browser loads the room: page, its files in parallel, then the socket. Retries what failed, as the page does. */
async function browserLikeJoin(port: number, i: number): Promise<boolean> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  try {
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const page = await get(agent, port, '/');
        if (page.status !== 200) throw new Error(`page ${page.status}`);
        const files = [...page.body.matchAll(/(?:src|href)="(\.\.\/assets\/[^"]+)"/g)].map((m) => `/assets/${m[1]!.split('/').pop()}`);
        const answers = await Promise.all(files.map((f) => get(agent, port, f)));
        if (answers.some((a) => a.status !== 200)) throw new Error('a file failed');
        const ws = await connect(port);
        try {
          const lobby = next(ws, 'lobby');
          ws.send(JSON.stringify({ v: ROOM_PROTOCOL_VERSION, type: 'hello', key: BENCH_ROOM_KEY }));
          await lobby;
          const welcome = next(ws, 'welcome');
          ws.send(JSON.stringify({ v: ROOM_PROTOCOL_VERSION, type: 'join', credential: { kind: 'key', key: BENCH_ROOM_KEY }, name: `Burst ${i}` }));
          await welcome;
          return true;
        } finally {
          ws.terminate();
        }
      } catch (error) {
        if (process.env.RR_BENCH_DEBUG) console.error(`phone ${i} attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 400 * 2 ** attempt));
      }
    }
    return false;
  } finally {
    agent.destroy();
  }
}

export async function burstRun(phones: number, rendererDir: string): Promise<{ ok: number; ms: number }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-bench-burst-'));
  const server = await startServer('room', folder, rendererDir);
  try {
    const started = performance.now();
    let last = started;
    const results = await Promise.all(
      Array.from(
        { length: phones },
        (_, i) =>
          new Promise<boolean>((resolve) => {
            setTimeout(() => {
              const give = setTimeout(() => resolve(false), 20_000);
              void browserLikeJoin(server.port, i).then((ok) => {
                clearTimeout(give);
                if (ok) last = Math.max(last, performance.now());
                resolve(ok);
              });
            }, Math.floor((i * SPREAD_MS) / phones));
          }),
      ),
    );
    return { ok: results.filter(Boolean).length, ms: last - started };
  } finally {
    server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

async function echoRun(phones: number, rendererDir: string): Promise<number[]> {
  const server = await startServer('echo', os.tmpdir(), rendererDir);
  const sockets: WebSocket[] = [];
  try {
    for (let i = 0; i < phones; i++) sockets.push(await connect(server.port));
    return await spreadOverOneSecond(sockets, (ws, i) => {
      const text = JSON.stringify({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token: `cGhvbmUtMQ.0.${'t'.repeat(43)}`, voteId: `bench-${String(i).padStart(6, '0')}`, roundId: 'bench-round', score: 3, comment: '' });
      return new Promise<void>((resolve) => {
        ws.once('message', () => resolve());
        ws.send(text);
      });
    });
  } finally {
    for (const ws of sockets) ws.terminate();
    server.stop();
  }
}

async function participantBundleRow(rendererDir: string): Promise<BenchRow> {
  const id = 'bundle.participant_js_gzip_kb';
  const page = path.join(rendererDir, 'participant', 'index.html');
  if (!existsSync(page)) return errorRow(id, 'kB', 'out/renderer/participant/index.html is missing: run `npx electron-vite build`', '≤ 100');
  const scripts = initialScripts(await readFile(page, 'utf8'));
  let bytes = 0;
  for (const src of scripts) {
    const file = path.resolve(path.dirname(page), decodeURIComponent(src.split(/[?#]/)[0]!));
    bytes += gzipSync(await readFile(file), { level: 9 }).byteLength;
  }
  return { id, value: Math.round((bytes / 1024) * 10) / 10, unit: 'kB', target: '≤ 100' };
}

export async function run(): Promise<BenchRow[]> {
  const rendererDir = path.join(repoRoot(), 'out', 'renderer');
  const rows: BenchRow[] = [];
  if (!existsSync(path.join(rendererDir, 'participant', 'index.html'))) {
    const why = 'out/renderer/participant/index.html is missing: run `npx electron-vite build`';
    return [
      errorRow('room.ack_p95_ms.60', 'ms', why),
      errorRow('room.ack_p95_ms.200', 'ms', why),
      errorRow('room.echo_p95_ms', 'ms', why),
      errorRow('room.ratio_p95.60', '×', why, '≤ 2'),
      errorRow('room.lost_votes.200', 'votes', why, '≤ 0'),
      errorRow('room.eventloop_p99_ms.60', 'ms', why),
      errorRow('room.join_burst_ok.200', 'phones', why, '≥ 200'),
      errorRow('room.join_burst_ms.200', 'ms', why),
      await participantBundleRow(rendererDir),
    ];
  }
  // A warm-up of each, unrecorded: the first run pays for loading code.
  await echoRun(20, rendererDir);
  await roomRun(20, rendererDir);

  // The machine is shared: interleave the runs and keep the median of each p95, so a burst of
  // someone else's work lands on both sides instead of deciding the ratio.
  const echoP95: number[] = [];
  const ack60: number[] = [];
  const loop60: number[] = [];
  const ack200: number[] = [];
  let lost200 = 0;
  for (let i = 0; i < REPEATS; i++) {
    echoP95.push(percentile(await echoRun(60, rendererDir), 95));
    const sixty = await roomRun(60, rendererDir);
    ack60.push(percentile(sixty.latencies, 95));
    loop60.push(sixty.eventLoopP99);
    const twoHundred = await roomRun(200, rendererDir);
    ack200.push(percentile(twoHundred.latencies, 95));
    lost200 += twoHundred.lost;
  }
  const burstOk: number[] = [];
  const burstMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const burst = await burstRun(200, rendererDir);
    burstOk.push(burst.ok);
    burstMs.push(burst.ms);
  }
  const echo = median(echoP95);
  const sixty = median(ack60);
  rows.push(
    { id: 'room.ack_p95_ms.60', value: round2(sixty), unit: 'ms' },
    { id: 'room.ack_p95_ms.200', value: round2(median(ack200)), unit: 'ms' },
    { id: 'room.echo_p95_ms', value: round2(echo), unit: 'ms' },
    { id: 'room.ratio_p95.60', value: round2(sixty / echo), unit: '×', target: '≤ 2' },
    { id: 'room.lost_votes.200', value: lost200, unit: 'votes', target: '≤ 0' },
    { id: 'room.eventloop_p99_ms.60', value: round2(median(loop60)), unit: 'ms' },
    { id: 'room.join_burst_ok.200', value: Math.min(...burstOk), unit: 'phones', target: '≥ 200' },
    { id: 'room.join_burst_ms.200', value: Math.round(median(burstMs)), unit: 'ms' },
    await participantBundleRow(rendererDir),
  );
  return rows;
}
