/**
 * The server side of the room benchmark, in its own process (so its event loop is measured alone):
 *   mode "room": the real room server on 127.0.0.1, journal in <folder>, one open round;
 *   mode "echo": a bare `ws` server on 127.0.0.1 that sends every message back.
 * Prints "ready <port>", then answers the parent's IPC messages: "measure-start", "measure-end"
 * (→ event-loop p99 in ms), "count" (→ votes per phone in the journal and in the window's events).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { loadParticipantAssets } from '../../../electron/services/room/participantAssets';
import { openRoomJournal } from '../../../electron/services/room/roomJournal';
import { startRoomServer } from '../../../electron/services/room/roomServer';
import { MAX_MESSAGE_BYTES } from '../../../shared/room/protocol';
import { BENCH_ROOM_KEY, benchRound } from './roomBenchShared';

const [mode, folder, rendererDir] = process.argv.slice(2);
const histogram = monitorEventLoopDelay({ resolution: 1 });
const events = new Map<string, number>();
let journalCount: () => Promise<Map<string, number>> = async () => new Map();
let port = 0;

if (mode === 'echo') {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: false });
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  port = (wss.address() as { port: number }).port;
} else {
  const journal = await openRoomJournal(folder!);
  // The window is emulated: it stores each vote at once and confirms it (its own write is not measured here).
  const settle = { now: (_entryId: string) => {} };
  const server = await startRoomServer({
    addresses: ['127.0.0.1'],
    assets: await loadParticipantAssets(rendererDir!),
    sessionId: 'bench-session',
    roomKey: BENCH_ROOM_KEY,
    tokenSecret: 's'.repeat(32),
    joinCode: 'ACDEFG',
    anonymous: false,
    journal,
    now: Date.now,
    log: () => {},
    // Every simulated phone comes from 127.0.0.1; a room's phones each have their own address.
    limits: { maxConnectionsPerAddress: 1000, maxConnections: 1000, maxSocketsPerAddress: 5000, joinBurst: 1000, newcomersPerAddress: 1000 },
    onVote: (entry) => {
      events.set(entry.phoneId, (events.get(entry.phoneId) ?? 0) + 1);
      setImmediate(() => settle.now(entry.entryId));
    },
    onChange: () => {},
  });
  settle.now = (entryId) => server.settle(entryId, 'stored');
  server.setRoster({ language: 'en', max: 200, people: [], votes: [] });
  server.setRound({ kind: 'open', round: benchRound() });
  port = server.port;
  journalCount = async () => {
    const counts = new Map<string, number>();
    for (const entry of journal.all()) counts.set(entry.phoneId, (counts.get(entry.phoneId) ?? 0) + 1);
    return counts;
  };
}

process.on('message', (message: unknown) => {
  void (async () => {
    if (message === 'measure-start') {
      histogram.reset();
      histogram.enable();
      process.send!({ type: 'measure-started' });
    } else if (message === 'measure-end') {
      histogram.disable();
      process.send!({ type: 'eventloop', p99Ms: histogram.percentile(99) / 1e6 });
    } else if (message === 'count') {
      const journal = await journalCount();
      process.send!({ type: 'count', journal: [...journal.entries()], events: [...events.entries()] });
    }
  })();
});
process.stdout.write(`ready ${port}\n`);
