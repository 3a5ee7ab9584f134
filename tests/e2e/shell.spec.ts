/**
 * The Chromium shell itself: the served page, the bridge's surface and its gate, offline routing,
 * events, and restarts. Depends only on out/renderer/index.html loading, not on the app's UI.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer, type StaticServer } from '../../electron/shell/staticServer';
import { CALL_NAMES, EVENT_NAMES, type IpcResult } from '../../shared/ipc/contract';
import { createSession } from '../../shared/model/createSession';
import { APP_CSP } from '../../shared/security/csp';
import { expect, test } from './fixtures';

type Invoke = (channel: string, request: unknown) => Promise<IpcResult<unknown>>;

test('serves index.html with the app CSP and safe headers', async ({ shell }) => {
  const response = await shell.page.goto(shell.appUrl);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(APP_CSP);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(await shell.page.evaluate(() => document.readyState)).toBe('complete');

  const script = await shell.page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? null);
  expect(script).not.toBeNull();
  const asset = await shell.page.request.get(script!);
  expect(asset.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect(asset.headers()['content-security-policy']).toBe(APP_CSP);
});

test('the static server refuses traversal, other methods and missing files', async ({ shell }) => {
  const get = (pathname: string) => shell.page.request.get(`${shell.origin}${pathname}`);
  expect((await get('/../package.json')).status()).toBe(404);
  expect((await get('/%2e%2e/%2e%2e/package.json')).status()).toBe(404);
  expect((await get('/..%2fpackage.json')).status()).toBe(404);
  expect((await get('/nope.js')).status()).toBe(404);
  expect((await get('/assets')).status()).toBe(404);
  expect((await get('/')).status()).toBe(200);
  expect((await shell.page.request.post(`${shell.appUrl}`, { data: 'x' })).status()).toBe(405);
  const head = await shell.page.request.head(shell.appUrl);
  expect(head.status()).toBe(200);
  expect(await head.text()).toBe('');
});

test('window.readinessRoom exposes exactly the contract, frozen', async ({ shell }) => {
  const expected = [...CALL_NAMES, ...EVENT_NAMES.map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`)].sort();
  const surface = await shell.page.evaluate(() => {
    const api = (window as unknown as { readinessRoom?: Record<string, unknown> }).readinessRoom;
    if (!api) return null;
    return {
      names: Object.keys(api).sort(),
      allFunctions: Object.values(api).every((value) => typeof value === 'function'),
      frozen: Object.isFrozen(api),
      enumerableGlobals: Object.keys(window).filter((key) => key.toLowerCase().includes('readinessroom')),
    };
  });
  expect(surface).not.toBeNull();
  expect(surface!.names).toEqual(expected);
  expect(surface!.allFunctions).toBe(true);
  expect(surface!.frozen).toBe(true);
  // The event dispatcher is hidden (non-enumerable).
  expect(surface!.enumerableGlobals).not.toContain('__readinessRoomEmit');
});

test('getAppInfo goes through the bridge to the services', async ({ shell, userDataDir }) => {
  const result = await shell.page.evaluate(() => window.readinessRoom!.getAppInfo({}));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.value.shell).toBe('chromium');
  expect(result.value.platform).toBe(process.platform);
  expect(result.value.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(result.value.sessionsFolder).toBe(path.join(userDataDir, 'sessions'));
});

test('malformed and unknown calls come back as typed errors', async ({ shell }) => {
  const results = await shell.page.evaluate(async () => {
    const api = window.readinessRoom! as unknown as Record<string, (request: unknown) => Promise<IpcResult<unknown>>>;
    return {
      extraKey: await api.getAppInfo!({ surprise: true }),
      missing: await api.getAppInfo!(undefined),
      wrongType: await api.openExternal!({ url: 42 }),
      badSession: await api.mirrorSession!({ session: { id: 'x' } }),
    };
  });
  for (const result of Object.values(results)) {
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  }
  const unknownCall = await shell.page.evaluate(() =>
    (window as unknown as { __readinessRoomInvoke: Invoke }).__readinessRoomInvoke('deleteEverything', {}),
  );
  expect(unknownCall).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
});

test.describe('calls from elsewhere are refused', () => {
  let foreignDir: string;
  let foreign: StaticServer;

  test.beforeAll(async () => {
    foreignDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-foreign-'));
    await writeFile(path.join(foreignDir, 'index.html'), '<!doctype html><title>elsewhere</title><p>elsewhere</p>');
    foreign = await startStaticServer(foreignDir);
  });
  test.afterAll(async () => {
    await foreign.close();
    await rm(foreignDir, { recursive: true, force: true });
  });

  test('a page of another origin gets no API and its calls are forbidden', async ({ shell }) => {
    // The shell routes every other origin to abort(); let this one through for the test.
    await shell.context.route(`${foreign.origin}/**`, (route) => route.continue());
    const page = await shell.context.newPage();
    await page.goto(foreign.url);
    expect(await page.title()).toBe('elsewhere');
    expect(await page.evaluate(() => 'readinessRoom' in window)).toBe(false);
    const result = await page.evaluate(() =>
      (window as unknown as { __readinessRoomInvoke: Invoke }).__readinessRoomInvoke('getAppInfo', {}),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(shell.logs.some((line) => line.includes(`refused getAppInfo from ${foreign.origin}`))).toBe(true);
  });

  test('a subframe of our own origin is forbidden too', async ({ shell }) => {
    // Our pages send frame-ancestors 'none', so serve a host page without CSP from a route.
    await shell.context.route(`${shell.origin}/__test/host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><iframe src="/__test/child.html"></iframe>' }),
    );
    await shell.context.route(`${shell.origin}/__test/child.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>child</p>' }),
    );
    await shell.page.goto(`${shell.origin}/__test/host.html`);
    const child = shell.page.frames().find((frame) => frame.url().endsWith('/__test/child.html'));
    expect(child).toBeDefined();
    await child!.waitForLoadState();
    expect(await child!.evaluate(() => 'readinessRoom' in window)).toBe(false);
    const result = await child!.evaluate(() =>
      (window as unknown as { __readinessRoomInvoke: Invoke }).__readinessRoomInvoke('getAppInfo', {}),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

test('nothing leaves for the network', async ({ shell }) => {
  // From the app: the CSP (connect-src 'self') and the router both stop it.
  const fromApp = await shell.page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(fromApp).toBe('blocked');

  // From a page without CSP, only the router stands in the way.
  const blank = await shell.context.newPage();
  const fromBlank = await blank.evaluate(async () => {
    try {
      await fetch('http://example.com/probe');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(fromBlank).toBe('blocked');
  expect(shell.blockedRequests).toContain('http://example.com/probe');

  await expect(blank.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
  expect(shell.blockedRequests).toContain('https://example.com/');
});

test('openExternal only logs, and refuses what is not https or mailto', async ({ shell }) => {
  const results = await shell.page.evaluate(async () => ({
    https: await window.readinessRoom!.openExternal({ url: 'https://example.com/guide' }),
    file: await window.readinessRoom!.openExternal({ url: 'file:///etc/passwd' }),
  }));
  expect(results.https).toEqual({ ok: true, value: { opened: true } });
  expect(results.file).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(shell.externalOpens).toEqual(['https://example.com/guide']);
});

test('events reach on<Event> listeners, and unsubscribing stops them', async ({ shell }) => {
  await shell.page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    const off = window.readinessRoom!.onMenuCommand((payload) => {
      seen.push(payload);
      if (seen.length === 1) off();
    });
  });
  await shell.emit('menuCommand', { command: 'new-session' });
  await shell.emit('menuCommand', { command: 'toggle-theme' });
  expect(await shell.page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([{ command: 'new-session' }]);
  await expect(shell.page.evaluate(() => window.readinessRoom!.onMenuCommand('nope' as never))).rejects.toThrow(/listener must be a function/i);
});

test('reload and restarts: IndexedDB kept or wiped, files on disk kept', async ({ shell, restart, userDataDir }) => {
  const putProbe = (value: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('shell-spec-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(value, 'probe');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  const getProbe = (): Promise<string | null> =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('shell-spec-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('kv', 'readonly').objectStore('kv').get('probe');
        request.onsuccess = () => {
          open.result.close();
          resolve((request.result as string | undefined) ?? null);
        };
        request.onerror = () => reject(request.error);
      };
    });

  await shell.page.evaluate(putProbe, 'kept');
  const session = createSession({ initiative: 'Shell probe', client: 'Tests', id: randomUUID(), now: Date.now() });
  const mirrored = await shell.page.evaluate((s) => window.readinessRoom!.mirrorSession({ session: s }), session);
  expect(mirrored.ok).toBe(true);

  await shell.page.reload();
  expect(await shell.page.evaluate(getProbe)).toBe('kept');

  const again = await restart();
  expect(again.origin).toBe(shell.origin);
  expect(await again.page.evaluate(getProbe)).toBe('kept');

  const wiped = await restart({ indexedDb: 'wipe' });
  expect(wiped.origin).toBe(shell.origin); // same origin: the probe is gone because it was wiped
  expect(await wiped.page.evaluate(getProbe)).toBeNull();
  const listed = await wiped.page.evaluate(() => window.readinessRoom!.listMirroredSessions({}));
  expect(listed.ok && listed.value.sessions.map((s) => s.id)).toEqual([session.id]);
  expect(await readdir(path.join(userDataDir, 'sessions'))).toContain(`${session.id}.rrsession`);
});

test.describe('as the app window of `npm start`', () => {
  test.use({ shellOptions: { appWindow: true } });

  test('opens one page, the app, with the bridge in place', async ({ shell }) => {
    expect(shell.context.pages()).toHaveLength(1);
    expect(shell.page.url()).toBe(shell.appUrl);
    await expect(shell.page).toHaveTitle('Readiness Room');
    const info = await shell.page.evaluate(() => window.readinessRoom!.getAppInfo({}));
    expect(info.ok).toBe(true);
    // The window's icon is the app's, not Chromium's.
    const icon = await shell.page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null);
    expect(icon).not.toBeNull();
    const response = await shell.page.request.get(icon!);
    expect(response.headers()['content-type']).toBe('image/png');
  });
});
