/**
 * The Chromium shell: the built renderer served on 127.0.0.1 in Debian's Chromium, driven by
 * playwright-core, with the preload's API (`window.readinessRoom`) bridged to the same
 * main-process services Electron uses; only the transport differs (docs/ARCHITECTURE.md, "Two ways
 * the app runs"). Used by the end-to-end tests, the benchmarks, the screenshots and `npm start`
 * where Electron could not be fetched (there as one chromeless app window: `appWindow`).
 */
import { readFileSync } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CALL_NAMES, EVENT_NAMES, type CallName, type EventName, type EventPayloads, type ReadinessRoomApi } from '../../shared/ipc/contract';
import { availableLanguages, msg } from '../../shared/i18n';
import { createHandlers } from '../services/handlers';
import { registerCatalogueFiles } from '../services/i18n/nodeCatalogues';
import { createDispatcher, ipcError, type Dispatch } from '../services/ipc/dispatcher';
import type { Ports } from '../services/ports';
import { createFileOpenQueue } from '../services/sessions/fileOpenQueue';
import { CHROMIUM_ARGS, createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { revealInFileManager } from './fileManager';
import { startStaticServer } from './staticServer';

export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

export { CHROMIUM_ARGS };

/**
 * Chromium's app mode: one window with the page and nothing else. `--test-type` keeps Chromium
 * from showing its "unsupported command-line flag: --no-sandbox" banner (the flag is needed
 * where Chromium runs as root, as under CI); Playwright launches its own app-mode windows the
 * same way.
 */
function appWindowArgs(appUrl: string): string[] {
  return [`--app=${appUrl}`, '--test-type=', '--window-size=1280,800', '--class=readiness-room'];
}
const APP_WINDOW_IGNORED_DEFAULTS = ['--enable-automation', 'about:blank'];

/** Name of the context-wide binding every call goes through (the dispatcher checks the sender). */
export const INVOKE_BINDING = '__readinessRoomInvoke';
/** Name of the hidden (non-enumerable) event dispatcher the init script installs. */
export const EMIT_FUNCTION = '__readinessRoomEmit';

export interface ChromiumShellOptions {
  /** The built renderer (see `rendererDir()`). */
  rendererDir: string;
  /** The services' data folder (Electron's userData): sessions, backups. Created when missing. */
  userDataDir: string;
  headless: boolean;
  /** Default 1280×800; `null` lets a headed window size the page. */
  viewport?: { width: number; height: number } | null;
  /** Default: package.json's version. */
  appVersion?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Chromium profile folder. Given: a persistent profile (`launchPersistentContext`), so IndexedDB
   * and localStorage survive a restart. Omitted: a throwaway profile (`launch` + `newContext`).
   */
  profileDir?: string;
  /**
   * Port of the static server; 0 (default) picks a free one. IndexedDB is keyed by origin, which
   * includes the port: a restart that must see the same IndexedDB has to reuse the port.
   */
  port?: number;
  /** In-memory pages served on the same origin, e.g. `{ '/__bench/blank.html': '<!doctype html>…' }`. */
  extraFiles?: Record<string, string>;
  /** Navigate the first page to index.html before returning (default true). */
  open?: boolean;
  /**
   * Where the stand-in Save dialog saves when no test chose a path (a person using `npm start` in
   * the Chromium shell): `<dialogFolder>/<suggested name>`, never over an existing file. Without
   * it, the stand-in answers "cancelled".
   */
  dialogFolder?: string;
  /**
   * The export destination when no test chose one: the shell has no native folder dialog, so
   * "Choose folder" answers this folder (created when missing) and the Export stage says so.
   * Without it, the stand-in answers "cancelled".
   */
  exportFolder?: string;
  /** "Show in folder" opens the system's file manager (for a person); otherwise it is only recorded. */
  revealInFileManager?: boolean;
  /**
   * One chromeless app window (Chromium's app mode: no tabs, no address bar, no banners) instead
   * of a browser window. Needs `profileDir`.
   */
  appWindow?: boolean;
  /** The Chromium to drive; default Debian's (`CHROMIUM_EXECUTABLE`). */
  executablePath?: string;
  /** Where the services and the shell log; default: kept in `shell.logs` only. */
  log?: (message: string) => void;
}

export interface ChromiumShell {
  /** The browser; `null` with a persistent profile (Playwright gives none for those). */
  browser: Browser | null;
  context: BrowserContext;
  /** The app's first page. */
  page: Page;
  /** `http://127.0.0.1:<port>`, the only origin the dispatcher and the network allow. */
  origin: string;
  /** `<origin>/index.html`. */
  appUrl: string;
  port: number;
  userDataDir: string;
  profileDir: string | null;
  /** The dispatcher the bridge calls (tests may call it directly). */
  dispatch: Dispatch;
  /** Every request the offline router refused. */
  blockedRequests: string[];
  /** URLs `openExternal` would have opened (the shell only logs them). */
  externalOpens: string[];
  logs: string[];
  /** Pushes an event to every page of the app, like main's `webContents.send`. */
  emit<E extends EventName>(eventName: E, payload: EventPayloads[E]): Promise<void>;
  /** What the stand-in Save dialog answers next (then it answers "cancelled" again). */
  setNextSavePath(filePath: string | null): void;
  /** What the stand-in folder dialog (export destination) answers next; then "cancelled" again. */
  setNextFolder(folder: string | null): void;
  /** Files "Show in folder" was asked to reveal (the shell only records them). */
  shownInFolder: string[];
  /** What the stand-in Open dialog answers next (then it answers "cancelled" again). */
  setNextOpenPath(filePath: string | null): void;
  /** The file names the Save dialog suggested, in order. */
  offeredSaveNames: string[];
  /** Like a double-click on a .rrsession file or a second launch with its path. */
  requestFileOpen(filePath: string): void;
  /** A fresh context (own storage) with the bridge and the offline router; not with a persistent profile. */
  newContext(options?: { viewport?: { width: number; height: number } | null; colorScheme?: 'light' | 'dark' }): Promise<{ context: BrowserContext; page: Page }>;
  /** Closes the browser and the server. Safe to call twice. */
  close(): Promise<void>;
}

/** The repository's root folder. */
export function repoRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** `out/renderer` at the repository root (built by `npx electron-vite build`). */
export function rendererDir(): string {
  return path.join(repoRoot(), 'out', 'renderer');
}

function packageVersion(): string {
  try {
    const parsed = JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The names the init script generates; fails to compile if ReadinessRoomApi grows anything else. */
type GeneratedNames = CallName | `on${Capitalize<EventName>}`;
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _generatedNamesMatchApi: SameKeys<GeneratedNames, keyof ReadinessRoomApi> = true;

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The init script that defines `window.readinessRoom` in pages of `origin` only: a frozen object
 * (top-level frames only, like a preload without nodeIntegrationInSubFrames): a frozen object
 * with one explicit function per call of the contract and one `on<Event>` per event, the
 * listeners kept in a closure. Generated from CALL_NAMES and EVENT_NAMES, so it follows the
 * contract; `shell.spec.ts` checks the names against it.
 */
export function bridgeInitScript(origin: string): string {
  const calls = CALL_NAMES.map((name) => `    ${name}: (request) => invoke(${JSON.stringify(name)}, request),`);
  const events = EVENT_NAMES.map((name) => `    on${capitalize(name)}: (listener) => subscribe(${JSON.stringify(name)}, listener),`);
  const listenerSets = EVENT_NAMES.map((name) => `${JSON.stringify(name)}: new Set()`).join(', ');
  return `(() => {
  'use strict';
  // Like Electron's preload: our own origin's top-level frame only.
  if (window.location.origin !== ${JSON.stringify(origin)} || window.top !== window) return;
  const binding = window[${JSON.stringify(INVOKE_BINDING)}];
  const invoke = (channel, request) => {
    const call = typeof binding === 'function' ? binding : window[${JSON.stringify(INVOKE_BINDING)}];
    return call(channel, request);
  };
  const listeners = { ${listenerSets} };
  const subscribe = (eventName, listener) => {
    if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
    const set = listeners[eventName];
    set.add(listener);
    return () => { set.delete(listener); };
  };
  Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
    value: (eventName, payload) => {
      const set = Object.hasOwn(listeners, eventName) ? listeners[eventName] : null;
      if (!set) return 0;
      for (const listener of [...set]) {
        try { listener(payload); } catch (error) { console.error(error); }
      }
      return set.size;
    },
    enumerable: false,
    configurable: false,
    writable: false,
  });
  const api = Object.freeze({
${[...calls, ...events].join('\n')}
  });
  Object.defineProperty(window, 'readinessRoom', { value: api, enumerable: true, configurable: false, writable: false });
})();
`;
}

/** `<folder>/<name>`, or `<folder>/<stem> (2).<ext>`, … when that is taken. */
async function freeFileName(folder: string, name: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const { name: stem, ext } = path.parse(name);
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!(await access(candidate).then(() => true, () => false))) return candidate;
  }
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export async function launchChromiumShell(options: ChromiumShellOptions): Promise<ChromiumShell> {
  // The services speak through the catalogue (the room's page in the session's language…): read it from beside the sources.
  if (availableLanguages().length === 0) registerCatalogueFiles();
  const logs: string[] = [];
  const log = (message: string): void => {
    logs.push(message);
    options.log?.(message);
  };
  const blockedRequests: string[] = [];
  const externalOpens: string[] = [];

  await mkdir(options.userDataDir, { recursive: true });
  const server = await startStaticServer(options.rendererDir, { port: options.port ?? 0, extraFiles: options.extraFiles ?? {} });
  const origin = server.origin;
  const appUrl = `${origin}/index.html`;

  async function chooseFileToSave(defaultFileName: string): Promise<string | null> {
    dialogs.offeredSaveNames.push(defaultFileName);
    const chosen = dialogs.nextSavePath;
    dialogs.nextSavePath = null;
    if (chosen === null && options.dialogFolder) return freeFileName(options.dialogFolder, defaultFileName);
    return chosen;
  }
  function chooseFileToOpen(): string | null {
    const chosen = dialogs.nextOpenPath;
    dialogs.nextOpenPath = null;
    return chosen;
  }
  const ports: Ports = {
    userDataDir: options.userDataDir,
    appVersion: options.appVersion ?? packageVersion(),
    shell: 'chromium',
    openExternal: async (url) => {
      externalOpens.push(url);
      log(`openExternal (not opened by the Chromium shell): ${url}`);
    },
    now: () => new Date(),
    log,
    // Stand-ins for the native dialogs: a test says beforehand what the person would pick.
    chooseSessionFileToSave: (defaultFileName) => chooseFileToSave(defaultFileName),
    chooseSessionFileToOpen: async () => chooseFileToOpen(),
    chooseFrameworkFileToSave: (defaultFileName) => chooseFileToSave(defaultFileName),
    chooseFrameworkFileToOpen: async () => chooseFileToOpen(),
    chooseTrackerFileToOpen: async () => chooseFileToOpen(),
    takeFileOpenRequests: () => fileOpens.take(),
    rendererDir: options.rendererDir,
    emit: (name, payload) => deliverEvent(name, payload),
    openPresenter: (sessionId) => openPresenterPage(sessionId),
    onQuit: (task) => {
      quitTasks.push(task);
    },
    chooseFolder: async () => {
      const chosen = dialogs.nextFolder;
      dialogs.nextFolder = null;
      if (chosen === null && options.exportFolder) {
        await mkdir(options.exportFolder, { recursive: true });
        return options.exportFolder;
      }
      return chosen;
    },
    showItemInFolder: async (filePath) => {
      shownInFolder.push(filePath);
      if (options.revealInFileManager) await revealInFileManager(filePath);
      else log(`showItemInFolder (recorded by the Chromium shell): ${filePath}`);
    },
    // A separate headless Chromium with JavaScript off, started on the first PDF.
    renderPdf: (html) => pdfRenderer.renderPdf(html),
  };
  const executablePath = options.executablePath ?? CHROMIUM_EXECUTABLE;
  const pdfRenderer = createChromiumPdfRenderer(executablePath);
  const shownInFolder: string[] = [];
  /** Set once the context exists: the room's events to the app's pages, and the presenter page. */
  let deliverEvent: <E extends EventName>(name: E, payload: EventPayloads[E]) => void = () => {};
  let openPresenterPage: (sessionId: string) => Promise<void> = async () => {};
  /** Run before the browser closes, like Electron's before-quit (the room says goodbye to the phones). */
  const quitTasks: (() => Promise<void>)[] = [];
  const dialogs: { nextSavePath: string | null; nextOpenPath: string | null; nextFolder: string | null; offeredSaveNames: string[] } = { nextSavePath: null, nextOpenPath: null, nextFolder: null, offeredSaveNames: [] };
  /** Set once the context exists: pushes fileOpenRequested to the app's pages. */
  let deliverFileOpen: (filePath: string) => boolean = () => false;
  const fileOpens = createFileOpenQueue((filePath) => deliverFileOpen(filePath));
  const dispatch = createDispatcher(createHandlers(ports), [origin], log);

  const contextOptions = (viewport: { width: number; height: number } | null | undefined, colorScheme: 'light' | 'dark' | undefined): BrowserContextOptions => ({
    viewport: viewport === undefined ? { width: 1280, height: 800 } : viewport,
    ...(colorScheme ? { colorScheme } : {}),
    serviceWorkers: 'block',
  });

  const prepare = async (context: BrowserContext): Promise<void> => {
    // Offline by design: nothing leaves for an origin other than our own server.
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        blockedRequests.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, request: unknown) => {
      try {
        const isMainFrame = source.page ? source.frame === source.page.mainFrame() : false;
        return await dispatch(String(channel), request, { url: source.frame.url(), isMainFrame });
      } catch (error) {
        log(`bridge failed: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: false, error: ipcError('internal', msg('shell.ipc.internal')) };
      }
    });
    await context.addInitScript({ content: bridgeInitScript(origin) });
  };

  const appWindow = options.appWindow === true && Boolean(options.profileDir);
  const args = [...CHROMIUM_ARGS, ...(options.headless ? ['--headless'] : []), ...(appWindow ? appWindowArgs(appUrl) : [])];
  let browser: Browser | null = null;
  let context: BrowserContext;
  try {
    if (options.profileDir) {
      await mkdir(options.profileDir, { recursive: true });
      context = await chromium.launchPersistentContext(options.profileDir, {
        executablePath,
        headless: options.headless,
        args,
        // Playwright's automation switch shows an infobar, and its about:blank start page a tab.
        ...(appWindow ? { ignoreDefaultArgs: APP_WINDOW_IGNORED_DEFAULTS } : {}),
        ...contextOptions(options.viewport, options.colorScheme),
      });
    } else {
      browser = await chromium.launch({ executablePath, headless: options.headless, args });
      context = await browser.newContext(contextOptions(options.viewport, options.colorScheme));
    }
  } catch (error) {
    await server.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      for (const task of quitTasks.splice(0)) await task().catch((error: unknown) => log(`quit task failed: ${String(error)}`));
      await context.close().catch(() => {});
      await browser?.close().catch(() => {});
      await pdfRenderer.close();
      await server.close();
    })();
    return closing;
  };

  try {
    await prepare(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // The app window opened at appUrl before the bridge existed: load it again, now with it.
    if (options.open ?? true) await page.goto(appUrl, { waitUntil: 'load' });

    const shellApi: ChromiumShell = {
      browser,
      context,
      page,
      origin,
      appUrl,
      port: server.port,
      userDataDir: options.userDataDir,
      profileDir: options.profileDir ?? null,
      dispatch,
      blockedRequests,
      externalOpens,
      logs,
      emit: async (eventName, payload) => {
        const pages = context.pages().filter((candidate) => sameOrigin(candidate.url(), origin));
        await Promise.all(
          pages.map((target) =>
            target.evaluate(
              ([name, data, fn]) => {
                const emitter = (window as unknown as Record<string, unknown>)[fn];
                if (typeof emitter === 'function') emitter(name, data);
              },
              [eventName, payload, EMIT_FUNCTION] as const,
            ),
          ),
        );
      },
      newContext: async (contextOverrides = {}) => {
        if (!browser) throw new Error('newContext() needs a shell launched without profileDir.');
        const fresh = await browser.newContext(
          contextOptions(
            'viewport' in contextOverrides ? contextOverrides.viewport : options.viewport,
            contextOverrides.colorScheme ?? options.colorScheme,
          ),
        );
        await prepare(fresh);
        return { context: fresh, page: await fresh.newPage() };
      },
      setNextFolder: (folder) => {
        dialogs.nextFolder = folder;
      },
      shownInFolder,
      setNextSavePath: (filePath) => {
        dialogs.nextSavePath = filePath;
      },
      setNextOpenPath: (filePath) => {
        dialogs.nextOpenPath = filePath;
      },
      offeredSaveNames: dialogs.offeredSaveNames,
      requestFileOpen: (filePath) => fileOpens.request(filePath),
      close,
    };
    deliverFileOpen = (filePath) => {
      if (!context.pages().some((candidate) => sameOrigin(candidate.url(), origin))) return false;
      shellApi.emit('fileOpenRequested', { path: filePath }).catch((error: unknown) => log(`could not deliver ${filePath}: ${String(error)}`));
      return true;
    };
    deliverEvent = (name, payload) => {
      shellApi.emit(name, payload).catch((error: unknown) => log(`could not deliver ${name}: ${String(error)}`));
    };
    // The presenter view: a second page of the app (Electron opens a second window on the projector).
    openPresenterPage = async (sessionId) => {
      const url = `${appUrl}#/presenter/${encodeURIComponent(sessionId)}`;
      const existing = context.pages().find((candidate) => sameOrigin(candidate.url(), origin) && new URL(candidate.url()).hash.startsWith('#/presenter/'));
      const target = existing ?? (await context.newPage());
      await target.goto(url, { waitUntil: 'load' });
      await target.bringToFront();
    };
    return shellApi;
  } catch (error) {
    await close();
    throw error;
  }
}
