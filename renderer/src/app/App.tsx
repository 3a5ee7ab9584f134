import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushMirror } from '../db/mirrorScheduler';
import { RecoveryBanner } from '../features/backups/RecoveryBanner';
import { SessionFilesProvider } from '../features/files/SessionFilesProvider';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { call, isBridgeAvailable } from '../platform/api';
import { useAppStore } from '../store/appStore';
import { systemTheme } from '../store/uiSlice';
import { Toasts } from '../ui/Toasts';
import { CommandPalette } from '../commands/CommandPalette';
import { useCommandHandler, useWindowCommands } from '../commands/keys';
import type { Boot } from './boot';
import { hashFromRoute, routeFromHash } from './hashRoute';
import { frameworksScreen, portfolioScreen, presenterScreen, roomBridge, workshopScreen } from './screenModules';
import { useModule, whenIdle } from './screens';
import { TranslatorProvider, useI18n } from '../i18n/TranslatorContext';

/** The menu and main's dialogs speak the window's language: told at start and at every change. */
function useMenuLanguage(language: string) {
  const i18n = useI18n();
  useEffect(() => {
    document.title = i18n.t('app.title');
  }, [i18n]);
  useEffect(() => {
    if (!isBridgeAvailable() || language === '') return;
    void call('setMenuLanguage', { language }).catch(() => {});
  }, [language]);
}

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

/** The route came from the hash before the first render (main.tsx); later hash changes follow it. */
function useHashRouting() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    const onHash = () => navigate(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [navigate]);
  useEffect(() => {
    const hash = hashFromRoute(route);
    // '' and '#/' are the same route: no history write for them.
    if (hashFromRoute(routeFromHash(window.location.hash)) !== hash) window.history.replaceState(null, '', hash);
  }, [route]);
}

/**
 * The room's bridge (phone votes in, round state out) starts once the first screen is up and the
 * window is idle: it stores votes still waiting from before a restart, and follows a room that
 * was opened before a reload; nothing on the first screen needs it sooner.
 */
function DeferredRoomBridge() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => whenIdle(() => setWanted(true)), []);
  const loaded = useModule(roomBridge, wanted);
  return loaded && loaded !== 'failed' ? <loaded.RoomBridge /> : null;
}

function Centered({ text }: { text: string }) {
  return (
    <div className="centered" aria-busy="true">
      <p className="muted">{text}</p>
    </div>
  );
}

function WorkshopRoute({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const loaded = useModule(workshopScreen, true);
  if (loaded === 'failed') return <Centered text={i18n.t('app.notLoaded')} />;
  if (!loaded) return <Centered text={i18n.t('app.openingSession')} />;
  return <loaded.WorkshopScreen key={sessionId} sessionId={sessionId} />;
}

function PresenterRoute({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const loaded = useModule(presenterScreen, true);
  if (loaded === 'failed') return <Centered text={i18n.t('app.notLoaded')} />;
  if (!loaded) return <Centered text={i18n.t('app.openingPresenter')} />;
  return <loaded.PresenterScreen key={sessionId} sessionId={sessionId} />;
}

function FrameworksRoute({ frameworkId }: { frameworkId: string | null }) {
  const i18n = useI18n();
  const loaded = useModule(frameworksScreen, true);
  if (loaded === 'failed') return <Centered text={i18n.t('app.notLoaded')} />;
  if (!loaded) return <Centered text={i18n.t('frameworkEditor.opening')} />;
  return frameworkId === null ? <loaded.FrameworksScreen /> : <loaded.FrameworkEditorScreen key={frameworkId} frameworkId={frameworkId} />;
}

function PortfolioRoute({ client }: { client: string }) {
  const i18n = useI18n();
  const loaded = useModule(portfolioScreen, true);
  if (loaded === 'failed') return <Centered text={i18n.t('app.notLoaded')} />;
  if (!loaded) return <Centered text={i18n.t('portfolio.opening')} />;
  return <loaded.PortfolioScreen key={client} client={client} />;
}

export function App({ boot }: { boot: Boot }) {
  const translator = useAppStore((s) => s.windowTranslator);
  if (translator === null) return null; // main.tsx renders once the window's catalogue is loaded
  return (
    <TranslatorProvider translator={translator}>
      <AppScreens boot={boot} />
    </TranslatorProvider>
  );
}

function AppScreens({ boot }: { boot: Boot }) {
  const i18n = useI18n();
  useThemeOnDocument();
  useHashRouting();
  const { phase, notices } = useSyncExternalStore(boot.subscribe, boot.get);
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
  // The presenter's window has no menu of its own; the facilitator's window tells main its language.
  useMenuLanguage(presenter ? '' : i18n.language);
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
  useCommandHandler('frameworks.open', presenter ? undefined : () => navigate({ screen: 'frameworks' }));
  useCommandHandler('theme.toggle', toggleTheme);
  useCommandHandler('palette.open', presenter ? undefined : () => setPaletteOpen(!useAppStore.getState().paletteOpen));

  // Opening a session from the library needs no wait: its code comes while the window is idle.
  useEffect(() => (route.screen === 'library' && phase === 'ready' ? whenIdle(() => void workshopScreen.load().catch(() => {})) : undefined), [route.screen, phase]);

  if (!isBridgeAvailable()) {
    return (
      <div className="centered">
        <div className="notice card" role="alert">
          <h1>{i18n.t('app.title')}</h1>
          <p>{i18n.t('app.outsideApp', { command: 'npm start' })}</p>
        </div>
      </div>
    );
  }
  if (route.screen === 'presenter') {
    // The projector's window: a view only, so no controls, no files, no room bridge here.
    return <PresenterRoute sessionId={route.sessionId} />;
  }
  if (phase !== 'ready') return <Centered text={i18n.t('app.restoring')} />;
  return (
    <SessionFilesProvider>
      <RecoveryBanner notices={notices} />
      <DeferredRoomBridge />
      {route.screen === 'workshop' ? (
        <WorkshopRoute sessionId={route.sessionId} />
      ) : route.screen === 'portfolio' ? (
        <PortfolioRoute client={route.client} />
      ) : route.screen === 'frameworks' || route.screen === 'framework' ? (
        <FrameworksRoute frameworkId={route.screen === 'framework' ? route.frameworkId : null} />
      ) : (
        <LibraryScreen newSessionOpen={newSessionOpen} setNewSessionOpen={setNewSessionOpen} />
      )}
      <CommandPalette />
      <Toasts />
    </SessionFilesProvider>
  );
}
