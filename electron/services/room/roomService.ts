/**
 * The room as the laptop's window sees it: open it for a session, close it, read its status,
 * tell it which round is open, and take the phones' votes from the journal (pushed as `roomVote`
 * events, confirmed by the window once stored, handed over again after a restart until then).
 * Plain Node: Electron's main process and the Chromium shell both wire it with the same ports.
 */
import path from 'node:path';
import type { EventName, EventPayloads } from '../../../shared/ipc/contract';
import { JOIN_KEY_FRAGMENT } from '../../../shared/room/roomConstants';
import type { RoomRoundState } from '../../../shared/room/roomRoundState';
import type { RoomAddress, RoomNetwork, RoomStatus } from '../../../shared/room/roomStatus';
import type { RoomVoteEntry, RoomVoteOutcome } from '../../../shared/room/roomVoteEntry';
import { UserFacingError } from '../ipc/dispatcher';
import { lanAddresses, LOOPBACK, type LanAddress } from './networkAddresses';
import { loadParticipantAssets } from './participantAssets';
import { qrSvg } from './qrSvg';
import { openRoomJournal, type RoomJournal } from './roomJournal';
import { newJoinCode, newRoomKey } from './roomSecrets';
import { startRoomServer, type RoomLimits, type RoomServer } from './roomServer';

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
  /** Port for the room; 0 (default) picks a free one. */
  port?: number;
}

export interface OpenRoomRequest {
  sessionId: string;
  network: RoomNetwork;
  anonymous: boolean;
  round: RoomRoundState;
}

export interface RoomService {
  open(request: OpenRoomRequest): Promise<RoomStatus>;
  close(): Promise<RoomStatus>;
  status(): RoomStatus;
  setRound(sessionId: string, anonymous: boolean, state: RoomRoundState): { applied: boolean };
  confirm(entryId: string, outcome: RoomVoteOutcome): Promise<{ confirmed: boolean }>;
  pending(): Promise<RoomVoteEntry[]>;
  /** Closes the room (telling the phones) and the journal; for quitting. */
  shutdown(): Promise<void>;
}

interface OpenRoom {
  sessionId: string;
  network: RoomNetwork;
  server: RoomServer;
  addresses: RoomAddress[];
  code: string;
  anonymous: boolean;
  openedAt: number;
}

const NO_NETWORK =
  'This laptop is not connected to any network, so phones cannot reach it. Connect to the venue’s Wi-Fi or to a phone hotspot (no internet needed), then open the room again.';

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

  const status = (): RoomStatus => {
    if (!room) return { state: 'closed', lanAddresses: listAddresses().map((a) => a.address) };
    const stats = room.server.stats();
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
    if (!deps.rendererDir) throw new UserFacingError('not-found', 'The phone page is not available in this build of Readiness Room.');
    const found = request.network === 'lan' ? listAddresses() : [LOOPBACK];
    if (found.length === 0) throw new UserFacingError('not-found', NO_NETWORK);
    let assets;
    try {
      assets = await loadParticipantAssets(deps.rendererDir);
    } catch (error) {
      throw new UserFacingError('not-found', error instanceof Error ? error.message : 'The phone page could not be read.');
    }
    const roomJournal = await getJournal();
    const roomKey = newRoomKey();
    const code = newJoinCode();
    let server: RoomServer;
    try {
      server = await startRoomServer({
        addresses: found.map((a) => a.address),
        port: deps.port ?? 0,
        assets,
        sessionId: request.sessionId,
        roomKey,
        joinCode: code,
        anonymous: request.anonymous,
        journal: roomJournal,
        now: deps.now,
        log: deps.log,
        limits: deps.limits ?? {},
        onVote: (entry) => deps.emit('roomVote', entry),
        onChange: emitStatusSoon,
      });
    } catch (error) {
      deps.log(`room: could not start: ${error instanceof Error ? error.message : String(error)}`);
      throw new UserFacingError('io', 'The room could not start on this network. Check the laptop’s firewall, or try another network.');
    }
    const addresses = await Promise.all(
      found.map(async (a): Promise<RoomAddress> => {
        const joinUrl = `http://${a.address}:${server.port}/#${JOIN_KEY_FRAGMENT}=${roomKey}`;
        return { address: a.address, interfaceName: a.interfaceName, joinUrl, qrSvg: await qrSvg(joinUrl) };
      }),
    );
    server.setRound(request.round);
    room = { sessionId: request.sessionId, network: request.network, server, addresses, code, anonymous: request.anonymous, openedAt: deps.now() };
    emitStatusNow();
    return status();
  };

  const close = async (): Promise<RoomStatus> => {
    if (opening) await opening.catch(() => {});
    const current = room;
    room = null;
    if (current) await current.server.close();
    emitStatusNow();
    return status();
  };

  return {
    open: (request) => {
      // Two clicks on "Open the room" start one room.
      opening ??= open(request).finally(() => {
        opening = null;
      });
      return opening;
    },
    close,
    status,
    setRound(sessionId, anonymous, state) {
      if (!room || room.sessionId !== sessionId) return { applied: false };
      room.anonymous = anonymous;
      room.server.setAnonymous(anonymous);
      room.server.setRound(state);
      return { applied: true };
    },
    async confirm(entryId, outcome) {
      const j = await getJournal();
      return { confirmed: await j.confirm(entryId, outcome) };
    },
    async pending() {
      return (await getJournal()).pending();
    },
    async shutdown() {
      shutDown = true;
      await close().catch(() => {});
      if (statusTimer) clearTimeout(statusTimer);
      const j = journal;
      journal = null;
      if (j) await (await j.catch(() => null))?.close();
    },
  };
}
