/**
 * The composition root: app lifecycle, security, the app:// protocol, IPC, the window and the
 * menu. Everything that does real work lives in electron/services and is wired here with ports.
 */
import path from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import type { Ports } from '../services/ports';
import { isAllowedExternalUrl } from '../services/security/externalLinks';
import { registerIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { installSecurity } from './security';
import { createMainWindow } from './window';

const log = (message: string): void => console.log(`[readiness-room] ${message}`);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const win = createMainWindow();
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

function focusMainWindow(): void {
  const win = mainWindow ?? BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** Session files named on a command line (double-clicked in a file manager). Opening them comes later. */
function sessionFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.toLowerCase().endsWith('.rrsession'));
}

function start(): void {
  app.enableSandbox();
  registerAppSchemeAsPrivileged();

  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    const files = sessionFilesIn(argv);
    if (files.length > 0) log(`asked to open ${files.length} session file(s); opening files is not wired yet`);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  void app.whenReady().then(() => {
    installSecurity(log);
    registerAppProtocol(path.join(__dirname, '../renderer'));
    const ports: Ports = {
      userDataDir: app.getPath('userData'),
      appVersion: app.getVersion(),
      shell: 'electron',
      openExternal: async (url) => {
        // The handler checked the URL already; check again at the Electron boundary.
        if (!isAllowedExternalUrl(url)) throw new Error('Refused to open a link that is not https or mailto.');
        // electronegativity-ok: only https:// and mailto: URLs reach this line (isAllowedExternalUrl just above).
        await shell.openExternal(url);
      },
      now: () => new Date(),
      log,
    };
    registerIpc(ports);
    openMainWindow();
    installApplicationMenu(() => mainWindow);
  });
}

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
