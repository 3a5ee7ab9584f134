/**
 * The built main process and preload, run in plain Node against the strict Electron stand-in
 * (tests/runtime/electronStandIn): start-up to the end, hardened windows, the app:// protocol,
 * the security handlers, every IPC contract call through the sandboxed preload, menu commands
 * and quitting. One main process per file: the tests below run in order on the same app.
 */
import { existsSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_NAMES, type CallName, type CallRequest } from '../../shared/ipc/contract';
import { EXPORT_FORMATS } from '../../shared/report/exportFormats';
import type { RoomStatus } from '../../shared/room/roomStatus';
import { EMPTY_ROSTER } from '../../shared/room/roomRoster';
import { buildSampleWorkshop } from '../../shared/sample/sampleWorkshop';
import { builtInFramework } from '../../shared/framework/builtInFramework';
import english from '../../shared/i18n/catalogues/en.json';
import { APP_CSP } from '../../shared/security/csp';
import { appUnderTest, becomeReadyAndShow, launchMain, type LaunchedMain } from './electronStandIn/launch';
import type { ElectronStandIn, PreloadRun } from './electronStandIn/standIn';

const APP = 'app://readiness-room';

/** What every window showing the app must have (Electron's security checklist). */
const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  disableBlinkFeatures: 'Auxclick',
};

/** The media type each kind of built file must be served with. */
const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
type Api = Record<string, (request: unknown) => Promise<Result>>;

let launched: LaunchedMain;
let standIn: ElectronStandIn;
let preload: PreloadRun;
let api: Api;
const beforeReady = { windows: -1, sandbox: false, schemes: [] as unknown[], handlers: -1 };
const sessionId = 'runtime-session';
const session = buildSampleWorkshop(sessionId, Date.UTC(2025, 2, 12, 9));
const mainWindow = () => standIn.windows[0]!;
/** The whole webPreferences of a window showing the app: nothing more, nothing less. */
const appWindowPreferences = () => ({ ...HARDENED, spellcheck: false, devTools: !appUnderTest().packaged, preload: launched.preloadPath });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

beforeAll(async () => {
  launched = await launchMain();
  standIn = launched.standIn;
  beforeReady.windows = standIn.windows.length;
  beforeReady.sandbox = standIn.app.sandboxEnabled;
  beforeReady.schemes = structuredClone(standIn.protocol.privileged);
  beforeReady.handlers = standIn.ipcMain.handlers.size;
  await becomeReadyAndShow(standIn);
  preload = standIn.runPreload(mainWindow());
  api = preload.mainWorld.readinessRoom as Api;
});

afterAll(() => {
  vi.useRealTimers();
});

describe('start-up', () => {
  it('runs to the end without a refusal: sandbox and app:// scheme before ready, then handlers, one window and the menu', () => {
    expect(beforeReady).toEqual({ windows: 0, sandbox: true, schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }], handlers: 0 });
    expect(standIn.violations).toEqual([]);
    expect(standIn.openWindows()).toHaveLength(1);
    expect(mainWindow().webContents.getURL()).toBe(`${APP}/index.html`);
    expect(standIn.protocol.isProtocolHandled('app')).toBe(true);
    expect(standIn.applicationMenu).not.toBeNull();
    expect(standIn.ipcMain.handlers.size).toBe(CALL_NAMES.length);
  });

  it('gives the main window exactly the hardened preferences and the built preload', () => {
    expect(mainWindow().webPreferences).toEqual(appWindowPreferences());
    expect(existsSync(launched.preloadPath)).toBe(true);
  });
});

describe('the app:// protocol', () => {
  it('serves every built renderer file with its content type and the CSP', async () => {
    const files = filesUnder(launched.rendererDir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const relative = path.relative(launched.rendererDir, file).split(path.sep).join('/');
      const response = await standIn.fetchApp(`${APP}/${relative}`);
      expect(response.status, relative).toBe(200);
      const mediaType = MEDIA_TYPES[path.extname(file).toLowerCase()];
      expect(mediaType, `a media type for ${relative}`).toBeDefined();
      expect(response.headers.get('content-type')?.split(';')[0], relative).toBe(mediaType);
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await response.arrayBuffer()).length).toBe(statSync(file).size);
    }
    const root = await standIn.fetchApp(`${APP}/`);
    expect(root.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await standIn.fetchApp(`${APP}/index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const post = await standIn.fetchApp(`${APP}/index.html`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  const ESCAPES = [
    '/../package.json',
    '/../../outside-the-renderer.txt',
    '/%2e%2e/package.json',
    '/%2E%2E/%2e%2e/outside-the-renderer.txt',
    '/%2e%2e%2fpackage.json',
    '/assets%2f..%2f..%2fpackage.json',
    '/..%2f..%2foutside-the-renderer.txt',
    '/..%5c..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/%252e%252e/package.json',
    '/index.html%00.png',
    '/index.html%00',
    '/%00',
    '/%E0%A4%A',
    '/out/main/index.js',
    '/../main/index.js',
    '/%2e%2e/preload/index.cjs',
  ];

  it.each(ESCAPES)('refuses %s, as Chromium sends it and as written', async (escape) => {
    for (const raw of [false, true]) {
      const response = await standIn.fetchApp(`${APP}${escape}`, { raw });
      expect(response.status, `${escape} raw=${raw}`).toBe(404);
      expect(await response.text()).not.toContain('never to be served');
    }
  });

  it('refuses other hosts of the scheme', async () => {
    expect((await standIn.fetchApp('app://elsewhere/index.html')).status).toBe(404);
  });

  it('follows symlinks only to files inside the renderer folder', async () => {
    const outside = path.join(launched.appDir, '..', 'outside-the-renderer.txt');
    symlinkSync(outside, path.join(launched.rendererDir, 'leak.txt'));
    symlinkSync(path.dirname(outside), path.join(launched.rendererDir, 'leak-folder'), 'dir');
    symlinkSync(path.join(launched.rendererDir, 'index.html'), path.join(launched.rendererDir, 'alias.html'));
    expect((await standIn.fetchApp(`${APP}/leak.txt`)).status).toBe(404);
    expect((await standIn.fetchApp(`${APP}/leak-folder/outside-the-renderer.txt`)).status).toBe(404);
    // The control: a link that stays inside is served, so the refusals above are about escaping.
    expect((await standIn.fetchApp(`${APP}/alias.html`)).status).toBe(200);
  });
});

describe('security handlers on every page', () => {
  it('keeps navigation and redirects on app://', () => {
    const contents = mainWindow().webContents;
    const navigate = (event: string, url: string) => {
      const e = { preventDefault() { this.defaultPrevented = true; }, defaultPrevented: false, url };
      contents.fire(event, e, url, false, true, 1, 1);
      return e.defaultPrevented;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://elsewhere/index.html')).toBe(true);
    expect(navigate('will-navigate', `${APP}/index.html#/library`)).toBe(false);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
  });

  it('opens no window: https and mailto go to the system, anything else nowhere', () => {
    const handler = mainWindow().webContents.windowOpenHandler!;
    const opened = standIn.shell.openedExternal.length;
    expect(handler({ url: 'https://example.com/guide' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(standIn.shell.openedExternal.slice(opened)).toEqual(['https://example.com/guide']);
  });

  it('attaches no webview, grants no permission and lets no request leave the machine', async () => {
    const attach = { preventDefault() { this.defaultPrevented = true; }, defaultPrevented: false };
    mainWindow().webContents.fire('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
    const ses = standIn.defaultSession;
    const granted = await new Promise((resolve) => ses.permissionRequestHandler!(mainWindow().webContents.face, 'media', resolve, {}));
    expect(granted).toBe(false);
    expect(ses.permissionCheckHandler!(mainWindow().webContents.face, 'geolocation', `${APP}`, {})).toBe(false);
    await expect(standIn.load('https://example.com/x.js', 'script')).rejects.toThrow(/BLOCKED/);
    await expect(standIn.load('http://127.0.0.1:8080/', 'xhr')).rejects.toThrow(/BLOCKED/);
    await expect(standIn.load('app://elsewhere/index.html', 'script')).rejects.toThrow(/BLOCKED/);
    await expect(standIn.load(`${APP}/index.html`, 'mainFrame')).resolves.toBeTruthy();
  });
});

describe('the sandboxed preload', () => {
  const expectedNames = [...CALL_NAMES, ...EVENT_NAMES.map((e) => `on${e[0]!.toUpperCase()}${e.slice(1)}`)].sort();

  it('exposes exactly one function per contract call and event on window.readinessRoom, nothing generic', () => {
    expect(Object.keys(preload.mainWorld)).toEqual(['readinessRoom']);
    expect(Object.keys(api).sort()).toEqual(expectedNames);
    for (const name of Object.keys(api)) expect(typeof api[name], name).toBe('function');
    for (const generic of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'require', 'process']) expect(api).not.toHaveProperty(generic);
    expect(preload.required).toEqual(['electron']);
    expect(preload.ipcRenderer.genericCalls).toEqual([]);
  });

  it('forwards only the payload of an event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const unsubscribe = (api.onFileOpenRequested as unknown as (l: (...a: unknown[]) => void) => () => void)((...args) => seen.push(args));
    mainWindow().webContents.face.send('event:fileOpenRequested', { path: '/tmp/a.rrsession' });
    unsubscribe();
    mainWindow().webContents.face.send('event:fileOpenRequested', { path: '/tmp/b.rrsession' });
    expect(seen).toEqual([[{ path: '/tmp/a.rrsession' }]]);
    expect(() => (api.onRoomState as unknown as (l: unknown) => void)('not a function')).toThrow(/listener must be a function/);
  });
});

describe('the IPC contract', () => {
  interface Context {
    savedFile: string;
    exportFolder: string;
    exported: string[];
    backupName: string | null;
    frameworkFile: string;
  }
  const ctx: Context = { savedFile: '', exportFolder: '', exported: [], backupName: null, frameworkFile: '' };
  const builtIn = builtInFramework({ en: english });
  const framework = { ...builtIn, id: 'runtime-framework', basedOn: 'default', text: { en: { ...builtIn.text.en, name: 'Run-time method' } } };

  /** A valid request for every call (the type makes sure none is missing), in contract order. */
  const requests: { [N in CallName]: () => CallRequest<N> } = {
    getAppInfo: () => ({}),
    mirrorSession: () => ({ session }),
    listMirroredSessions: () => ({}),
    listMirroredSessionStamps: () => ({}),
    readMirroredSessions: () => ({ ids: [sessionId] }),
    setMenuLanguage: () => ({ language: 'en' }),
    openExternal: () => ({ url: 'https://example.com/readiness' }),
    saveSessionAs: () => {
      standIn.dialog.answers.push({ canceled: false, filePath: ctx.savedFile });
      return { session };
    },
    openSessionFile: () => {
      standIn.dialog.answers.push({ canceled: false, filePaths: [ctx.savedFile] });
      return {};
    },
    openSessionPath: () => ({ path: ctx.savedFile }),
    takeFileOpenRequests: () => ({}),
    listRecentFiles: () => ({}),
    forgetRecentFile: () => ({ path: ctx.savedFile }),
    listSessionBackups: () => ({ id: sessionId }),
    backupSessionNow: () => ({ id: sessionId }),
    restoreSessionBackup: () => ({ id: sessionId, name: ctx.backupName ?? 'none.rrsession' }),
    mirrorFramework: () => ({ framework: { ...framework, deletedAt: null } }),
    listMirroredFrameworks: () => ({}),
    exportFrameworkFile: () => {
      standIn.dialog.answers.push({ canceled: false, filePath: ctx.frameworkFile });
      return { framework };
    },
    openFrameworkFile: () => {
      standIn.dialog.answers.push({ canceled: false, filePaths: [ctx.frameworkFile] });
      return {};
    },
    openFrameworkPath: () => ({ path: ctx.frameworkFile }),
    openRoom: () => ({ sessionId, network: 'loopback', anonymous: false, round: { kind: 'none' }, roster: EMPTY_ROSTER, previous: null }),
    rotateRoomKey: () => ({ sessionId }),
    chooseRoomAddress: () => ({ sessionId, address: '127.0.0.1' }),
    answerRoomClaim: () => ({ claimId: 'no-such-claim', allow: false, handovers: 0 }),
    closeRoom: () => ({}),
    roomStatus: () => ({}),
    setRoomRound: () => ({ sessionId, anonymous: false, state: { kind: 'none' }, roster: EMPTY_ROSTER }),
    confirmRoomVote: () => ({ entryId: 'runtime-entry-0001', outcome: 'stored' }),
    pendingRoomVotes: () => ({}),
    openPresenter: () => ({ sessionId }),
    chooseExportFolder: () => {
      standIn.dialog.answers.push({ canceled: false, filePaths: [ctx.exportFolder] });
      return {};
    },
    exportDocuments: () => ({ session, formats: [...EXPORT_FORMATS], folder: ctx.exportFolder }),
    exportPortfolio: () => ({ sessions: [session], client: session.client, formats: ['pdf', 'xlsx'], folder: ctx.exportFolder }),
    showInFolder: () => ({ path: ctx.exported[0] ?? '' }),
    // The tracker exportDocuments just wrote, chosen in the Open dialog and read back.
    importTrackerFile: () => {
      standIn.dialog.answers.push({ canceled: false, filePaths: [ctx.exported.find((file) => file.endsWith('.xlsx')) ?? ''] });
      return {};
    },
  };

  beforeAll(() => {
    ctx.savedFile = path.join(launched.scratchDir, 'Harbourline.rrsession');
    ctx.frameworkFile = path.join(launched.scratchDir, 'Own method.rrframework');
    ctx.exportFolder = launched.documentsDir;
  });

  it('has exactly one handler per call and no listener of its own', () => {
    expect([...standIn.ipcMain.handlers.keys()].sort()).toEqual([...CALL_NAMES].sort());
    expect(standIn.ipcMain.eventNames()).toEqual([]);
  });

  // Generous: the seven documents are really written (Word, deck and workbook take a while on a busy machine).
  it('answers every call made from the app’s main frame, on the channel of its name', { timeout: 180_000 }, async () => {
    const channels: string[] = [];
    const invoke = standIn.invoke.bind(standIn);
    standIn.invoke = (frame, channel, ...args) => {
      channels.push(channel);
      return invoke(frame, channel, ...args);
    };
    try {
      for (const name of CALL_NAMES) {
        const result = await api[name]!((requests[name] as () => unknown)());
        expect(result, name).toMatchObject({ ok: true });
        const value = (result as { value: Record<string, unknown> }).value;
        if (name === 'backupSessionNow') ctx.backupName = value.name as string;
        if (name === 'exportDocuments') ctx.exported = (value.files as Array<{ path: string }>).map((f) => f.path);
        if (name === 'exportPortfolio') expect((value.files as Array<{ format: string }>).map((f) => f.format), name).toEqual(['pdf', 'xlsx']);
        if (name === 'listMirroredFrameworks') expect(value.frameworks, name).toMatchObject([{ id: framework.id, deletedAt: null }]);
        if (name === 'openFrameworkFile' || name === 'openFrameworkPath') expect(value, name).toMatchObject({ status: 'opened', framework: { id: framework.id } });
        if (name === 'importTrackerFile') expect(value, name).toMatchObject({ status: 'read', sessionId, rows: session.actions.map(() => expect.objectContaining({ id: expect.any(String) })) });
      }
    } finally {
      standIn.invoke = invoke;
    }
    expect(channels).toEqual(CALL_NAMES);
    expect(ctx.backupName).not.toBeNull();
    expect(ctx.exported).toHaveLength(EXPORT_FORMATS.length);
    expect(standIn.shell.shownInFolder).toEqual([ctx.exported[0]]);
    expect(standIn.violations).toEqual([]);
  });

  it('refuses every call from a page of another origin', async () => {
    const frame = mainWindow().webContents.mainFrame;
    const own = frame.url;
    const opened = standIn.shell.openedExternal.length;
    try {
      for (const origin of ['https://attacker.example/', 'file:///tmp/page.html', 'app://elsewhere/index.html']) {
        frame.url = origin;
        for (const name of CALL_NAMES) {
          const result = await api[name]!((requests[name] as () => unknown)());
          expect(result, `${name} from ${origin}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        }
      }
    } finally {
      frame.url = own;
      standIn.dialog.answers.length = 0;
    }
    expect(standIn.shell.openedExternal.length).toBe(opened);
  });

  it('refuses every call from a sub-frame, even one of our own origin', async () => {
    for (const url of [`${APP}/index.html`, 'https://attacker.example/']) {
      const frame = standIn.addSubFrame(mainWindow(), url);
      for (const name of CALL_NAMES) {
        const result = await standIn.invoke(frame, name, (requests[name] as () => unknown)());
        expect(result, `${name} from a sub-frame at ${url}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    standIn.dialog.answers.length = 0;
  });

  it('has no handler for anything outside the contract', async () => {
    await expect(standIn.invoke(mainWindow().webContents.mainFrame, 'readFile', { path: '/etc/passwd' })).rejects.toThrow(/No handler registered/);
  });
});

describe('the presenter window and the menu', () => {
  const presenter = () => standIn.windows.find((w) => w.webContents.getURL().includes('#/presenter/'));

  it('is hardened like the main window, with the built preload and no menu', () => {
    const win = presenter();
    expect(win).toBeDefined();
    expect(win!.webContents.getURL()).toBe(`${APP}/index.html#/presenter/${sessionId}`);
    expect(win!.webPreferences).toEqual(appWindowPreferences());
    expect(win!.menuRemoved).toBe(true);
  });

  it('sends menu commands to the facilitator’s window even while the presenter has focus', () => {
    const win = presenter()!;
    const presenterSeen: unknown[] = [];
    const presenterApi = standIn.runPreload(win).mainWorld.readinessRoom as Record<string, (l: (p: unknown) => void) => () => void>;
    presenterApi.onMenuCommand!((payload) => presenterSeen.push(payload));
    const mainSeen: unknown[] = [];
    (api.onMenuCommand as unknown as (l: (p: unknown) => void) => () => void)((payload) => mainSeen.push(payload));

    win.face.focus();
    expect(standIn.focused).toBe(win);
    standIn.clickMenuItem('File', 'New session');
    standIn.clickMenuItem('File', 'Library');
    standIn.clickMenuItem('File', 'Import the returned tracker…');
    expect(mainSeen).toEqual([{ command: 'new-session' }, { command: 'open-library' }, { command: 'import-tracker' }]);
    expect(presenterSeen).toEqual([]);
    expect(win.webContents.sent.filter((m) => m.channel === 'event:menuCommand')).toEqual([]);
  });

  it('follows the window’s language: the menu and the native dialogs speak German, then English again', async () => {
    const seen: unknown[] = [];
    const off = (api.onMenuCommand as unknown as (l: (p: unknown) => void) => () => void)((payload) => seen.push(payload));
    try {
      expect(await api.setMenuLanguage!({ language: 'de' })).toEqual({ ok: true, value: { language: 'de' } });
      expect(standIn.applicationMenu!.items.map((i) => i.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
      expect(standIn.menuItems().find((i) => i.label === 'Rückgängig')?.accelerator).toBe('CmdOrCtrl+Z');
      standIn.clickMenuItem('Datei', 'Neue Sitzung');
      expect(seen).toEqual([{ command: 'new-session' }]);
      // The Open dialog is worded in German too (cancelled: no answer queued).
      const shown = standIn.dialog.shown.length;
      expect(await api.openSessionFile!({})).toMatchObject({ ok: true, value: { status: 'cancelled' } });
      expect(standIn.dialog.shown[shown]?.options).toMatchObject({ title: 'Sitzungsdatei öffnen' });

      // Only a language tag is taken; one without a catalogue gives English.
      expect(await api.setMenuLanguage!({ language: 'de; rm -rf' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(await api.setMenuLanguage!({ language: 'de', extra: 1 } as never)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(await api.setMenuLanguage!({ language: 'fr' })).toEqual({ ok: true, value: { language: 'en' } });
      expect(standIn.applicationMenu!.items.map((i) => i.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      standIn.clickMenuItem('File', 'Library');
      expect(seen).toEqual([{ command: 'new-session' }, { command: 'open-library' }]);
      expect(standIn.violations).toEqual([]);
    } finally {
      off();
      await api.setMenuLanguage!({ language: 'en' });
    }
  });

  it('declares only accelerators and roles Electron knows (checked as the menu was built)', () => {
    const items = standIn.menuItems();
    expect(items.some((i) => i.accelerator === 'CmdOrCtrl+N')).toBe(true);
    expect(items.filter((i) => i.role).length).toBeGreaterThan(1);
    expect(standIn.violations).toEqual([]);
  });

  it('brings the facilitator’s window forward for a second launch with a session file', () => {
    const file = path.join(launched.scratchDir, 'Second.rrsession');
    const event = { preventDefault() {}, defaultPrevented: false };
    standIn.app.fire('second-instance', event, ['readiness-room', file], launched.scratchDir, {});
    expect(standIn.focused).toBe(mainWindow());
    expect(mainWindow().webContents.sent.at(-1)).toEqual({ channel: 'event:fileOpenRequested', args: [{ path: file }] });
  });
});

describe('every window of the run', () => {
  it('is hardened: the app’s windows exactly, the hidden print window without script or preload', () => {
    const printWindows = standIn.windows.filter((w) => w.webPreferences.javascript === false);
    expect(printWindows.length).toBeGreaterThan(0);
    for (const win of standIn.windows) {
      const prefs = win.webPreferences;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      for (const risky of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures']) {
        expect(prefs[risky], risky).not.toBe(true);
      }
      if (printWindows.includes(win)) {
        expect(prefs.preload).toBeUndefined();
        expect(win.webContents.pdfPrints).toBe(1);
        // The report and the charter are tagged PDFs with bookmarks, as the Chromium shell prints them.
        expect(win.webContents.pdfOptions).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true });
        expect(win.visible).toBe(false);
        expect(win.destroyed).toBe(true);
      } else {
        expect(prefs).toEqual(appWindowPreferences());
        expect(existsSync(String(prefs.preload))).toBe(true);
      }
    }
  });
});

describe('quitting', () => {
  it('holds the quit for the room to close, never longer than two seconds', async () => {
    const opened = await api.openRoom!({ sessionId, network: 'loopback', anonymous: false, round: { kind: 'none' }, roster: EMPTY_ROSTER, previous: null });
    expect(opened).toMatchObject({ ok: true, value: { state: 'open' } });
    const port = ((opened as { value: RoomStatus }).value as { port: number }).port;
    // A phone connects and then never says another word.
    const phone = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => phone.once('connect', resolve));

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    standIn.app.face.quit();
    expect(standIn.quitLog).toEqual(['before-quit prevented']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(standIn.quitted).toBe(true);
    vi.useRealTimers();
    phone.destroy();

    // The room really closed: its port refuses connections (closing sockets may take a moment).
    let refused = false;
    for (let attempt = 0; attempt < 50 && !refused; attempt += 1) {
      refused = await new Promise<boolean>((resolve) => {
        const probe = net.connect(port, '127.0.0.1');
        probe.once('connect', () => {
          probe.destroy();
          setTimeout(() => resolve(false), 100);
        });
        probe.once('error', () => resolve(true));
      });
    }
    expect(refused).toBe(true);
    expect(standIn.openWindows()).toEqual([]);
    expect(standIn.violations).toEqual([]);
  });
});
