/**
 * The room server: plain Node `http` + `ws`, on the laptop's local-network addresses (or loopback
 * for a test), one port for all of them. Phones load the voting page and open one WebSocket.
 *
 * What a phone may do: say hello with the QR key (it learns who it may join as), join (with the
 * key, or the short code — rate limited), resume with its participant token, and vote in the open
 * round. What a phone may never do: open, reveal or close a round, see anyone else's vote before
 * the reveal, or take over a name another phone holds without the facilitator's consent.
 *
 * Fair to everyone on the network: sockets, joins and messages are limited per network address,
 * sockets that say nothing useful are closed within seconds, so nobody can keep honest phones out
 * by holding connections open.
 *
 * A vote is written to the journal and flushed to disk, handed to the window (`onVote`), and the
 * phone hears "received" only once the window has stored it in the session (`settle`): an
 * acknowledged vote is a counted vote. A vote that cannot count is refused, by its id, with a
 * message id and plain values: the phone says it in its person's language.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { msg, type Message, type MessageId } from '../../../shared/i18n';
import { cleanName } from '../../../shared/room/cleanName';
import {
  MAX_MESSAGE_BYTES,
  parsePhoneMessage,
  ROOM_PROTOCOL_VERSION,
  ROOM_SOCKET_PATH,
  type HelloMessage,
  type JoinMessage,
  type LaptopMessage,
  type MyVote,
  type PhoneMessage,
  type PhoneState,
  type RefusalCode,
  type ResumeMessage,
  type VoteMessage,
} from '../../../shared/room/protocol';
import { EMPTY_ROSTER, type RoomRoster, type RosterPerson } from '../../../shared/room/roomRoster';
import type { ClosedRoundBrief, RoomRoundState } from '../../../shared/room/roomRoundState';
import type { RoomVoteEntry, RoomVoteOutcome } from '../../../shared/room/roomVoteEntry';
import { voteWords } from '../../../shared/room/voteWords';
import { CodeGuard, DEFAULT_CODE_GUARD, KeyedBuckets, KeyedCounter, TokenBucket, type CodeGuardOptions } from './rateLimits';
import type { RoomJournal } from './roomJournal';
import { handleRoomHttp } from './roomHttp';
import type { ParticipantAssets } from './participantAssets';
import { newPhoneId, participantToken, readParticipantToken, sameSecret } from './roomSecrets';

export interface RoomLimits {
  /** TCP sockets at once, all addresses together (page loads and WebSockets). */
  maxHttpConnections: number;
  /** TCP sockets at once from one network address. */
  maxSocketsPerAddress: number;
  /** WebSocket connections at once, all phones together. */
  maxConnections: number;
  /** WebSocket connections at once from one network address. */
  maxConnectionsPerAddress: number;
  /** Joins per address: a burst, then a steady rate. */
  joinBurst: number;
  joinsPerSecond: number;
  /** New participants (not yet in the session) that one address may hold at once. */
  newcomersPerAddress: number;
  /** Steady messages per second per connection, after a burst of `messageBurst`. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Refused messages (too fast, malformed) after which a connection is closed. */
  strikesBeforeClose: number;
  /** A WebSocket that has not said hello, joined or resumed within this time is closed. */
  helloTimeoutMs: number;
  /** A WebSocket that said hello but has not joined within this time is closed. */
  joinTimeoutMs: number;
  /** Request headers must arrive within this time; a socket idle this long is closed. */
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  heartbeatMs: number;
  /** A new participant who never voted is let go this long after their last connection closed. */
  releaseAfterMs: number;
  /** Requests waiting for the facilitator's consent, at most. */
  maxPendingClaims: number;
  codeGuard: CodeGuardOptions;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  maxHttpConnections: 2000,
  maxSocketsPerAddress: 24,
  maxConnections: 600,
  maxConnectionsPerAddress: 8,
  joinBurst: 6,
  joinsPerSecond: 1,
  newcomersPerAddress: 3,
  messagesPerSecond: 5,
  messageBurst: 20,
  strikesBeforeClose: 40,
  helloTimeoutMs: 5000,
  joinTimeoutMs: 10 * 60_000,
  headersTimeoutMs: 4000,
  keepAliveTimeoutMs: 3000,
  heartbeatMs: 10_000,
  releaseAfterMs: 60_000,
  maxPendingClaims: 20,
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
  /** Signs participant tokens; the same secret after a restart recognises the same phones. */
  tokenSecret: string;
  joinCode: string;
  anonymous: boolean;
  journal: RoomJournal;
  now(): number;
  log(message: string): void;
  limits?: Partial<RoomLimits>;
  /** The network address a socket comes from (tests on loopback tell their clients apart). */
  peerAddress?: (socket: Socket) => string;
  /** A vote is on disk: hand it to the window, which answers with `settle`. */
  onVote(entry: RoomVoteEntry): void;
  /** Joins, connections, claims, code lock or votes changed what the laptop shows. */
  onChange(): void;
}

/** A phone asking to join as someone another phone holds: the facilitator decides. */
export interface NameClaim {
  claimId: string;
  participantId: string;
  name: string;
  at: number;
}

/** A phone that joined as someone of the session (the laptop shows it). */
export interface JoinNotice {
  participantId: string;
  name: string;
  at: number;
}

export interface RoomServerStats {
  joined: number;
  connected: number;
  codeLocked: boolean;
  openRoundId: string | null;
  phoneVotesInRound: number;
  /** The session cannot take another participant: new phones are told the room is full. */
  full: boolean;
  claims: NameClaim[];
  joins: JoinNotice[];
}

export interface RoomServer {
  port: number;
  /** `http://<address>:<port>` for each address: the only origins a WebSocket may come from. */
  origins: readonly string[];
  setRound(state: RoomRoundState): void;
  setRoster(roster: RoomRoster): void;
  setAnonymous(anonymous: boolean): void;
  /** A new QR key and short code: the old ones stop letting phones in; phones already in stay. */
  setRoomKey(key: string, joinCode: string): void;
  /** The window stored (or could not store) a vote: the phone hears about it now. */
  settle(entryId: string, outcome: RoomVoteOutcome): void;
  /** The facilitator's answer to a name claim; `handovers` is the count the session now keeps. */
  answerClaim(claimId: string, allow: boolean, handovers: number): boolean;
  stats(): RoomServerStats;
  /**
   * Stops listening. `tellPhones` (the facilitator closed the room) says goodbye to every phone;
   * without it (the app quits) phones just lose the connection and come back when the room does.
   */
  close(tellPhones?: boolean): Promise<void>;
}

interface Member {
  /** The participant the phone votes as (the session's id, or `phone-…` for someone new). */
  id: string;
  name: string | null;
  /** Added by a phone and not in the session yet: let go when they leave without a vote. */
  newcomer: boolean;
  /** The address that added a newcomer (newcomers per address are limited). */
  address: string;
  handovers: number;
  votes: Map<string, MyVote>;
  /** Vote ids handled (or under way), with their outcome, so a resend counts once. */
  seen: Map<string, Promise<Settled>>;
  connections: Set<Connection>;
  leftAt: number | null;
}

type Settled = { ok: true; roundId: string; vote: MyVote } | { ok: false; code: RefusalCode; message: Message };

interface Connection {
  ws: WebSocket;
  address: string;
  bucket: TokenBucket;
  member: Member | null;
  /** Said hello with the right key (may wait longer before joining). */
  greeted: boolean;
  claimId: string | null;
  strikes: number;
  lastSlowDown: number;
  alive: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

interface InFlight {
  member: Member;
  conn: Connection;
  voteId: string;
  roundId: string;
  vote: MyVote;
  words: Message;
  resolve(settled: Settled): void;
}

/** What a refusal says when nothing more specific is known: ids of the catalogue, translated on the phone. */
const REFUSALS: Record<RefusalCode, MessageId> = {
  'bad-message': 'roomServer.refusal.badMessage',
  'bad-key': 'roomServer.refusal.badKey',
  'bad-code': 'roomServer.refusal.badCode',
  'code-locked': 'roomServer.refusal.codeLocked',
  'too-many-attempts': 'roomServer.refusal.tooManyAttempts',
  'unknown-participant': 'roomServer.refusal.unknownParticipant',
  'room-full': 'roomServer.refusal.roomFull',
  'not-joined': 'roomServer.refusal.notJoined',
  'round-closed': 'roomServer.refusal.roundClosed',
  'slow-down': 'roomServer.refusal.slowDown',
  'not-saved': 'roomServer.refusal.notSaved',
  'room-closed': 'roomServer.refusal.roomClosed',
  'not-counted': 'roomServer.refusal.notCounted',
  'name-taken': 'roomServer.refusal.nameTaken',
  asking: 'roomServer.refusal.asking',
  'ask-refused': 'roomServer.refusal.askRefused',
  replaced: 'roomServer.refusal.replaced',
  'too-many-joins': 'roomServer.refusal.tooManyJoins',
};

export function refusalMessage(code: RefusalCode): Message {
  return msg(REFUSALS[code]);
}

function sameName(a: string, b: string): boolean {
  return cleanName(a).localeCompare(cleanName(b), undefined, { sensitivity: 'base' }) === 0;
}

function listen(server: http.Server, address: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    // A long queue of connections not yet accepted: a whole room scanning at once opens hundreds
    // in a second, and a full queue drops them (the phone waits a TCP retry, or shows an error).
    server.listen({ host: address, port, exclusive: true, backlog: 2048 }, () => {
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

/** A bare HTTP answer on a socket that never became a request (bad headers, a refused upgrade). */
function answerRaw(socket: Socket, status: number, reason: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroySoon?.();
  setTimeout(() => socket.destroy(), 1000).unref?.();
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const limits: RoomLimits = { ...DEFAULT_ROOM_LIMITS, ...options.limits };
  const { journal, now, log } = options;
  if (options.addresses.length === 0) throw new Error('The room needs at least one address to listen on.');
  const peerAddress = options.peerAddress ?? ((socket: Socket) => socket.remoteAddress ?? 'unknown');

  let anonymous = options.anonymous;
  /** The session's language (from the roster): phones speak it unless their person chose another. */
  let language = EMPTY_ROSTER.language;
  let roomKey = options.roomKey;
  let joinCode = options.joinCode;
  let round: RoomRoundState = { kind: 'none' };
  let roster: RoomRoster = EMPTY_ROSTER;
  let people = new Map<string, RosterPerson>();
  /** An open round that went away without a reveal: phones are told voting closed on it. */
  let vanished: ClosedRoundBrief | null = null;
  let closing = false;
  const members = new Map<string, Member>();
  const connections = new Set<Connection>();
  const socketsPerAddress = new KeyedCounter();
  const wsPerAddress = new KeyedCounter();
  const joinsPerAddress = new KeyedBuckets(limits.joinBurst, limits.joinsPerSecond, now);
  const codeGuard = new CodeGuard(limits.codeGuard, now);
  const inFlight = new Map<string, InFlight>();
  const claims = new Map<string, NameClaim & { conn: Connection; phoneName: string }>();
  const joins: JoinNotice[] = [];

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: false });

  // ---- what a phone is told ------------------------------------------------------------------

  const send = (conn: Connection, message: LaptopMessage): void => {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    // A phone that does not read what it is sent holds memory on the laptop: let it go.
    if (conn.ws.bufferedAmount > 256 * 1024) {
      conn.ws.terminate();
      return;
    }
    conn.ws.send(JSON.stringify(message));
  };

  const refuse = (conn: Connection, code: RefusalCode, voteId?: string, message: Message = refusalMessage(code)): void => {
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'refused', code, message, ...(voteId ? { voteId } : {}) });
  };

  const myVoteIn = (member: Member, roundId: string): MyVote | null => member.votes.get(roundId) ?? null;

  const phoneStateOf = (member: Member): PhoneState => {
    if (round.kind === 'open') return { phase: 'voting', round: round.round, myVote: myVoteIn(member, round.round.id) };
    if (round.kind === 'closed') return { phase: 'round-closed', round: round.round, myVote: myVoteIn(member, round.round.id), distribution: round.distribution };
    if (vanished) return { phase: 'round-closed', round: vanished, myVote: myVoteIn(member, vanished.id), distribution: null };
    return { phase: 'waiting' };
  };

  const pushState = (member: Member): void => {
    const message: LaptopMessage = { v: ROOM_PROTOCOL_VERSION, type: 'state', state: phoneStateOf(member), language };
    for (const conn of member.connections) send(conn, message);
  };

  const clearTimer = (conn: Connection): void => {
    if (conn.timer) clearTimeout(conn.timer);
    conn.timer = null;
  };

  const closeAfter = (conn: Connection, ms: number, reason: string): void => {
    clearTimer(conn);
    conn.timer = setTimeout(() => {
      if (!conn.member) conn.ws.close(1008, reason);
    }, ms);
    conn.timer.unref?.();
  };

  const welcome = (conn: Connection, member: Member, roomKeyForCode?: string): void => {
    if (conn.member && conn.member !== member) detach(conn);
    member.connections.add(conn);
    member.leftAt = null;
    conn.member = member;
    clearTimer(conn);
    const token = participantToken(options.tokenSecret, member.id, member.handovers);
    // In an anonymous room names never leave the laptop, not even back to their own phone.
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'welcome', token, name: anonymous ? null : member.name, anonymous, ...(roomKeyForCode ? { roomKey: roomKeyForCode } : {}) });
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'state', state: phoneStateOf(member), language });
  };

  const detach = (conn: Connection): void => {
    const member = conn.member;
    conn.member = null;
    if (!member) return;
    member.connections.delete(conn);
    if (member.connections.size === 0) member.leftAt = now();
  };

  // ---- who holds what ------------------------------------------------------------------------

  const newcomers = (): Member[] => [...members.values()].filter((m) => m.newcomer && !people.has(m.id));
  const isFull = (): boolean => people.size + newcomers().length >= roster.max;

  /** Whether a person of the session is held by a phone: one is connected (or just left), or they voted by phone. */
  const isHeld = (personId: string): boolean => {
    if (people.get(personId)?.phone) return true;
    const member = members.get(personId);
    if (!member) return false;
    if (member.connections.size > 0 || member.votes.size > 0) return true;
    return member.leftAt !== null && now() - member.leftAt < limits.releaseAfterMs;
  };

  /** People a phone may join as: voters of the session with no phone yet (none in an anonymous room). */
  const lobbyPeople = (): { id: string; name: string }[] =>
    anonymous ? [] : [...people.values()].filter((p) => p.voter && p.name !== '' && !isHeld(p.id)).map((p) => ({ id: p.id, name: p.name }));

  const memberFor = (person: RosterPerson, address: string): Member => {
    let member = members.get(person.id);
    if (!member) {
      member = { id: person.id, name: person.name, newcomer: false, address, handovers: person.handovers, votes: new Map(), seen: new Map(), connections: new Set(), leftAt: null };
      const vote = roster.votes.find((v) => v.participantId === person.id);
      const followed = round.kind === 'none' ? null : round.round.id;
      if (vote && followed) member.votes.set(followed, { score: vote.score, comment: vote.comment.slice(0, 500) });
      members.set(person.id, member);
    }
    return member;
  };

  const noteJoin = (member: Member): void => {
    if (member.newcomer || !member.name) return;
    joins.push({ participantId: member.id, name: member.name, at: now() });
    if (joins.length > 20) joins.shift();
  };

  // ---- messages ------------------------------------------------------------------------------

  const onHello = (conn: Connection, message: HelloMessage): void => {
    if (!sameSecret(message.key, roomKey)) {
      refuse(conn, 'bad-key');
      return;
    }
    if (!conn.greeted) {
      conn.greeted = true;
      if (!conn.member) closeAfter(conn, limits.joinTimeoutMs, 'join-timeout');
    }
    send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'lobby', anonymous, people: lobbyPeople(), full: isFull() });
  };

  const onJoin = (conn: Connection, message: JoinMessage): void => {
    const { credential } = message;
    if (credential.kind === 'key') {
      if (!sameSecret(credential.key, roomKey)) {
        refuse(conn, 'bad-key');
        return;
      }
    } else {
      const verdict = codeGuard.check(conn.address);
      if (verdict !== 'allowed') {
        refuse(conn, verdict);
        return;
      }
      if (!sameSecret(credential.code, joinCode)) {
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
    const keyForCode = credential.kind === 'code' ? roomKey : undefined;
    // The right key or code: this phone may take its time choosing (or waiting for the facilitator).
    if (!conn.greeted) {
      conn.greeted = true;
      if (!conn.member) closeAfter(conn, limits.joinTimeoutMs, 'join-timeout');
    }
    // One phone, one participant: joining again on the same connection gives the same identity back.
    if (conn.member) {
      welcome(conn, conn.member, keyForCode);
      return;
    }
    if (!joinsPerAddress.take(conn.address)) {
      refuse(conn, 'too-many-joins');
      return;
    }
    const name = message.name && message.name !== '' ? message.name : null;

    // As someone of the session: chosen from the lobby, or by typing their name.
    let person: RosterPerson | null = null;
    if (!anonymous && message.as) person = people.get(message.as) ?? null;
    else if (!anonymous && name) {
      const named = [...people.values()].filter((p) => p.voter && sameName(p.name, name));
      if (named.length > 1) {
        refuse(conn, 'name-taken', undefined, msg('roomServer.nameTaken.ambiguous', { name }));
        return;
      }
      person = named[0] ?? null;
    }
    if (!person && name && !anonymous) {
      // Someone new who joined by phone under this name (not in the session yet) holds it too.
      const newcomer = newcomers().find((m) => m.name !== null && sameName(m.name, name) && (m.connections.size > 0 || m.votes.size > 0));
      if (newcomer) {
        refuse(conn, 'name-taken', undefined, msg('roomServer.nameTaken.newcomer', { name: newcomer.name }));
        return;
      }
    }
    if (person) {
      if (!person.voter) {
        refuse(conn, 'name-taken', undefined, msg('roomServer.nameTaken.notVoter', { name: person.name }));
        return;
      }
      if (isHeld(person.id)) {
        if (message.ask) askFacilitator(conn, person, name ?? person.name);
        else refuse(conn, 'name-taken', undefined, msg('roomServer.nameTaken.held', { name: person.name }));
        return;
      }
      const member = memberFor(person, conn.address);
      welcome(conn, member, keyForCode);
      noteJoin(member);
      options.onChange();
      return;
    }

    // Someone new to the session: only while the session can still take them.
    if (isFull()) {
      refuse(conn, 'room-full');
      return;
    }
    if (newcomers().filter((m) => m.address === conn.address).length >= limits.newcomersPerAddress) {
      refuse(conn, 'too-many-joins');
      return;
    }
    const member: Member = { id: newPhoneId(), name, newcomer: true, address: conn.address, handovers: 0, votes: new Map(), seen: new Map(), connections: new Set(), leftAt: null };
    members.set(member.id, member);
    welcome(conn, member, keyForCode);
    options.onChange();
  };

  const askFacilitator = (conn: Connection, person: RosterPerson, phoneName: string): void => {
    if (conn.claimId && claims.has(conn.claimId)) {
      refuse(conn, 'asking', undefined, msg('roomServer.asking.as', { name: person.name }));
      return;
    }
    if (claims.size >= limits.maxPendingClaims) {
      refuse(conn, 'too-many-joins', undefined, msg('roomServer.tooManyClaims'));
      return;
    }
    const claimId = randomBytes(9).toString('base64url');
    claims.set(claimId, { claimId, participantId: person.id, name: person.name, at: now(), conn, phoneName });
    conn.claimId = claimId;
    refuse(conn, 'asking', undefined, msg('roomServer.asking.as', { name: person.name }));
    options.onChange();
  };

  const verifiedMember = (token: string, nameHint: string | null | undefined, address: string): Member | 'unknown' | 'full' => {
    const read = readParticipantToken(options.tokenSecret, token);
    if (!read) return 'unknown';
    const known = members.get(read.participantId);
    if (known) return known.handovers === read.handovers ? known : 'unknown';
    const person = people.get(read.participantId);
    if (person) return person.handovers === read.handovers ? memberFor(person, address) : 'unknown';
    // A new participant let go while away (or before a restart): the same identity, if there is room.
    if (!/^phone-[0-9a-f]{12}$/.test(read.participantId) || read.handovers !== 0) return 'unknown';
    if (isFull()) return 'full';
    const member: Member = {
      id: read.participantId,
      name: anonymous ? null : (nameHint ?? null),
      newcomer: true,
      address,
      handovers: 0,
      votes: new Map(),
      seen: new Map(),
      connections: new Set(),
      leftAt: null,
    };
    members.set(member.id, member);
    return member;
  };

  const onResume = (conn: Connection, message: ResumeMessage): void => {
    const member = verifiedMember(message.token, message.name, conn.address);
    if (member === 'unknown') {
      refuse(conn, 'unknown-participant');
      return;
    }
    if (member === 'full') {
      refuse(conn, 'room-full');
      return;
    }
    welcome(conn, member);
    options.onChange();
  };

  const refuseVote = (conn: Connection, code: RefusalCode, voteId: string, words: Message, why: MessageId): void => {
    refuse(conn, code, voteId, msg(why, { vote: words }));
  };

  const settledAnswer = (conn: Connection, voteId: string, settled: Settled): void => {
    if (settled.ok) send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'ack', voteId, roundId: settled.roundId, vote: settled.vote });
    else refuse(conn, settled.code, voteId, settled.message);
  };

  const onVote = (conn: Connection, message: VoteMessage): void => {
    const member = conn.member;
    const read = readParticipantToken(options.tokenSecret, message.token);
    const words = voteWords(message.score, round.kind === 'open' && round.round.id === message.roundId ? round.round : null);
    if (!read) {
      refuseVote(conn, 'unknown-participant', message.voteId, words, 'roomServer.vote.unknownPhone');
      return;
    }
    if (!member || member.id !== read.participantId || member.handovers !== read.handovers) {
      refuseVote(conn, 'not-joined', message.voteId, words, 'roomServer.vote.notJoined');
      return;
    }
    const earlier = member.seen.get(message.voteId);
    if (earlier) {
      // A resend (lost connection, reload) or a replay: it counts once; answer as the first time.
      void earlier.then((settled) => settledAnswer(conn, message.voteId, settled));
      return;
    }
    if (round.kind !== 'open' || round.round.id !== message.roundId) {
      refuseVote(conn, 'round-closed', message.voteId, words, 'roomServer.vote.roundClosed');
      return;
    }
    if (member.newcomer && !people.has(member.id) && people.size >= roster.max) {
      refuseVote(conn, 'room-full', message.voteId, words, 'roomServer.vote.roomFull');
      return;
    }
    if (member.seen.size >= 500) member.seen.delete(member.seen.keys().next().value!);
    const vote: MyVote = { score: message.score, comment: message.comment };
    const roundId = message.roundId;
    let resolve!: (settled: Settled) => void;
    const outcome = new Promise<Settled>((r) => (resolve = r));
    member.seen.set(message.voteId, outcome);
    void outcome.then((settled) => {
      if (!settled.ok) member.seen.delete(message.voteId);
    });
    journal.append({ sessionId: options.sessionId, roundId, phoneId: member.id, name: member.name, score: vote.score, comment: vote.comment, at: now() }).then(
      (entry) => {
        inFlight.set(entry.entryId, { member, conn, voteId: message.voteId, roundId, vote, words, resolve });
        options.onVote(entry);
      },
      (error: unknown) => {
        log(`room: a vote could not be written to the journal: ${error instanceof Error ? error.message : String(error)}`);
        const settled: Settled = { ok: false, code: 'not-saved', message: msg('roomServer.vote.notSaved', { vote: words }) };
        resolve(settled);
        settledAnswer(conn, message.voteId, settled);
      },
    );
  };

  const settle = (entryId: string, result: RoomVoteOutcome): void => {
    const flight = inFlight.get(entryId);
    if (!flight) return;
    inFlight.delete(entryId);
    const { member, conn, voteId, roundId, vote, words, resolve } = flight;
    let settled: Settled;
    if (result === 'stored') {
      member.votes.set(roundId, vote);
      settled = { ok: true, roundId, vote };
    } else if (result === 'full') {
      settled = { ok: false, code: 'room-full', message: msg('roomServer.vote.roomFull', { vote: words }) };
    } else {
      settled = { ok: false, code: 'round-closed', message: msg('roomServer.vote.closedBeforeLaptop', { vote: words }) };
    }
    resolve(settled);
    // Every connection of this phone learns the answer (two tabs stay in step).
    for (const c of member.connections) settledAnswer(c, voteId, settled);
    if (!member.connections.has(conn)) settledAnswer(conn, voteId, settled);
    options.onChange();
  };

  const countVotes = (roundId: string): number => {
    let n = 0;
    for (const member of members.values()) if (member.votes.has(roundId)) n++;
    return n;
  };

  const strike = (conn: Connection): void => {
    conn.strikes += 1;
    if (conn.strikes >= limits.strikesBeforeClose) {
      log(`room: closed a connection from ${conn.address} after ${conn.strikes} refused messages`);
      conn.ws.close(1008, 'too-many-refused-messages'); // a close reason for logs, never shown
    }
  };

  const dispatch = (conn: Connection, message: PhoneMessage): void => {
    if (message.type === 'hello') onHello(conn, message);
    else if (message.type === 'join') onJoin(conn, message);
    else if (message.type === 'resume') onResume(conn, message);
    else onVote(conn, message);
  };

  const onMessage = (conn: Connection, data: RawData, isBinary: boolean): void => {
    if (closing) return;
    if (isBinary) {
      strike(conn);
      refuse(conn, 'bad-message');
      return;
    }
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
    const parsed = parsePhoneMessage(text);
    if (!conn.bucket.take()) {
      strike(conn);
      // A vote refused for speed is named, so the phone sends it again instead of losing it.
      const voteId = parsed.ok && parsed.message.type === 'vote' ? parsed.message.voteId : undefined;
      const t = now();
      if (voteId || t - conn.lastSlowDown > 1000) {
        conn.lastSlowDown = t;
        refuse(conn, 'slow-down', voteId, voteId && parsed.ok && parsed.message.type === 'vote' ? msg('roomServer.vote.slowDown', { vote: voteWords(parsed.message.score, null) }) : refusalMessage('slow-down'));
      }
      return;
    }
    if (!parsed.ok) {
      strike(conn);
      send(conn, { v: ROOM_PROTOCOL_VERSION, type: 'refused', code: 'bad-message', message: parsed.message });
      return;
    }
    dispatch(conn, parsed.message);
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
      member: null,
      greeted: false,
      claimId: null,
      strikes: 0,
      lastSlowDown: 0,
      alive: true,
      timer: null,
    };
    connections.add(conn);
    wsPerAddress.add(address);
    // Say something useful within seconds, or make room for someone who will.
    closeAfter(conn, limits.helloTimeoutMs, 'hello-timeout');
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
      wsPerAddress.remove(address);
      clearTimer(conn);
      if (conn.claimId && claims.delete(conn.claimId) && !closing) options.onChange();
      const hadMember = conn.member !== null;
      detach(conn);
      if (hadMember && !closing) options.onChange();
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Socket, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const address = peerAddress(socket);
    let pathname = '';
    try {
      pathname = new URL(request.url ?? '/', 'http://room').pathname;
    } catch {
      // refused below
    }
    if (closing) return answerRaw(socket, 503, 'Service Unavailable');
    if (pathname !== ROOM_SOCKET_PATH) return answerRaw(socket, 404, 'Not Found');
    if (!isOwnHost(request.headers.host ?? '')) return answerRaw(socket, 421, 'Misdirected Request');
    // Only our own page may open the socket: a page elsewhere on the network (or the internet,
    // through a phone's browser) would send its own Origin.
    if (!origins.has(String(request.headers.origin ?? '').toLowerCase())) return answerRaw(socket, 403, 'Forbidden');
    if (wsPerAddress.get(address) >= limits.maxConnectionsPerAddress) return answerRaw(socket, 429, 'Too Many Requests');
    if (connections.size >= limits.maxConnections) return answerRaw(socket, 503, 'Service Unavailable');
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, address));
  };

  const makeServer = (): http.Server => {
    const server = http.createServer(
      {
        maxHeaderSize: 8192,
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.headersTimeoutMs * 2,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // Check for stalled requests every second, not every 30 s.
        connectionsCheckingInterval: 1000,
      },
      (request, response) => handleRoomHttp(request, response, options.assets, isOwnHost, language),
    );
    server.maxConnections = limits.maxHttpConnections;
    // A socket silent this long is closed (WebSockets are exempt: ws clears it on upgrade).
    server.timeout = limits.headersTimeoutMs;
    server.on('connection', (socket: Socket) => {
      const address = peerAddress(socket);
      if (socketsPerAddress.get(address) >= limits.maxSocketsPerAddress) {
        socket.destroy();
        return;
      }
      socketsPerAddress.add(address);
      socket.once('close', () => socketsPerAddress.remove(address));
    });
    server.on('upgrade', onUpgrade);
    server.on('clientError', (error: Error & { code?: string }, socket: Socket) => {
      if (error.code === 'HPE_HEADER_OVERFLOW') answerRaw(socket, 431, 'Request Header Fields Too Large');
      else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') answerRaw(socket, 408, 'Request Timeout');
      else if (error.code === 'ECONNRESET' || !socket.writable) socket.destroy();
      else answerRaw(socket, 400, 'Bad Request');
    });
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

  // New participants who left without voting are let go, so their places are free again.
  const sweep = setInterval(
    () => {
      let freed = 0;
      for (const member of members.values()) {
        if (!member.newcomer || people.has(member.id) || member.connections.size > 0 || member.votes.size > 0) continue;
        if ([...inFlight.values()].some((f) => f.member === member)) continue;
        if (member.leftAt !== null && now() - member.leftAt >= limits.releaseAfterMs) {
          members.delete(member.id);
          freed++;
        }
      }
      if (freed > 0) options.onChange();
    },
    Math.min(1000, limits.releaseAfterMs),
  );
  sweep.unref?.();

  log(`room: listening on ${options.addresses.map((a) => `${a}:${port}`).join(', ')}`);

  const phoneVotesInRound = (): number => (round.kind === 'open' ? countVotes(round.round.id) : 0);

  return {
    port,
    origins: [...origins],
    setRound(state) {
      const previous = round;
      round = state;
      if (state.kind === 'none' && previous.kind === 'open') {
        const { id, gapId, gapNumber, gapCount, gapName, gapColor, roundNumber } = previous.round;
        vanished = { id, gapId, gapNumber, gapCount, gapName, gapColor, roundNumber };
      } else if (state.kind !== 'none') {
        vanished = null;
      }
      const changed = JSON.stringify(previous) !== JSON.stringify(state);
      if (!changed) return;
      for (const member of members.values()) if (member.connections.size > 0) pushState(member);
      options.onChange();
    },
    setRoster(next) {
      roster = next;
      if (next.language !== language) {
        // The session now speaks another language: every phone that follows it switches now.
        language = next.language;
        for (const member of members.values()) pushState(member);
      }
      people = new Map(next.people.map((p) => [p.id, p]));
      const followed = round.kind === 'none' ? null : round.round.id;
      for (const member of members.values()) {
        const person = people.get(member.id);
        if (person) {
          member.newcomer = false;
          member.name = person.name;
        }
        // The session is the truth about each person's vote in the followed round.
        if (followed && person) {
          const vote = next.votes.find((v) => v.participantId === member.id);
          if (vote) member.votes.set(followed, { score: vote.score, comment: vote.comment.slice(0, 500) });
          else member.votes.delete(followed);
        }
      }
      options.onChange();
    },
    setAnonymous(value) {
      anonymous = value;
    },
    setRoomKey(key, code) {
      roomKey = key;
      joinCode = code;
    },
    settle,
    answerClaim(claimId, allow, handovers) {
      const claim = claims.get(claimId);
      if (!claim) return false;
      claims.delete(claimId);
      const conn = claim.conn;
      conn.claimId = null;
      if (!allow) {
        refuse(conn, 'ask-refused', undefined, msg('roomServer.askRefused.as', { name: claim.name }));
        options.onChange();
        return true;
      }
      const person = people.get(claim.participantId);
      if (!person) {
        refuse(conn, 'ask-refused', undefined, msg('roomServer.askRefused.gone', { name: claim.name }));
        options.onChange();
        return true;
      }
      const member = memberFor(person, conn.address);
      // The phone that held the name lets go: its token no longer matches.
      member.handovers = Math.max(handovers, member.handovers + 1);
      for (const old of [...member.connections]) {
        refuse(old, 'replaced', undefined, member.name ? msg('roomServer.replaced.as', { name: member.name }) : refusalMessage('replaced'));
        detach(old);
      }
      welcome(conn, member);
      noteJoin(member);
      options.onChange();
      return true;
    },
    stats: () => ({
      joined: members.size,
      connected: [...connections].filter((c) => c.member !== null).length,
      codeLocked: codeGuard.locked,
      openRoundId: round.kind === 'open' ? round.round.id : null,
      phoneVotesInRound: phoneVotesInRound(),
      full: isFull(),
      claims: [...claims.values()].map(({ claimId, participantId, name, at }) => ({ claimId, participantId, name, at })),
      joins: [...joins],
    }),
    async close(tellPhones = true) {
      if (closing) return;
      closing = true;
      clearInterval(heartbeat);
      clearInterval(sweep);
      if (!tellPhones) {
        for (const conn of connections) conn.ws.terminate();
        await Promise.all(servers.map(closeServer));
        log('room: stopped (phones will reconnect when it opens again)');
        return;
      }
      const bye: LaptopMessage = { v: ROOM_PROTOCOL_VERSION, type: 'state', state: { phase: 'room-closed' }, language };
      const goodbyes = Promise.all(
        [...connections].map(
          (conn) =>
            new Promise<void>((resolve) => {
              if (conn.ws.readyState !== conn.ws.OPEN) {
                resolve();
                return;
              }
              conn.ws.send(JSON.stringify(bye), () => {
                conn.ws.close(1001, 'room-closed'); // the phone shows the goodbye message sent just before
                resolve();
              });
            }),
        ),
      );
      // A phone that does not take its goodbye within a moment does not hold the laptop up.
      await Promise.race([goodbyes, new Promise((resolve) => setTimeout(resolve, 500))]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const conn of connections) conn.ws.terminate();
      await Promise.all(servers.map(closeServer));
      log('room: closed');
    },
  };
}
