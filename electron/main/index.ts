/**
 * The composition root: app lifecycle, security, the app:// protocol, IPC, the window and the
 * menu. Everything that does real work lives in electron/services and is wired here with ports.
 */
import path from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import type { Ports } from '../services/ports';
import { createFileOpenQueue, openableFilesInArgv } from '../services/sessions/fileOpenQueue';
import { isAllowedExternalUrl } from '../services/security/externalLinks';
import { registerBundledCatalogues } from './catalogues';
import { registerIpc, sendEvent } from './ipc';
import { chooseExportFolder, printHtmlToPdf, showExportedFile } from './exportAdapters';
import { installApplicationMenu } from './menu';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { openPresenterWindow } from './presenterWindow';
import { installSecurity } from './security';
import { chooseFrameworkFileToOpen, chooseFrameworkFileToSave, chooseSessionFileToOpen, chooseSessionFileToSave, chooseTrackerFileToOpen } from './sessionFileDialogs';
import { createMainWindow } from './window';
import { setMainLanguage } from './windowLanguage';

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

/** Session and framework files the system asks us to open wait here until the window listens. */
const fileOpens = createFileOpenQueue((filePath) => {
  const win = mainWindow;
  if (!win || win.isDestroyed() || win.webContents.isLoading()) return false;
  sendEvent(win, 'fileOpenRequested', { path: filePath });
  return true;
});

/** The command line of this launch: Electron's own arguments first (one when packaged, two in development). */
function launchArguments(): string[] {
  return process.argv.slice(app.isPackaged ? 1 : 2);
}

/** Work that must finish before quitting (the room tells its phones it is closing). */
const quitTasks: (() => Promise<void>)[] = [];
let quitTasksDone = false;

function start(): void {
  registerBundledCatalogues();
  app.enableSandbox();

  app.on('before-quit', (event) => {
    if (quitTasksDone || quitTasks.length === 0) return;
    event.preventDefault();
    quitTasksDone = true;
    // Never hold the quit for long: two seconds at most.
    const limit = new Promise<void>((resolve) => setTimeout(resolve, 2000));
    void Promise.race([Promise.allSettled(quitTasks.map((task) => task())), limit]).finally(() => app.quit());
  });
  registerAppSchemeAsPrivileged();

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const file of openableFilesInArgv(argv, workingDirectory)) fileOpens.request(file);
  });

  // macOS: a double-click in Finder (also before the app is ready, so registered now).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    fileOpens.request(filePath);
    if (app.isReady()) focusMainWindow();
  });
  for (const file of openableFilesInArgv(launchArguments(), process.cwd())) fileOpens.request(file);

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
      chooseSessionFileToSave: (defaultFileName) => chooseSessionFileToSave(mainWindow, defaultFileName),
      chooseSessionFileToOpen: () => chooseSessionFileToOpen(mainWindow),
      chooseFrameworkFileToSave: (defaultFileName) => chooseFrameworkFileToSave(mainWindow, defaultFileName),
      chooseFrameworkFileToOpen: () => chooseFrameworkFileToOpen(mainWindow),
      chooseTrackerFileToOpen: () => chooseTrackerFileToOpen(mainWindow),
      takeFileOpenRequests: () => fileOpens.take(),
      rendererDir: path.join(__dirname, '../renderer'),
      emit: (name, payload) => {
        for (const win of BrowserWindow.getAllWindows()) sendEvent(win, name, payload);
      },
      openPresenter: (sessionId) => openPresenterWindow(sessionId, mainWindow),
      setMenuLanguage: (language) => {
        const applied = setMainLanguage(language);
        installApplicationMenu(() => mainWindow);
        return applied;
      },
      onQuit: (task) => {
        quitTasks.push(task);
      },
      chooseFolder: () => chooseExportFolder(mainWindow),
      showItemInFolder: (filePath) => showExportedFile(filePath),
      renderPdf: (html) => printHtmlToPdf(html),
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
