/** The one application window: hardened webPreferences, our own app:// page, shown when painted. */
import path from 'node:path';
import { app, BrowserWindow } from 'electron';

export const APP_ORIGIN = 'app://readiness-room';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Built by electron-vite next to this bundle: out/main/index.js → out/preload/index.cjs. */
function preloadPath(): string {
  return path.join(__dirname, '../preload/index.cjs');
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#f5f7fb',
    title: 'Readiness Room',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // Middle-click must not open windows (the open handler denies them anyway).
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
      // electronegativity-ok: our own sandboxed preload; it exposes one function per IPC contract entry and nothing generic.
      preload: preloadPath(),
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
