/**
 * Start-up does what the first screen needs before React renders it: the route is read from the
 * hash, the workshop's code is asked for at once when the window opens on a session, and
 * IndexedDB is opened and compared with the disk (app/boot.ts). The first render then shows the
 * real screen with its data, not a placeholder followed by the screen.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { noBoot, startBoot } from './app/boot';
import { routeFromHash } from './app/hashRoute';
import { presenterScreen, workshopScreen } from './app/screens';
import { db } from './db/database';
import { flushMirror } from './db/mirrorScheduler';
import { closeOnVersionChange } from './db/openWorkingStore';
import { isBridgeAvailable } from './platform/api';
import { useAppStore } from './store/appStore';
import './styles/global.css';
import './styles/library.css';
import './styles/workshop.css';

/** Past this, the window shows "Opening your sessions…" rather than staying blank. */
const FIRST_SCREEN_PATIENCE_MS = 400;

const route = routeFromHash(window.location.hash);
useAppStore.getState().navigate(route);
const screenCode = route.screen === 'workshop' ? workshopScreen.load() : route.screen === 'presenter' ? presenterScreen.load() : null;

// A second window with a newer version: write what is pending, close, and reload into it.
closeOnVersionChange(db, { flush: flushMirror, reload: () => window.location.reload() });
// The presenter view only shows what the console window keeps in step with the disk.
const boot = isBridgeAvailable() && route.screen !== 'presenter' ? startBoot({ readLibrary: route.screen === 'library' }) : noBoot();

const ready = Promise.all([boot.shown, screenCode?.catch(() => {})]);
const patience = new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_PATIENCE_MS));
void Promise.race([ready, patience]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  ),
);
