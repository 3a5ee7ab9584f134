/** The application menu: a few commands, each sent to the facilitator's window as a typed menuCommand event. */
import { app, type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventPayloads } from '../../shared/ipc/contract';
import { sendEvent } from './ipc';

type MenuCommand = EventPayloads['menuCommand']['command'];

export function installApplicationMenu(mainWindow: () => BrowserWindow | null): void {
  const isMac = process.platform === 'darwin';
  const isDevelopment = !app.isPackaged;

  // Always the facilitator's window, even while the presenter view has focus: a command shown on
  // the projector (the library, a new session) would put every client's sessions on the wall.
  const send = (command: MenuCommand) => () => {
    const win = mainWindow();
    if (win) sendEvent(win, 'menuCommand', { command });
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New session', accelerator: 'CmdOrCtrl+N', click: send('new-session') },
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: send('open-library') },
        { type: 'separator' },
        { label: 'Open session file…', accelerator: 'CmdOrCtrl+O', click: send('open-session-file') },
        { label: 'Save session as…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-session-as') },
        { label: 'Restore a backup…', click: send('restore-backup') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Toggle dark mode', accelerator: 'CmdOrCtrl+Shift+D', click: send('toggle-theme') },
        ...(isDevelopment
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About Readiness Room', click: () => app.showAboutPanel() }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
