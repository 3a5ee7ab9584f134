/**
 * The room as the laptop's window sees it: open it for a session, close it, read its status,
 * tell it which round is open, and take the phones' votes from the journal (pushed as `roomVote`
 * events, confirmed by the window once stored, handed over again after a restart until then).
 * The room's port, key and chosen address come from the session when it had a room before, so a
 * restarted app reopens the same room and phones find it again by themselves.
 * Plain Node: Electron's main process and the Chromium shell both wire it with the same ports.
 */
import path from 'node:path';
import type { EventName, EventPayloads } from '../../../shared/ipc/contract';
import { JOIN_KEY_FRAGMENT } from '../../../shared/room/roomConstants';
import type { RoomRoster } from '../../../shared/room/roomRoster';
import type { RoomRoundState } from '../../../shared/room/roomRoundState';
import type { RoomAddress, RoomNetwork, RoomOpenSettings, RoomStatus } from '../../../shared/room/roomStatus';
import type { RoomVoteEntry, RoomVoteOutcome } from '../../../shared/room/roomVoteEntry';
import { msg } from '../../../shared/i18n';
import { UserFacingError } from '../ipc/dispatcher';
import { lanAddresses, LOOPBACK, type LanAddress } from './networkAddresses';
import { loadParticipantAssets } from './participantAssets';
import { qrSvg } from './qrSvg';
import { openRoomJournal, type RoomJournal } from './roomJournal';
import { newJoinCode, newRoomKey, newTokenSecret } from './roomSecrets';
import { DEFAULT_ROOM_LIMITS, startRoomServer, type RoomLimits, type RoomServer, type RoomServerOptions } from './roomServer';

export interface RoomServiceDeps {
  userDataDir: string;
  /** The built renderer (holds participant/index.html); null where the room cannot be served. */
  rendererDir: string | null;
  now(): number;
  log(message: string): void;
  emit<E extends EventName>(name: E, payload: EventPayloads[E]): void;
  /** The laptop's local-network addresses (tests pass their own). */
  listAddresses?: () => LanAddress[];
  limits?: Partial<RoomLimits>;
  /** Port for the room when the session has none yet; 0 (default) picks a free one. */
  port?: number;
  /** Which network address a socket comes from (tests on loopback tell their clients apart). */
  peerAddress?: RoomServerOptions['peerAddress'];
}

export interface OpenRoomRequest {
  sessionId: string;
  network: RoomNetwork;
  anonymous: boolean;
  round: RoomRoundState;
  roster: RoomRoster;
  /** The room this session had before (port, key, address), to open the same one again. */
  previous: Omit<RoomOpenSettings, 'network'> | null;
}

export interface RoomService {
  open(request: OpenRoomRequest): Promise<RoomStatus>;
  close(): Promise<RoomStatus>;
  status(): RoomStatus;
  setRound(sessionId: string, anonymous: boolean, state: RoomRoundState, roster: RoomRoster): { applied: boolean };
  confirm(entryId: string, outcome: RoomVoteOutcome): Promise<{ confirmed: boolean }>;
  pending(): Promise<RoomVoteEntry[]>;
  /** A new QR key and code: the old QR code stops letting phones in; phones already in stay. */
  rotateKey(sessionId: string): Promise<RoomStatus>;
  /** Which address the QR code and the projector show. */
  chooseAddress(sessionId: string, address: string): Promise<RoomStatus>;
  answerClaim(claimId: string, allow: boolean, handovers: number): { answered: boolean };
  /** Stops the room without telling the phones (they reconnect when it reopens) and closes the journal; for quitting. */
  shutdown(): Promise<void>;
}

interface OpenRoom {
  sessionId: string;
  network: RoomNetwork;
  server: RoomServer;
  listening: LanAddress[];
  /** The address shown (first in the status). */
  shown: string;
  addresses: RoomAddress[];
  key: string;
  tokenSecret: string;
  code: string;
  anonymous: boolean;
  openedAt: number;
}

/**
 * A room on this laptop only (a rehearsal): every browser comes from 127.0.0.1 and nobody else can
 * reach it, so the per-address shares would only stop the rehearsal's own phones.
 */
const LOOPBACK_LIMITS: Partial<RoomLimits> = {
  maxSocketsPerAddress: DEFAULT_ROOM_LIMITS.maxHttpConnections,
  maxConnectionsPerAddress: DEFAULT_ROOM_LIMITS.maxConnections,
  joinBurst: 200,
  joinsPerSecond: 50,
  newcomersPerAddress: 200,
};


export function createRoomService(deps: RoomServiceDeps): RoomService {
  const listAddresses = deps.listAddresses ?? (() => lanAddresses());
  let journal: Promise<RoomJournal> | null = null;
  let room: OpenRoom | null = null;
  let opening: Promise<RoomStatus> | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | null = null;
  // After shutdown nothing may reopen the journal: a late call from the window would leak its file handle.
  let shutDown = false;

  const getJournal = (): Promise<RoomJournal> => {
    if (shutDown) return Promise.reject(new Error('Readiness Room is closing; the room is shut.'));
    journal ??= openRoomJournal(path.join(deps.userDataDir, 'room'), deps.log).catch((error: unknown) => {
      journal = null;
      throw error;
    });
    return journal;
  };

  const addressesOf = async (current: OpenRoom): Promise<RoomAddress[]> => {
    const ordered = [...current.listening].sort((a, b) => Number(b.address === current.shown) - Number(a.address === current.shown));
    return Promise.all(
      ordered.map(async (a): Promise<RoomAddress> => {
        const joinUrl = `http://${a.address}:${current.server.port}/#${JOIN_KEY_FRAGMENT}=${current.key}`;
        return { address: a.address, interfaceName: a.interfaceName, kind: a.kind, joinUrl, qrSvg: await qrSvg(joinUrl) };
      }),
    );
  };

  const status = (): RoomStatus => {
    if (!room) return { state: 'closed', lanAddresses: listAddresses().map((a) => a.address) };
    const stats = room.server.stats();
    const shown = room.listening.find((a) => a.address === room!.shown) ?? null;
    return {
      state: 'open',
      sessionId: room.sessionId,
      network: room.network,
      port: room.server.port,
      addresses: room.addresses,
      code: room.code,
      codeLocked: stats.codeLocked,
      anonymous: room.anonymous,
      joined: stats.joined,
      connected: stats.connected,
      openedAt: room.openedAt,
      openRoundId: stats.openRoundId,
      phoneVotesInRound: stats.phoneVotesInRound,
      full: stats.full,
      claims: stats.claims,
      joins: stats.joins,
      settings: {
        key: room.key,
        tokenSecret: room.tokenSecret,
        port: room.server.port,
        network: room.network,
        address: shown?.address ?? null,
        interfaceName: shown?.interfaceName ?? null,
      },
    };
  };

  const emitStatusNow = (): void => {
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = null;
    deps.emit('roomState', status());
  };

  /** Joins and connections come in bursts: tell the window at most a few times a second. */
  const emitStatusSoon = (): void => {
    statusTimer ??= setTimeout(emitStatusNow, 150);
  };

  const open = async (request: OpenRoomRequest): Promise<RoomStatus> => {
    if (room) {
      if (room.sessionId === request.sessionId) return status();
      throw new UserFacingError('forbidden', 'The room is open for another session. Close it there first.');
    }
    if (!deps.rendererDir) throw new UserFacingError('not-found', msg('roomService.noPhonePage'));
    const found = request.network === 'lan' ? listAddresses() : [LOOPBACK];
    if (found.length === 0) throw new UserFacingError('not-found', msg('roomService.noNetwork'));
    let assets;
    try {
      assets = await loadParticipantAssets(deps.rendererDir);
    } catch (error) {
      throw new UserFacingError('not-found', error instanceof Error ? msg('roomService.phonePageUnreadable', { detail: error.message }) : msg('roomService.phonePageUnreadableNoDetail'));
    }
    const roomJournal = await getJournal();
    const previous = request.previous;
    const key = previous?.key ?? newRoomKey();
    const tokenSecret = previous?.tokenSecret ?? newTokenSecret();
    const code = newJoinCode();
    // The same address as before when this laptop still has it; otherwise the best one found.
    const shown = found.find((a) => a.address === previous?.address) ?? found.find((a) => a.interfaceName === previous?.interfaceName) ?? found[0]!;
    const start = (port: number) =>
      startRoomServer({
        addresses: found.map((a) => a.address),
        port,
        assets,
        sessionId: request.sessionId,
        roomKey: key,
        tokenSecret,
        joinCode: code,
        anonymous: request.anonymous,
        journal: roomJournal,
        now: deps.now,
        log: deps.log,
        limits: request.network === 'loopback' ? { ...LOOPBACK_LIMITS, ...deps.limits } : (deps.limits ?? {}),
        ...(deps.peerAddress ? { peerAddress: deps.peerAddress } : {}),
        onVote: (entry) => deps.emit('roomVote', entry),
        onChange: emitStatusSoon,
      });
    let server: RoomServer;
    try {
      try {
        server = await start(previous?.port ?? deps.port ?? 0);
      } catch (error) {
        if (!previous?.port) throw error;
        // The room's port is taken by something else now: phones must scan again, but the room opens.
        deps.log(`room: port ${previous.port} is not free (${error instanceof Error ? error.message : String(error)}); using another`);
        server = await start(deps.port ?? 0);
      }
    } catch (error) {
      deps.log(`room: could not start: ${error instanceof Error ? error.message : String(error)}`);
      throw new UserFacingError('io', 'The room could not start on this network. Check the laptop’s firewall, or try another network.');
    }
    server.setRoster(request.roster);
    server.setRound(request.round);
    const opened: OpenRoom = {
      sessionId: request.sessionId,
      network: request.network,
      server,
      listening: found,
      shown: shown.address,
      addresses: [],
      key,
      tokenSecret,
      code,
      anonymous: request.anonymous,
      openedAt: deps.now(),
    };
    opened.addresses = await addressesOf(opened);
    room = opened;
    emitStatusNow();
    return status();
  };

  const close = async (tellPhones = true): Promise<RoomStatus> => {
    if (opening) await opening.catch(() => {});
    const current = room;
    room = null;
    if (current) await current.server.close(tellPhones);
    emitStatusNow();
    return status();
  };

  const openFor = (sessionId: string): OpenRoom => {
    if (!room || room.sessionId !== sessionId) throw new UserFacingError('not-found', 'The room is not open for this session.');
    return room;
  };

  return {
    open: (request) => {
      // Two clicks on "Open the room" start one room.
      opening ??= open(request).finally(() => {
        opening = null;
      });
      return opening;
    },
    close: () => close(true),
    status,
    setRound(sessionId, anonymous, state, roster) {
      if (!room || room.sessionId !== sessionId) return { applied: false };
      room.anonymous = anonymous;
      room.server.setAnonymous(anonymous);
      room.server.setRoster(roster);
      room.server.setRound(state);
      return { applied: true };
    },
    async confirm(entryId, outcome) {
      const j = await getJournal();
      // The phone hears first: the window has the vote in the session already.
      room?.server.settle(entryId, outcome);
      return { confirmed: await j.confirm(entryId, outcome) };
    },
    async pending() {
      return (await getJournal()).pending();
    },
    async rotateKey(sessionId) {
      const current = openFor(sessionId);
      current.key = newRoomKey();
      current.code = newJoinCode();
      current.server.setRoomKey(current.key, current.code);
      current.addresses = await addressesOf(current);
      emitStatusNow();
      return status();
    },
    async chooseAddress(sessionId, address) {
      const current = openFor(sessionId);
      if (!current.listening.some((a) => a.address === address)) throw new UserFacingError('not-found', 'This laptop does not have that address any more. Choose another.');
      current.shown = address;
      current.addresses = await addressesOf(current);
      emitStatusNow();
      return status();
    },
    answerClaim(claimId, allow, handovers) {
      return { answered: room?.server.answerClaim(claimId, allow, handovers) ?? false };
    },
    async shutdown() {
      shutDown = true;
      await close(false).catch(() => {});
      if (statusTimer) clearTimeout(statusTimer);
      const j = journal;
      journal = null;
      if (j) await (await j.catch(() => null))?.close();
    },
  };
}
