/**
 * The application menu: a few commands, each sent to the facilitator's window as a typed
 * menuCommand event. Labels and accelerators come from the one keymap (shared/commands/keymap.ts),
 * so the menu, the window's keys and the command palette never disagree.
 */
import { app, type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, bindingOf, type InvocableId, type MenuCommand } from '../../shared/commands/keymap';
import { sendEvent } from './ipc';
import { mainTranslator } from './windowLanguage';

/** Builds the menu in the window's language (electron/main/windowLanguage.ts); called again when it changes. */
export function installApplicationMenu(mainWindow: () => BrowserWindow | null): void {
  const i18n = mainTranslator();
  const isMac = process.platform === 'darwin';
  const isDevelopment = !app.isPackaged;

  // Always the facilitator's window, even while the presenter view has focus: a command shown on
  // the projector (the library, a new session) would put every client's sessions on the wall.
  const send = (command: MenuCommand) => () => {
    const win = mainWindow();
    if (win) sendEvent(win, 'menuCommand', { command });
  };
  /** A menu item for a keymap command: its label, its first key, and the event it sends. */
  const item = (id: InvocableId): MenuItemConstructorOptions => {
    const binding = bindingOf(id);
    const accelerator = acceleratorOf(id);
    return { label: i18n.t(binding.labelId), ...(accelerator ? { accelerator } : {}), click: send(binding.menuCommand!) };
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: i18n.t('menu.file'),
      submenu: [
        item('session.new'),
        item('library.open'),
        { type: 'separator' },
        item('file.open'),
        item('file.saveAs'),
        item('file.backups'),
        { type: 'separator' },
        item('tracker.import'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Undo and Redo are the session's (every edit, votes and deletes included); the window hands
      // them to a focused text field's own undo while someone is typing in it.
      label: i18n.t('menu.edit'),
      submenu: [
        item('history.undo'),
        item('history.redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: i18n.t('menu.view'),
      submenu: [
        item('palette.open'),
        item('theme.toggle'),
        ...(isDevelopment
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: i18n.t('menu.help'),
      role: 'help',
      submenu: [{ label: i18n.t('menu.about'), click: () => app.showAboutPanel() }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
