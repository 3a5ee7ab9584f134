/**
 * A room server in its own process, for the SIGKILL test: loopback only, a journal in the folder
 * given, one open round. Prints "ready <port>" and runs until killed.
 *   node --import tsx roomServerChild.ts <journal folder>
 */
import { loadParticipantAssets } from '../../../../../electron/services/room/participantAssets';
import { openRoomJournal } from '../../../../../electron/services/room/roomJournal';
import { startRoomServer } from '../../../../../electron/services/room/roomServer';
import { fakeRendererDir, JOIN_CODE, openState, ROOM_KEY, roster, TOKEN_SECRET } from './roomTestKit';

const folder = process.argv[2];
if (!folder) throw new Error('usage: roomServerChild.ts <journal folder>');
const journal = await openRoomJournal(folder);
const settle = { now: (_entryId: string) => {} };
const server = await startRoomServer({
  addresses: ['127.0.0.1'],
  assets: await loadParticipantAssets(await fakeRendererDir()),
  sessionId: 'session-1',
  roomKey: ROOM_KEY,
  tokenSecret: TOKEN_SECRET,
  joinCode: JOIN_CODE,
  anonymous: false,
  journal,
  now: Date.now,
  log: () => {},
  limits: { messagesPerSecond: 1000, messageBurst: 1000, maxConnectionsPerAddress: 100, maxSocketsPerAddress: 200, joinBurst: 100, newcomersPerAddress: 100 },
  // The window stores each vote at once (it is not what this test is about).
  onVote: (entry) => setImmediate(() => settle.now(entry.entryId)),
  onChange: () => {},
});
settle.now = (entryId) => server.settle(entryId, 'stored');
server.setRoster(roster());
server.setRound(openState());
process.stdout.write(`ready ${server.port}\n`);
