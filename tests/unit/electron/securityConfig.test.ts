/**
 * Static checks of the Electron security settings. electron/main cannot be loaded in tests (the
 * Electron binary is not available), so these read the source text and the shared constants.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, EVENT_CHANNEL_PREFIX, EVENT_NAMES } from '../../../shared/ipc/contract';
import { APP_CSP } from '../../../shared/security/csp';

const root = path.resolve(__dirname, '../../..');
const source = (file: string): string => readFileSync(path.join(root, file), 'utf8');
/** Source without comments, so a commented-out setting never counts. */
const code = (file: string): string => source(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function cspDirectives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('the hardened webPreferences every window uses', () => {
  const windowSource = code('electron/main/window.ts');
  const prefsSource = code('electron/main/webPreferences.ts');

  it.each(['electron/main/window.ts', 'electron/main/presenterWindow.ts'])('%s takes its webPreferences from hardenedWebPreferences()', (file) => {
    expect(code(file)).toMatch(/webPreferences:\s*hardenedWebPreferences\(\)/);
  });

  it.each([
    ['contextIsolation', 'true'],
    ['sandbox', 'true'],
    ['nodeIntegration', 'false'],
    ['nodeIntegrationInWorker', 'false'],
    ['nodeIntegrationInSubFrames', 'false'],
    ['webSecurity', 'true'],
    ['allowRunningInsecureContent', 'false'],
    ['webviewTag', 'false'],
    ['experimentalFeatures', 'false'],
    ['spellcheck', 'false'],
    ['navigateOnDragDrop', 'false'],
  ])('sets %s: %s exactly once', (flag, value) => {
    const all = [...prefsSource.matchAll(new RegExp(`\\b${flag}\\s*:\\s*([^,\\n}]+)`, 'g'))].map((m) => m[1]!.trim());
    expect(all).toEqual([value]);
  });

  it('uses the built CommonJS preload, resolved from __dirname, and does not declare __dirname itself', () => {
    expect(prefsSource).toMatch(/preload\s*:/);
    expect(prefsSource).toContain("'../preload/index.cjs'");
    expect(prefsSource).toMatch(/path\.join\(\s*__dirname/);
    expect(prefsSource).not.toMatch(/\b(const|let|var)\s+__dirname\b/);
  });

  it('loads our own app:// page and nothing else', () => {
    expect(windowSource).toContain("'app://readiness-room'");
    expect(windowSource).toMatch(/loadURL\(\s*APP_ENTRY_URL\s*\)/);
    expect(windowSource).not.toMatch(/loadFile\(|https?:\/\//);
  });

  it('does not turn on features that weaken isolation', () => {
    for (const risky of ['enableBlinkFeatures', 'enableRemoteModule', 'allowpopups', 'additionalArguments']) {
      expect(windowSource + prefsSource).not.toContain(risky);
    }
  });

  it('turns off middle-click window opening (Auxclick) and drag-and-drop navigation', () => {
    expect(prefsSource).toMatch(/disableBlinkFeatures:\s*'Auxclick'/);
    expect(prefsSource).toMatch(/navigateOnDragDrop:\s*false/);
  });
});

describe('electron/main/protocol.ts', () => {
  const protocolSource = code('electron/main/protocol.ts');

  it('sends the app CSP and nosniff on every response', () => {
    expect(protocolSource).toMatch(/'Content-Security-Policy'\s*:\s*APP_CSP/);
    expect(protocolSource).toMatch(/'X-Content-Type-Options'\s*:\s*'nosniff'/);
    expect(protocolSource).toMatch(/import\s*\{\s*APP_CSP\s*\}\s*from\s*'\.\.\/\.\.\/shared\/security\/csp'/);
  });

  it('registers app as a privileged standard, secure, fetch-capable scheme and checks for traversal', () => {
    expect(protocolSource).toMatch(/standard:\s*true/);
    expect(protocolSource).toMatch(/secure:\s*true/);
    expect(protocolSource).toMatch(/supportFetchAPI:\s*true/);
    expect(protocolSource).toContain('path.relative(');
    expect(protocolSource).toContain('realpath(');
    expect(protocolSource).toMatch(/errorResponse\(404\)/);
  });
});

describe('APP_CSP', () => {
  const directives = cspDirectives(APP_CSP);

  it('has a script-src without unsafe-eval, unsafe-inline or wildcards', () => {
    const scriptSrc = directives.get('script-src');
    expect(scriptSrc).toBeDefined();
    for (const token of scriptSrc!) {
      expect(token).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|^\*$|^https?:$|^data:$|^blob:$/);
    }
  });

  it("defaults to 'none' and forbids plugins, base and framing", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no unsafe-eval anywhere', () => {
    expect(APP_CSP).not.toContain('unsafe-eval');
  });
});

describe('electron/main security wiring', () => {
  const security = code('electron/main/security.ts');
  const index = code('electron/main/index.ts');

  it('limits navigation, new windows, webviews, permissions and network', () => {
    for (const needle of [
      "'web-contents-created'",
      "'will-navigate'",
      "'will-redirect'",
      "'will-attach-webview'",
      'setWindowOpenHandler',
      "action: 'deny'",
      'isAllowedExternalUrl(url)',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'webRequest.onBeforeRequest',
    ]) {
      expect(security, needle).toContain(needle);
    }
    expect(security).toMatch(/setPermissionRequestHandler\([^)]*\)\s*=>\s*callback\(false\)/);
    expect(security).toMatch(/setPermissionCheckHandler\(\(\)\s*=>\s*false\)/);
  });

  it('enables the sandbox for every renderer and keeps a single instance', () => {
    expect(index).toContain('app.enableSandbox()');
    expect(index).toContain('app.requestSingleInstanceLock()');
  });
});

describe('electron/preload/index.ts', () => {
  const preloadSource = source('electron/preload/index.ts');
  const preload = code('electron/preload/index.ts');
  const apiBody = /const api = \{([\s\S]*?)\n\} satisfies ReadinessRoomApi;/.exec(preload)?.[1] ?? '';

  const expectedKeys = [...CALL_NAMES, ...EVENT_NAMES.map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`)].sort();

  it('declares api with satisfies ReadinessRoomApi', () => {
    expect(apiBody).not.toBe('');
  });

  it('exposes exactly the contract calls plus one on<Event> per event', () => {
    const keys = [...apiBody.matchAll(/^\s*([A-Za-z_$][\w$]*)\s*:\s*\(/gm)].map((m) => m[1]!);
    expect(keys.sort()).toEqual(expectedKeys);
  });

  it('invokes each call on the channel of the same name', () => {
    for (const name of CALL_NAMES) {
      expect(apiBody).toMatch(new RegExp(`\\b${name}\\s*:\\s*\\(request\\)\\s*=>\\s*ipcRenderer\\.invoke\\('${name}',\\s*request\\)`));
    }
  });

  it('listens to each event on EVENT_CHANNEL_PREFIX + name', () => {
    for (const name of EVENT_NAMES) {
      expect(apiBody).toContain(`'${EVENT_CHANNEL_PREFIX}${name}'`);
    }
  });

  it('exposes only window.readinessRoom and nothing generic', () => {
    const exposures = [...preload.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(exposures).toEqual(['readinessRoom']);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|sendTo|sendToHost|postMessage)\(/);
    expect(preload).not.toMatch(/invoke\(\s*[^'\s]/); // every invoke names a literal channel
    // ipcRenderer itself is never handed out: outside the import, every use is a method call.
    const body = preload.replace(/^import[^;]*;/gm, '');
    expect(body).not.toMatch(/\bipcRenderer\b(?!\.(invoke|on|removeListener)\()/);
    expect(apiBody).not.toMatch(/\bipcRenderer\.(on|removeListener)\(/);
  });

  it('never passes the IPC event object on to a listener', () => {
    expect(preload).toMatch(/\(_event: IpcRendererEvent, payload: P\): void => listener\(payload\)/);
  });

  it('imports only types from shared/, so zod is not bundled into the preload', () => {
    const imports = [...preloadSource.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gm)];
    for (const [, typeOnly, from] of imports) {
      if (from!.includes('shared/')) expect(typeOnly, from).toBe('type ');
      else expect(from).toBe('electron');
    }
  });
});

describe('electron/main/presenterWindow.ts', () => {
  it('loads only our own app:// page at the presenter route', () => {
    const presenter = code('electron/main/presenterWindow.ts');
    expect(presenter).toMatch(/\$\{APP_ORIGIN\}\/index\.html#\/presenter\//);
    expect(presenter).not.toMatch(/loadFile\(|https?:\/\//);
  });
});
