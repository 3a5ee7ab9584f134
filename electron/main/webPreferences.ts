/** The hardened settings every window of the app uses (the main window and the presenter view). */
import path from 'node:path';
import { app, type WebPreferences } from 'electron';

export function hardenedWebPreferences(): WebPreferences {
  return {
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
    // Built by electron-vite next to this bundle: out/main/index.js → out/preload/index.cjs.
    // Our own sandboxed preload: one function per IPC contract entry, nothing generic.
    preload: path.join(__dirname, '../preload/index.cjs'),
  };
}
