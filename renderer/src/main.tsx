/**
 * Start-up does what the first screen needs before React renders it (app/earlyStart.ts): the
 * route is read from the hash, the workshop's code is asked for at once when the window opens on
 * a session, and IndexedDB is opened and compared with the disk (app/boot.ts). The first render
 * then shows the real screen with its data, not a placeholder followed by the screen.
 */
// First: starts what travels (the workshop's code, IndexedDB, the disk's stamps) before the rest is evaluated.
import { boot, firstScreenCode, initialRoute, windowTranslator } from './app/earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useAppStore } from './store/appStore';
import './styles/global.css';
import './styles/library.css';
import './styles/workshop.css';

/** Past this, the window shows "Opening your sessions…" rather than staying blank. */
const FIRST_SCREEN_PATIENCE_MS = 400;

useAppStore.getState().navigate(initialRoute);

const ready = Promise.all([boot.shown, firstScreenCode?.catch(() => {})]);
const patience = new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_PATIENCE_MS));
// Nothing is shown before the window's words are there: the catalogue is local and small.
const words = windowTranslator.then((translator) => {
  useAppStore.getState().setWindowTranslator(translator);
  document.documentElement.lang = translator.language;
});
void Promise.all([words, Promise.race([ready, patience])]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  ),
);
