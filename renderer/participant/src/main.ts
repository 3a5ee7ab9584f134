/**
 * The phone page: joins the room on the laptop that served it, shows the open round, sends the
 * vote. No external requests; everything comes from the laptop's room server.
 */
import { JOIN_KEY_FRAGMENT } from '../../../shared/room/roomConstants';
import { localIdentityStore } from './phoneIdentity';
import { laptopMessageFrom, PhoneController } from './phoneController';
import { connectPhoneSocket, type PhoneSocket } from './phoneSocket';
import { createPhoneView } from './phoneView';
import './participant.css';

function keyFromAddress(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const key = params.get(JOIN_KEY_FRAGMENT);
  return key && /^[A-Za-z0-9_-]{22,64}$/.test(key) ? key : null;
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById('app')!;
const status = document.getElementById('link-status')!;
const draw = createPhoneView(root, status);
let socket: PhoneSocket | null = null;

const controller: PhoneController = new PhoneController(
  {
    store: localIdentityStore(storage()),
    send: (message) => socket?.send(message) ?? false,
    newVoteId: randomId,
    onChange: (state) => {
      draw(state, controller);
      if (state.screen.kind === 'room-closed') socket?.stop();
    },
  },
  keyFromAddress(),
);

draw(controller.state, controller);
// The page's files all arrived and run: the page's own retry (see participantAssets) can stand down.
document.documentElement.dataset.ready = 'true';
socket = connectPhoneSocket({
  open: () => controller.connected(),
  close: () => controller.disconnected(),
  message: (text) => {
    const message = laptopMessageFrom(text);
    if (message) controller.received(message);
  },
});
