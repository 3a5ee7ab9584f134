/**
 * The phone page: joins the room on the laptop that served it, shows the open round, sends the
 * vote. No external requests; everything comes from the laptop's room server. It speaks the
 * session's language unless its person chose another on this phone.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { JOIN_KEY_FRAGMENT } from '../../../shared/room/roomConstants';
import { registerBundledCatalogues } from '../../src/i18n/catalogueLoaders';
import { localIdentityStore } from './phoneIdentity';
import { languageControl, localLanguagePreference, phoneLanguage, translatorFor } from './phoneLanguage';
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

registerBundledCatalogues();
const preference = localLanguagePreference(storage());
const root = document.getElementById('app')!;
const status = document.getElementById('link-status')!;
const draw = createPhoneView(root, status);
let socket: PhoneSocket | null = null;
/** The laptop served the page in the session's language (`<html lang>`); states say it again. */
let sessionLanguage: string | null = document.documentElement.lang || null;

async function start(): Promise<void> {
  // The one catalogue this phone shows is loaded before anything is drawn: no flash of another language.
  let translator: Translator;
  try {
    translator = await translatorFor(phoneLanguage(preference.load(), sessionLanguage));
  } catch {
    // The catalogue did not arrive (a connection reset while a whole room scans): load the page again.
    setTimeout(() => location.reload(), 1500 + Math.floor(Math.random() * 1000));
    return;
  }

  const picker = languageControl((tag) => {
    preference.save(tag);
    void follow();
  });
  root.before(picker.node);

  const redraw = (): void => {
    draw(controller.state, controller, translator);
    picker.update(translator);
  };

  /** Shows another language when the wanted one changed (the person chose, or the session switched). */
  const follow = async (): Promise<void> => {
    const wanted = phoneLanguage(preference.load(), sessionLanguage);
    if (wanted === translator.language) return;
    const next = await translatorFor(wanted);
    if (phoneLanguage(preference.load(), sessionLanguage) !== next.language) return;
    translator = next;
    redraw();
  };

  const controller: PhoneController = new PhoneController(
    {
      store: localIdentityStore(storage()),
      send: (message) => socket?.send(message) ?? false,
      newVoteId: randomId,
      onChange: (state) => {
        draw(state, controller, translator);
        if (state.language !== null && state.language !== sessionLanguage) {
          sessionLanguage = state.language;
          void follow();
        }
        if (state.screen.kind === 'room-closed') socket?.stop();
      },
    },
    keyFromAddress(),
  );

  redraw();
  socket = connectPhoneSocket({
    open: () => controller.connected(),
    close: () => controller.disconnected(),
    message: (text) => {
      const message = laptopMessageFrom(text);
      if (message) controller.received(message);
    },
  });
}

// The page's files all arrived and run: the page's own retry (see participantAssets) can stand down.
// (Its catalogue, loaded just after, retries by itself above.)
document.documentElement.dataset.ready = 'true';
void start();
