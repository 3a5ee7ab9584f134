/**
 * The first of the window's own modules to run (main.tsx imports it first, so it is evaluated
 * before React DOM and the screens): reads the route from the hash, asks for the workshop's code
 * at once when the window opens on a session, and starts start-up (app/boot.ts: IndexedDB opens
 * while the disk's stamps travel), all while the rest of the first chunk is being evaluated.
 */
import { loadTranslator, type Translator } from '../../../shared/i18n';
import { db } from '../db/database';
import { registerBundledCatalogues } from '../i18n/catalogueLoaders';
import { windowLanguageFor } from '../i18n/windowLanguagePreference';
import { useAppStore } from '../store/appStore';
import { flushMirror } from '../db/mirrorScheduler';
import { closeOnVersionChange } from '../db/openWorkingStore';
import { isBridgeAvailable } from '../platform/api';
import type { Route } from '../store/uiSlice';
import { noBoot, startBoot, type Boot } from './boot';
import { routeFromHash } from './hashRoute';
import { presenterScreen, workshopScreen } from './screenModules';

export const initialRoute: Route = routeFromHash(window.location.hash);

registerBundledCatalogues();
/** The window's language: only its catalogue is fetched (languages not in use are never loaded). */
export const windowTranslator: Promise<Translator> = loadTranslator(windowLanguageFor(useAppStore.getState().windowLanguage));

/** The code of the first screen when it is not in the first chunk; null for the library. */
export const firstScreenCode: Promise<unknown> | null =
  initialRoute.screen === 'workshop' ? workshopScreen.load() : initialRoute.screen === 'presenter' ? presenterScreen.load() : null;
firstScreenCode?.catch(() => {}); // the screen itself says when its code could not be loaded

// A second window with a newer version: write what is pending, close, and reload into it.
closeOnVersionChange(db, { flush: flushMirror, reload: () => window.location.reload() });

/** The presenter view only shows what the console window keeps in step with the disk. */
export const boot: Boot = isBridgeAvailable() && initialRoute.screen !== 'presenter' ? startBoot({ readLibrary: initialRoute.screen === 'library' }) : noBoot();
