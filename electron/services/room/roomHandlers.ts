/** The room's calls of the IPC contract, on the room service. Only the laptop's own window reaches them. */
import type { Handlers } from '../ipc/dispatcher';
import type { Ports } from '../ports';
import { createRoomService, type RoomService } from './roomService';

type RoomCalls =
  | 'openRoom'
  | 'closeRoom'
  | 'roomStatus'
  | 'setRoomRound'
  | 'confirmRoomVote'
  | 'pendingRoomVotes'
  | 'rotateRoomKey'
  | 'chooseRoomAddress'
  | 'answerRoomClaim'
  | 'openPresenter';

export function roomHandlersFor(room: RoomService, ports: Pick<Ports, 'openPresenter'>): Pick<Handlers, RoomCalls> {
  return {
    openRoom: async (request) => room.open(request),
    closeRoom: async () => room.close(),
    roomStatus: async () => room.status(),
    setRoomRound: async ({ sessionId, anonymous, state, roster }) => room.setRound(sessionId, anonymous, state, roster),
    rotateRoomKey: async ({ sessionId }) => room.rotateKey(sessionId),
    chooseRoomAddress: async ({ sessionId, address }) => room.chooseAddress(sessionId, address),
    answerRoomClaim: async ({ claimId, allow, handovers }) => room.answerClaim(claimId, allow, handovers),
    confirmRoomVote: async ({ entryId, outcome }) => room.confirm(entryId, outcome),
    pendingRoomVotes: async () => ({ votes: await room.pending() }),
    openPresenter: async ({ sessionId }) => {
      await ports.openPresenter(sessionId);
      return { opened: true };
    },
  };
}

/** The room service wired to the ports, closed when the app quits, and its handlers. */
export function createRoomHandlers(ports: Ports): Pick<Handlers, RoomCalls> {
  const room = createRoomService({
    userDataDir: ports.userDataDir,
    rendererDir: ports.rendererDir,
    now: () => ports.now().getTime(),
    log: ports.log,
    emit: (name, payload) => ports.emit(name, payload),
  });
  ports.onQuit(() => room.shutdown());
  return roomHandlersFor(room, ports);
}
