/** The one application window: hardened webPreferences, our own app:// page, shown when painted. */
import { BrowserWindow } from 'electron';
import { hardenedWebPreferences } from './webPreferences';
import { mainTranslator } from './windowLanguage';

export const APP_ORIGIN = 'app://readiness-room';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function createMainWindow(): BrowserWindow {
  // electronegativity-ok: webPreferences come from hardenedWebPreferences() (context isolation, sandbox, Auxclick off), which the analyser cannot follow; tests/unit/electron/securityConfig.test.ts checks them.
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#f5f7fb',
    title: mainTranslator().t('app.title'),
    webPreferences: hardenedWebPreferences(),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
