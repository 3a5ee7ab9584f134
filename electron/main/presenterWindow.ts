/**
 * The presenter view: a second window for the projector, on the second display when there is one
 * (full screen there), loading our own app:// page at #/presenter/<session>. Same hardening as the
 * main window; the facilitator's console keeps every control.
 */
import { BrowserWindow, screen, type Display } from 'electron';
import { APP_ORIGIN } from './window';
import { hardenedWebPreferences } from './webPreferences';
import { mainTranslator } from './windowLanguage';

let presenter: BrowserWindow | null = null;

export function presenterUrl(sessionId: string): string {
  return `${APP_ORIGIN}/index.html#/presenter/${encodeURIComponent(sessionId)}`;
}

/** The display the console is not on, when there is one. */
function projectorDisplay(console: BrowserWindow | null): { display: Display; separate: boolean } {
  const consoleDisplay = console && !console.isDestroyed() ? screen.getDisplayMatching(console.getBounds()) : screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((d) => d.id !== consoleDisplay.id);
  return other ? { display: other, separate: true } : { display: consoleDisplay, separate: false };
}

export async function openPresenterWindow(sessionId: string, console: BrowserWindow | null): Promise<void> {
  const url = presenterUrl(sessionId);
  if (presenter && !presenter.isDestroyed()) {
    await presenter.loadURL(url);
    presenter.show();
    presenter.focus();
    return;
  }
  const { display, separate } = projectorDisplay(console);
  const area = display.workArea;
  // electronegativity-ok: webPreferences come from hardenedWebPreferences() (context isolation, sandbox, Auxclick off), which the analyser cannot follow; tests/unit/electron/securityConfig.test.ts checks them.
  const win = new BrowserWindow({
    x: area.x + (separate ? 0 : 40),
    y: area.y + (separate ? 0 : 40),
    width: separate ? area.width : Math.min(1280, area.width - 80),
    height: separate ? area.height : Math.min(720, area.height - 80),
    minWidth: 800,
    minHeight: 450,
    show: false,
    backgroundColor: '#f5f7fb',
    title: mainTranslator().t('app.presenterWindowTitle'),
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(),
  });
  win.removeMenu();
  win.once('ready-to-show', () => {
    win.show();
    if (separate) win.setFullScreen(true);
  });
  win.on('closed', () => {
    if (presenter === win) presenter = null;
  });
  // The presenter view belongs to the console: it goes when the console goes.
  console?.once('closed', () => {
    if (!win.isDestroyed()) win.close();
  });
  presenter = win;
  await win.loadURL(url);
}
