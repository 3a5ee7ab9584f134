/**
 * App-wide security settings: every webContents stays on our own app:// page, opens no windows,
 * attaches no webviews; no permission is ever granted; and no request leaves the machine (the app
 * is offline by design).
 */
import { app, session, shell } from 'electron';
import { isAllowedExternalUrl } from '../services/security/externalLinks';
import { APP_ORIGIN } from './window';

/** Whether a URL is a page of our own app (same scheme and host). */
export function isOwnAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

const ALLOWED_REQUEST_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

function isAllowedRequest(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'app:') return isOwnAppUrl(raw);
    return ALLOWED_REQUEST_SCHEMES.has(url.protocol);
  } catch {
    return false;
  }
}

export function installSecurity(log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnAppUrl(url)) {
        event.preventDefault();
        log(`blocked navigation to ${url.slice(0, 200)}`);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnAppUrl(url)) {
        event.preventDefault();
        log(`blocked redirect to ${url.slice(0, 200)}`);
      }
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) {
        // electronegativity-ok: the URL passed isAllowedExternalUrl (https or mailto only).
        void shell.openExternal(url);
      } else {
        log(`blocked window.open of ${url.slice(0, 200)}`);
      }
      return { action: 'deny' };
    });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAllowedRequest(details.url);
    if (cancel) log(`blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
}
