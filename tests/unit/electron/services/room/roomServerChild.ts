/**
 * A room server in its own process, for the SIGKILL test: loopback only, a journal in the folder
 * given, one open round. Prints "ready <port>" and runs until killed.
 *   node --import tsx roomServerChild.ts <journal folder>
 */
import { loadParticipantAssets } from '../../../../../electron/services/room/participantAssets';
import { openRoomJournal } from '../../../../../electron/services/room/roomJournal';
import { startRoomServer } from '../../../../../electron/services/room/roomServer';
import { fakeRendererDir, JOIN_CODE, openState, ROOM_KEY } from './roomTestKit';

const folder = process.argv[2];
if (!folder) throw new Error('usage: roomServerChild.ts <journal folder>');
const journal = await openRoomJournal(folder);
const server = await startRoomServer({
  addresses: ['127.0.0.1'],
  assets: await loadParticipantAssets(await fakeRendererDir()),
  sessionId: 'session-1',
  roomKey: ROOM_KEY,
  joinCode: JOIN_CODE,
  anonymous: false,
  journal,
  now: Date.now,
  log: () => {},
  limits: { messagesPerSecond: 1000, messageBurst: 1000, maxConnectionsPerAddress: 100 },
  onVote: () => {},
  onChange: () => {},
});
server.setRound(openState());
process.stdout.write(`ready ${server.port}\n`);
