/**
 * The stand-in itself: it knows Electron 45's surface from electron.d.ts, and a wrong call fails
 * (unknown API, unknown option, bad accelerator, unknown menu role or event, calls on the wrong
 * side of `ready`). Each refusal is paired with the right call passing, so neither side is vacuous.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceleratorProblem } from './electronStandIn/accelerator';
import { importNatively, installStandIn } from './electronStandIn/launch';
import { ElectronStandIn, ElectronStandInError } from './electronStandIn/standIn';

type AnyFn = (...args: unknown[]) => unknown;
type Ctor = new (...args: unknown[]) => Record<string, AnyFn>;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'readiness-stand-in-'));
const standIn = new ElectronStandIn({ userDataDir: path.join(scratch, 'userData'), documentsDir: scratch, appVersion: '0.0.0', isPackaged: false });
const electron = standIn.mainModule as Record<string, Record<string, AnyFn>>;
const app = electron.app!;
const protocol = electron.protocol!;
const BrowserWindow = electron.BrowserWindow as unknown as Ctor & Record<string, AnyFn>;
const Menu = electron.Menu!;
const ipcMain = electron.ipcMain!;
const screen = electron.screen!;

describe('what the stand-in reads from electron.d.ts', () => {
  const typings = standIn.typings;
  it('knows the menu roles, App events, window options and web preferences', () => {
    const roles = typings.literalsOf('MenuItemConstructorOptions', 'role');
    expect(roles).toContain('editMenu');
    expect(roles).toContain('togglefullscreen');
    expect(roles.size).toBeGreaterThan(40);
    expect([...typings.eventNames('App')]).toEqual(expect.arrayContaining(['ready', 'before-quit', 'window-all-closed', 'second-instance', 'open-file', 'web-contents-created']));
    expect([...typings.eventNames('WebContents')]).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'did-finish-load']));
    expect([...typings.memberNames('BrowserWindowConstructorOptions')]).toEqual(expect.arrayContaining(['width', 'show', 'webPreferences', 'title']));
    expect([...typings.memberNames('WebPreferences')]).toEqual(expect.arrayContaining(['contextIsolation', 'sandbox', 'nodeIntegration', 'preload', 'webSecurity']));
    expect([...typings.memberNames('BrowserWindow', true)]).toEqual(expect.arrayContaining(['getAllWindows', 'getFocusedWindow']));
    expect(Object.keys(standIn.mainModule)).toEqual(expect.arrayContaining(['app', 'BrowserWindow', 'protocol', 'session', 'ipcMain', 'Menu', 'dialog', 'shell', 'screen']));
    expect(Object.keys(standIn.mainModule)).not.toContain('contextBridge');
  });
});

describe('before the app is ready', () => {
  it('allows what Electron allows before ready', () => {
    expect(() => app.enableSandbox!()).not.toThrow();
    expect(() => protocol.registerSchemesAsPrivileged!([{ scheme: 'app', privileges: { standard: true, secure: true } }])).not.toThrow();
    expect(() => app.on!('before-quit', () => {})).not.toThrow();
    expect(() => app.getPath!('userData')).not.toThrow();
  });

  it('refuses a window, protocol.handle and screen before ready', () => {
    expect(() => new BrowserWindow({ width: 800 })).toThrow(/before the app is ready/);
    expect(() => protocol.handle!('app', () => new Response(''))).toThrow(/before the app is ready/);
    expect(() => screen.getPrimaryDisplay!()).toThrow(/before the app is ready/);
    expect(() => (electron.session as unknown as { defaultSession: unknown }).defaultSession).toThrow(/before the app is ready/);
  });
});

describe('after the app is ready', () => {
  beforeAll(() => standIn.becomeReady());

  it('refuses what Electron only allows before ready', () => {
    expect(() => protocol.registerSchemesAsPrivileged!([{ scheme: 'late' }])).toThrow(/after the app is ready/);
    expect(() => app.enableSandbox!()).toThrow(/after the app is ready/);
  });

  it('refuses an API member the typings lack', () => {
    expect(() => app.setBadgeText).toThrow(/not in Electron 45's typings/);
    expect(() => BrowserWindow.getMainWindow).toThrow(/not in Electron 45's typings/);
    const win = new BrowserWindow({ show: false });
    expect(() => win.openDevToolsNow).toThrow(/not in Electron 45's typings/);
    expect(() => (win as unknown as Record<string, Record<string, unknown>>).webContents!.sendToRenderer).toThrow(/not in Electron 45's typings/);
  });

  it('refuses members it does not model instead of pretending', () => {
    expect(() => (electron.autoUpdater as Record<string, AnyFn>).checkForUpdates!()).toThrow(/not modelled/);
    expect(() => app.setAsDefaultProtocolClient!('x')).toThrow(/not modelled/);
  });

  it('refuses unknown window options and web preferences, and values of the wrong kind', () => {
    expect(() => new BrowserWindow({ frameless: true })).toThrow(/frameless is not an option/);
    expect(() => new BrowserWindow({ webPreferences: { contextIsolaton: true } })).toThrow(/contextIsolaton is not an option of WebPreferences/);
    expect(() => new BrowserWindow({ width: '800' })).toThrow(/width must be a number/);
    expect(() => new BrowserWindow({ webPreferences: { sandbox: 'yes' } })).toThrow(/sandbox must be a boolean/);
    expect(() => new BrowserWindow({ width: 800, webPreferences: { sandbox: true, contextIsolation: true } })).not.toThrow();
  });

  it('refuses unknown events', () => {
    expect(() => app.on!('ready-to-go', () => {})).toThrow(/ready-to-go/);
    const win = new BrowserWindow({ show: false });
    expect(() => win.once!('ready-to-shw', () => {})).toThrow(/ready-to-shw/);
    expect(() => win.on!('closed', () => {})).not.toThrow();
  });

  it('refuses unknown menu roles and item types, and bad accelerators', () => {
    expect(() => Menu.buildFromTemplate!([{ role: 'newSession' }])).toThrow(/newSession/);
    expect(() => Menu.buildFromTemplate!([{ label: 'x', type: 'button' }])).toThrow(/button/);
    expect(() => Menu.buildFromTemplate!([{ label: 'File', submenu: [{ label: 'New', accelerator: 'Ctrl+Shft+N' }] }])).toThrow(/not an Electron accelerator/);
    expect(() => Menu.buildFromTemplate!([{ label: 'x', accelerator: 'CmdOrCtrl+' }])).toThrow(/not an Electron accelerator/);
    expect(() => Menu.buildFromTemplate!([{ label: 'x', acelerator: 'CmdOrCtrl+N' }])).toThrow(/acelerator is not an option/);
    const menu = Menu.buildFromTemplate!([{ label: '&File', submenu: [{ label: 'New', accelerator: 'CmdOrCtrl+N' }, { type: 'separator' }, { role: 'quit' }] }, { role: 'editMenu' }]);
    expect(() => Menu.setApplicationMenu!(menu)).not.toThrow();
    expect(() => Menu.setApplicationMenu!({ items: [] })).toThrow(/must be a Menu/);
  });

  it('refuses getPath names Electron does not know', () => {
    expect(() => app.getPath!('settings')).toThrow(/settings/);
    expect(app.getPath!('documents')).toBe(scratch);
  });

  it('refuses a second handler for one IPC channel, as Electron does', () => {
    ipcMain.handle!('ping', async () => 'pong');
    expect(() => ipcMain.handle!('ping', async () => 'pong')).toThrow(/second handler/);
  });

  it('refuses an import Electron does not export', async () => {
    installStandIn(standIn);
    const file = path.join(scratch, 'wrong-import.mjs');
    writeFileSync(file, "import { app, remote } from 'electron';\nexport default [app, remote];\n");
    await expect(importNatively(file)).rejects.toThrow(/does not provide an export named 'remote'/);
    const good = path.join(scratch, 'right-import.mjs');
    writeFileSync(good, "import { app, BrowserWindow } from 'electron';\nexport default typeof app.getVersion === 'function' && typeof BrowserWindow;\n");
    await expect(importNatively(good)).resolves.toMatchObject({ default: 'function' });
  });

  it('gives a sandboxed preload no Node modules', () => {
    const preload = path.join(scratch, 'greedy-preload.cjs');
    writeFileSync(preload, "require('fs');\n");
    const win = standIn.windows.at(-1)!;
    (win.options.webPreferences as Record<string, unknown>) = { preload };
    expect(() => standIn.runPreload(win)).toThrow(/module not found: fs/);
  });

  it('keeps every refusal, so one swallowed by the app still fails the run', () => {
    expect(standIn.violations.length).toBeGreaterThan(15);
    expect(standIn.violations.every((v) => typeof v === 'string')).toBe(true);
    expect(new ElectronStandInError('x').message).toBe('electron stand-in: x');
  });
});

describe("Electron's accelerator grammar", () => {
  it.each(['CmdOrCtrl+N', 'CommandOrControl+Shift+S', 'Ctrl+Alt+Delete', 'F11', 'Alt+Plus', 'Shift+num5', 'Super+Space', 'cmdorctrl+shift+d'])('accepts %s', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeNull();
  });
  it.each(['', 'Ctrl+', 'Ctrl++', 'Shft+N', 'Ctrl+Shift', 'Ctrl+NN', 'F25', ' Ctrl+N', 'Ctrl+Enterr'])('refuses %j', (accelerator) => {
    expect(acceleratorProblem(accelerator)).not.toBeNull();
  });
});
