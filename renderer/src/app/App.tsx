import { lazy, Suspense, useEffect, useState } from 'react';
import { flushMirror } from '../db/mirrorScheduler';
import { RecoveryBanner } from '../features/backups/RecoveryBanner';
import { SessionFilesProvider } from '../features/files/SessionFilesProvider';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { isBridgeAvailable } from '../platform/api';
import { useAppStore } from '../store/appStore';
import { systemTheme } from '../store/uiSlice';
import { Toasts } from '../ui/Toasts';
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
  const [newSessionOpen, setNewSessionOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.shiftKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        navigate({ screen: 'library' });
        setNewSessionOpen(true);
      } else if (mod && e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        toggleTheme();
      }
    };
    window.addEventListener('keydown', onKey);
    const flush = () => void flushMirror();
    window.addEventListener('pagehide', flush);
    const unsubscribe = isBridgeAvailable()
      ? window.readinessRoom!.onMenuCommand(({ command }) => {
          if (command === 'new-session') {
            navigate({ screen: 'library' });
            setNewSessionOpen(true);
          } else if (command === 'open-library') navigate({ screen: 'library' });
          else if (command === 'toggle-theme') toggleTheme();
          // Session-file commands are handled by SessionFilesProvider.
        })
      : () => {};
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', flush);
      unsubscribe();
    };
  }, [navigate, toggleTheme]);

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
      <Toasts />
    </SessionFilesProvider>
  );
}
