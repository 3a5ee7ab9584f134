import { lazy, Suspense, useEffect, useState } from 'react';
import { flushMirror } from '../db/mirrorScheduler';
import { RecoveryBanner } from '../features/backups/RecoveryBanner';
import { SessionFilesProvider } from '../features/files/SessionFilesProvider';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { isBridgeAvailable } from '../platform/api';
import { useAppStore } from '../store/appStore';
import { systemTheme } from '../store/uiSlice';
import { Toasts } from '../ui/Toasts';
import { CommandPalette } from '../commands/CommandPalette';
import { useCommandHandler, useWindowCommands } from '../commands/keys';
import { hashFromRoute, routeFromHash } from './hashRoute';
import { useBoot } from './useBoot';

// The workshop is loaded on first use, so the library appears sooner.
const WorkshopScreen = lazy(() => import('../features/workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));
// The room's bridge (phone votes in, round state out) loads after the first screen.
const RoomBridge = lazy(() => import('../features/room/RoomBridge').then((m) => ({ default: m.RoomBridge })));
const PresenterScreen = lazy(() => import('../features/room/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));

function useThemeOnDocument() {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? systemTheme() : theme;
    };
    apply();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [theme]);
}

function useHashRouting() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    navigate(routeFromHash(window.location.hash));
    const onHash = () => navigate(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [navigate]);
  useEffect(() => {
    const hash = hashFromRoute(route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [route]);
}

export function App() {
  useThemeOnDocument();
  useHashRouting();
  const boot = useBoot();
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const toggleTheme = useAppStore((s) => s.toggleTheme);
  const setPaletteOpen = useAppStore((s) => s.setPaletteOpen);
  const [newSessionOpen, setNewSessionOpen] = useState(false);

  useEffect(() => {
    const flush = () => void flushMirror();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  // Keys, menu items and the palette all run keymap commands (commands/keys.ts).
  const presenter = route.screen === 'presenter';
  useWindowCommands();
  useCommandHandler(
    'session.new',
    presenter
      ? undefined
      : () => {
          navigate({ screen: 'library' });
          setNewSessionOpen(true);
        },
  );
  useCommandHandler('library.open', presenter ? undefined : () => navigate({ screen: 'library' }));
  useCommandHandler('theme.toggle', toggleTheme);
  useCommandHandler('palette.open', presenter ? undefined : () => setPaletteOpen(!useAppStore.getState().paletteOpen));

  if (!isBridgeAvailable()) {
    return (
      <div className="centered">
        <div className="notice card" role="alert">
          <h1>Readiness Room</h1>
          <p>This page is the inside of the Readiness Room app. Start it with <code>npm start</code> instead of opening it in a browser.</p>
        </div>
      </div>
    );
  }
  if (route.screen === 'presenter') {
    // The projector's window: a view only, so no controls, no files, no room bridge here.
    return (
      <Suspense fallback={<div className="centered muted">Opening the presenter view…</div>}>
        <PresenterScreen key={route.sessionId} sessionId={route.sessionId} />
      </Suspense>
    );
  }
  if (!boot.ready) {
    return (
      <div className="centered" aria-busy="true">
        <p className="muted">Opening your sessions…</p>
      </div>
    );
  }
  return (
    <SessionFilesProvider>
      <RecoveryBanner notices={boot.notices} />
      <Suspense fallback={null}>
        <RoomBridge />
      </Suspense>
      {route.screen === 'workshop' ? (
        <Suspense fallback={<div className="centered muted">Opening the session…</div>}>
          <WorkshopScreen key={route.sessionId} sessionId={route.sessionId} />
        </Suspense>
      ) : (
        <LibraryScreen newSessionOpen={newSessionOpen} setNewSessionOpen={setNewSessionOpen} />
      )}
      <CommandPalette />
      <Toasts />
    </SessionFilesProvider>
  );
}
