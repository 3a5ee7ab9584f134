/**
 * The room server: plain Node `http` + `ws`, on the laptop's local-network addresses (or loopback
 * for a test), one port for all of them. Phones load the voting page and open one WebSocket.
 *
 * What a phone may do: join (with the QR key, or the short code — rate limited), resume with its
 * participant token, and vote in the open round. Every later message carries the token. What a
 * phone may never do: open, reveal or close a round, or see anyone else's vote before the reveal;
 * those exist only on the laptop, through `setRound`.
 *
 * A vote is written to the journal and flushed to disk before the phone hears "received"; only
 * then does `onVote` hand it to the window.
 */
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  MAX_MESSAGE_BYTES,
  parsePhoneMessage,
  ROOM_PROTOCOL_VERSION,
  ROOM_SOCKET_PATH,
  type JoinMessage,
  type LaptopMessage,
  type MyVote,
  type PhoneState,
  type RefusalCode,
  type ResumeMessage,
  type VoteMessage,
} from '../../../shared/room/protocol';
import type { ClosedRoundBrief, RoomRoundState } from '../../../shared/room/roomRoundState';
import type { RoomVoteEntry } from '../../../shared/room/roomVoteEntry';
import { CodeGuard, DEFAULT_CODE_GUARD, TokenBucket, type CodeGuardOptions } from './rateLimits';
import type { RoomJournal } from './roomJournal';
import { handleRoomHttp } from './roomHttp';
import type { ParticipantAssets } from './participantAssets';
import { newParticipantToken, newPhoneId, sameSecret, tokenDigest } from './roomSecrets';

export interface RoomLimits {
  /** WebSocket connections at once, all phones together. */
  maxConnections: number;
  /** WebSocket connections at once from one network address. */
  maxConnectionsPerAddress: number;
  /** HTTP sockets at once (page loads and WebSockets together). */
  maxHttpConnections: number;
  /** Phones that may join one room. */
  maxParticipants: number;
  /** Steady messages per second per connection, after a burst of `messageBurst`. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Refused messages (too fast, malformed) after which a connection is closed. */
  strikesBeforeClose: number;
  /** A connection that has not joined within this time is closed. */
  joinTimeoutMs: number;
  heartbeatMs: number;
  codeGuard: CodeGuardOptions;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  maxConnections: 300,
  maxConnectionsPerAddress: 12,
  maxHttpConnections: 400,
  maxParticipants: 250,
  messagesPerSecond: 5,
  messageBurst: 20,
  strikesBeforeClose: 40,
  joinTimeoutMs: 10 * 60_000,
  heartbeatMs: 25_000,
  codeGuard: DEFAULT_CODE_GUARD,
};

export interface RoomServerOptions {
  /** IP addresses to listen on (all get the same port). */
  addresses: readonly string[];
  /** 0 (default) picks a free port. */
  port?: number;
  assets: ParticipantAssets;
  sessionId: string;
  roomKey: string;
  joinCode: string;
  anonymous: boolean;
  journal: RoomJournal;
  now(): number;
  log(message: string): void;
  limits?: Partial<RoomLimits>;
  /** A vote is on disk and acknowledged: hand it to the window. */
  onVote(entry: RoomVoteEntry): void;
  /** Joins, connections, code lock or votes changed what the laptop shows. */
  onChange(): void;
}

export interface RoomServerStats {
  joined: number;
  connected: number;
  codeLocked: boolean;
  openRoundId: string | null;
  phoneVotesInRound: number;
}

export interface RoomServer {
  port: number;
  /** `http://<address>:<port>` for each address: the only origins a WebSocket may come from. */
  origins: readonly string[];
  setRound(state: RoomRoundState): void;
  setAnonymous(anonymous: boolean): void;
  stats(): RoomServerStats;
  /** Tells every phone the room is closed, then stops listening. */
  close(): Promise<void>;
}

interface Participant {
  phoneId: string;
  name: string | null;
  /** The latest vote the laptop acknowledged, per round. */
  votes: Map<string, MyVote>;
  /** Vote ids already handled (or being written), with what was recorded, so a resend counts once. */
  seen: Map<string, Promise<{ roundId: string; vote: MyVote } | null>>;
  connections: Set<Connection>;
}

interface Connection {
  ws: WebSocket;
  address: string;
  bucket: TokenBucket;
  participant: Participant | null;
  strikes: number;
  lastSlowDown: number;
  alive: boolean;
  joinTimer: ReturnType<typeof setTimeout> | null;
}

const REFUSALS: Record<RefusalCode, string> = {
  'bad-message': 'The message was not understood.',
  'bad-key': 'This QR code belongs to another room.',
  'bad-code': 'That code does not match this room.',
  'code-locked': 'The short code is switched off after too many wrong tries. Scan the QR code instead.',
  'too-many-attempts': 'Too many wrong codes from this phone. Wait a minute, or scan the QR code.',
  'unknown-participant': 'This room does not know this phone (yet).',
  'room-full': 'The room is full.',
  'not-joined': 'Join the room first.',
  'round-closed': 'Voting on this round is closed.',
  'slow-down': 'Too many messages at once. Wait a moment.',
  'not-saved': 'The laptop could not save this vote. Try again, or tell the facilitator.',
  'room-closed': 'The room is closed.',
};

function rejectUpgrade(socket: Socket, status: number, reason: string): void {
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function listen(server: http.Server, address: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host: address, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const limits: RoomLimits = { ...DEFAULT_ROOM_LIMITS, ...options.limits };
  const { journal, now, log } = options;
  if (options.addresses.length === 0) throw new Error('The room needs at least one address to listen on.');

  let anonymous = options.anonymous;
  let round: RoomRoundState = { kind: 'none' };
  /** An open round that went away without a reveal: phones are told voting closed on it. */
  let vanished: ClosedRoundBrief | null = null;
  let closing = false;
  const participants = new Map<string, Participant>(); // by token digest
  const connections = new Set<Connection>();
  const perAddress = new Map<string, number>();
  const codeGuard = new CodeGuard(limits.codeGuard, now);
  let phoneVotesInRound = 0;

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: false });

  // ---- what a phone is told ------------------------------------------------------------------

  const send = (conn: Connection, message: LaptopMessage): void => {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(message));
  };

  const refuse = (conn: Connection, code: RefusalCode, voteId?: string): void => {
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'refused', code, message: REFUSALS[code], ...(voteId ? { voteId } : {}) });
  };

  const phoneStateOf = (p: Participant): PhoneState => {
    if (round.kind === 'open') return { phase: 'voting', round: round.round, myVote: p.votes.get(round.round.id) ?? null };
    if (round.kind === 'closed') return { phase: 'round-closed', round: round.round, myVote: p.votes.get(round.round.id) ?? null, distribution: round.distribution };
    if (vanished) return { phase: 'round-closed', round: vanished, myVote: p.votes.get(vanished.id) ?? null, distribution: null };
    return { phase: 'waiting' };
  };

  const pushState = (p: Participant): void => {
    const message: LaptopMessage = { v: ROOM_PROTOCOL_VERSION, type: 'state', state: phoneStateOf(p) };
    for (const conn of p.connections) send(conn, message);
  };

  const welcome = (conn: Connection, p: Participant, token: string, roomKey?: string): void => {
    p.connections.add(conn);
    conn.participant = p;
    if (conn.joinTimer) clearTimeout(conn.joinTimer);
    conn.joinTimer = null;
    // In an anonymous room names never leave the laptop, not even back to their own phone.
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'welcome', token, name: anonymous ? null : p.name, anonymous, ...(roomKey ? { roomKey } : {}) });
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'state', state: phoneStateOf(p) });
  };

  // ---- messages ------------------------------------------------------------------------------

  const onJoin = (conn: Connection, message: JoinMessage): void => {
    const { credential } = message;
    if (credential.kind === 'key') {
      if (!sameSecret(credential.key, options.roomKey)) {
        refuse(conn, 'bad-key');
        return;
      }
    } else {
      const verdict = codeGuard.check(conn.address);
      if (verdict !== 'allowed') {
        refuse(conn, verdict);
        return;
      }
      if (!sameSecret(credential.code, options.joinCode)) {
        const wasLocked = codeGuard.locked;
        codeGuard.fail(conn.address);
        refuse(conn, codeGuard.locked ? 'code-locked' : 'bad-code');
        if (!wasLocked && codeGuard.locked) {
          log('room: the short code was switched off after too many wrong tries');
          options.onChange();
        }
        return;
      }
    }
    if (participants.size >= limits.maxParticipants) {
      refuse(conn, 'room-full');
      return;
    }
    conn.participant?.connections.delete(conn);
    const token = newParticipantToken();
    const p: Participant = { phoneId: newPhoneId(), name: message.name === '' ? null : message.name, votes: new Map(), seen: new Map(), connections: new Set() };
    participants.set(tokenDigest(token), p);
    welcome(conn, p, token, credential.kind === 'code' ? options.roomKey : undefined);
    options.onChange();
  };

  const participantFor = (token: string): Participant | null => participants.get(tokenDigest(token)) ?? null;

  const onResume = (conn: Connection, message: ResumeMessage): void => {
    const p = participantFor(message.token);
    if (!p) {
      refuse(conn, 'unknown-participant');
      return;
    }
    if (conn.participant && conn.participant !== p) conn.participant.connections.delete(conn);
    welcome(conn, p, message.token);
    options.onChange();
  };

  const onVote = (conn: Connection, message: VoteMessage): void => {
    const p = participantFor(message.token);
    if (!p) {
      refuse(conn, 'unknown-participant', message.voteId);
      return;
    }
    if (conn.participant !== p) {
      refuse(conn, 'not-joined', message.voteId);
      return;
    }
    const earlier = p.seen.get(message.voteId);
    if (earlier) {
      // A resend (lost connection, reload) or a replay: it counts once; answer as the first time.
      void earlier.then((recorded) => {
        if (recorded) send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'ack', voteId: message.voteId, roundId: recorded.roundId, vote: recorded.vote });
        else refuse(conn, 'round-closed', message.voteId);
      });
      return;
    }
    if (round.kind !== 'open' || round.round.id !== message.roundId) {
      refuse(conn, 'round-closed', message.voteId);
      return;
    }
    if (p.seen.size >= 500) p.seen.delete(p.seen.keys().next().value!);
    const vote: MyVote = { score: message.score, comment: message.comment };
    const roundId = message.roundId;
    const written = journal
      .append({ sessionId: options.sessionId, roundId, phoneId: p.phoneId, name: p.name, score: vote.score, comment: vote.comment, at: now() })
      .then(
        (entry) => {
          p.votes.set(roundId, vote);
          if (round.kind === 'open' && round.round.id === roundId) phoneVotesInRound = countVotes(roundId);
          // Every connection of this phone learns the vote (two tabs stay in step).
          for (const c of p.connections) send(c, { v: ROOM_PROTOCOL_VERSION, type: 'ack', voteId: message.voteId, roundId, vote });
          if (!p.connections.has(conn)) send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'ack', voteId: message.voteId, roundId, vote });
          options.onVote(entry);
          options.onChange();
          return { roundId, vote };
        },
        (error: unknown) => {
          log(`room: a vote could not be written to the journal: ${error instanceof Error ? error.message : String(error)}`);
          p.seen.delete(message.voteId);
          refuse(conn, 'not-saved', message.voteId);
          return null;
        },
      );
    p.seen.set(message.voteId, written);
  };

  const countVotes = (roundId: string): number => {
    let n = 0;
    for (const p of participants.values()) if (p.votes.has(roundId)) n++;
    return n;
  };

  const strike = (conn: Connection): void => {
    conn.strikes += 1;
    if (conn.strikes >= limits.strikesBeforeClose) {
      log(`room: closed a connection from ${conn.address} after ${conn.strikes} refused messages`);
      conn.ws.close(1008, 'Too many refused messages');
    }
  };

  const onMessage = (conn: Connection, data: RawData, isBinary: boolean): void => {
    if (closing) return;
    if (!conn.bucket.take()) {
      strike(conn);
      const t = now();
      if (t - conn.lastSlowDown > 1000) {
        conn.lastSlowDown = t;
        refuse(conn, 'slow-down');
      }
      return;
    }
    if (isBinary) {
      strike(conn);
      refuse(conn, 'bad-message');
      return;
    }
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
    const parsed = parsePhoneMessage(text);
    if (!parsed.ok) {
      strike(conn);
      send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'refused', code: 'bad-message', message: parsed.message.slice(0, 300) });
      return;
    }
    const message = parsed.message;
    if (message.type === 'join') onJoin(conn, message);
    else if (message.type === 'resume') onResume(conn, message);
    else onVote(conn, message);
  };

  // ---- connections ---------------------------------------------------------------------------

  let port = options.port ?? 0;
  const origins = new Set<string>();
  const hosts = new Set<string>();
  const isOwnHost = (host: string): boolean => hosts.has(host.toLowerCase());

  const onConnection = (ws: WebSocket, address: string): void => {
    const conn: Connection = {
      ws,
      address,
      bucket: new TokenBucket(limits.messageBurst, limits.messagesPerSecond, now),
      participant: null,
      strikes: 0,
      lastSlowDown: 0,
      alive: true,
      joinTimer: null,
    };
    connections.add(conn);
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    conn.joinTimer = setTimeout(() => {
      if (!conn.participant) ws.close(1008, 'Join timeout');
    }, limits.joinTimeoutMs);
    conn.joinTimer.unref?.();
    ws.on('message', (data, isBinary) => {
      try {
        onMessage(conn, data, isBinary);
      } catch (error) {
        // A bug must not take the room down: log it and refuse this one message.
        log(`room: a message failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        refuse(conn, 'bad-message');
      }
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('error', () => {
      // Oversized frames and protocol errors: ws closes the socket itself; nothing else to do.
    });
    ws.on('close', () => {
      connections.delete(conn);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
      if (conn.joinTimer) clearTimeout(conn.joinTimer);
      const hadParticipant = conn.participant !== null;
      conn.participant?.connections.delete(conn);
      if (hadParticipant && !closing) options.onChange();
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Socket, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const address = socket.remoteAddress ?? 'unknown';
    let pathname = '';
    try {
      pathname = new URL(request.url ?? '/', 'http://room').pathname;
    } catch {
      // refused below
    }
    if (closing) return rejectUpgrade(socket, 503, 'Service Unavailable');
    if (pathname !== ROOM_SOCKET_PATH) return rejectUpgrade(socket, 404, 'Not Found');
    if (!isOwnHost(request.headers.host ?? '')) return rejectUpgrade(socket, 421, 'Misdirected Request');
    // Only our own page may open the socket: a page elsewhere on the network (or the internet,
    // through a phone's browser) would send its own Origin.
    if (!origins.has(String(request.headers.origin ?? '').toLowerCase())) return rejectUpgrade(socket, 403, 'Forbidden');
    if (connections.size >= limits.maxConnections) return rejectUpgrade(socket, 503, 'Service Unavailable');
    if ((perAddress.get(address) ?? 0) >= limits.maxConnectionsPerAddress) return rejectUpgrade(socket, 429, 'Too Many Requests');
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, address));
  };

  const makeServer = (): http.Server => {
    const server = http.createServer({ maxHeaderSize: 8192, requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (request, response) =>
      handleRoomHttp(request, response, options.assets, isOwnHost),
    );
    server.maxConnections = limits.maxHttpConnections;
    server.on('upgrade', onUpgrade);
    server.on('clientError', (_error, socket) => socket.destroy());
    return server;
  };

  // One port on every address; when the second address finds the port taken, start over.
  let servers: http.Server[] = [];
  for (let attempt = 0; ; attempt++) {
    servers = options.addresses.map(() => makeServer());
    try {
      port = await listen(servers[0]!, options.addresses[0]!, options.port ?? 0);
      for (let i = 1; i < servers.length; i++) await listen(servers[i]!, options.addresses[i]!, port);
      break;
    } catch (error) {
      await Promise.all(servers.map(closeServer));
      if (attempt >= 5 || (error as { code?: string }).code !== 'EADDRINUSE' || options.port) throw error;
    }
  }
  for (const address of options.addresses) {
    origins.add(`http://${address}:${port}`);
    hosts.add(`${address}:${port}`);
  }

  const heartbeat = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, limits.heartbeatMs);
  heartbeat.unref?.();

  log(`room: listening on ${options.addresses.map((a) => `${a}:${port}`).join(', ')}`);

  return {
    port,
    origins: [...origins],
    setRound(state) {
      const previous = round;
      round = state;
      if (state.kind === 'none' && previous.kind === 'open') {
        const { id, gapId, gapNumber, gapName, gapColor, roundNumber } = previous.round;
        vanished = { id, gapId, gapNumber, gapName, gapColor, roundNumber };
      } else if (state.kind !== 'none') {
        vanished = null;
      }
      phoneVotesInRound = state.kind === 'open' ? countVotes(state.round.id) : 0;
      const changed = JSON.stringify(previous) !== JSON.stringify(state);
      if (!changed) return;
      for (const p of participants.values()) pushState(p);
      options.onChange();
    },
    setAnonymous(value) {
      anonymous = value;
    },
    stats: () => ({
      joined: participants.size,
      connected: [...connections].filter((c) => c.participant !== null).length,
      codeLocked: codeGuard.locked,
      openRoundId: round.kind === 'open' ? round.round.id : null,
      phoneVotesInRound,
    }),
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(heartbeat);
      const bye: LaptopMessage = { v: ROOM_PROTOCOL_VERSION, type: 'state', state: { phase: 'room-closed' } };
      const goodbyes = Promise.all(
        [...connections].map(
          (conn) =>
            new Promise<void>((resolve) => {
              if (conn.ws.readyState !== conn.ws.OPEN) {
                resolve();
                return;
              }
              conn.ws.send(JSON.stringify(bye), () => {
                conn.ws.close(1001, 'The room is closed');
                resolve();
              });
            }),
        ),
      );
      // A phone that does not take its goodbye within a moment does not hold the laptop up.
      await Promise.race([goodbyes, new Promise((resolve) => setTimeout(resolve, 500))]);
      // Give the close frames a moment, then cut whatever is left.
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const conn of connections) conn.ws.terminate();
      await Promise.all(servers.map(closeServer));
      log('room: closed');
    },
  };
}
