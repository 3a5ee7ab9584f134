/** The implementation of every call in the IPC contract, from services and ports. */
import path from 'node:path';
import { msg } from '../../shared/i18n/message';
import type { Handlers } from './ipc/dispatcher';
import { UserFacingError } from './ipc/dispatcher';
import type { Ports } from './ports';
import { createExportHandlers } from './export/exportHandlers';
import { createFrameworkHandlers } from './frameworks/frameworkHandlers';
import { createRoomHandlers } from './room/roomHandlers';
import { isAllowedExternalUrl } from './security/externalLinks';
import { createSessionFileHandlers } from './sessions/sessionFileHandlers';
import { createSessionMirror } from './sessions/sessionMirror';
import { createTrackerHandlers } from './tracker/trackerHandlers';

export function createHandlers(ports: Ports): Handlers {
  const sessionsFolder = path.join(ports.userDataDir, 'sessions');
  // The window says its language at start and on every change; messages from main follow it.
  let windowLanguage = 'en';
  const mirror = createSessionMirror({ folder: sessionsFolder, appVersion: ports.appVersion, now: ports.now, log: ports.log });
  return {
    getAppInfo: async () => ({
      version: ports.appVersion,
      shell: ports.shell,
      platform: process.platform,
      sessionsFolder,
    }),
    mirrorSession: async ({ session }) => mirror.write(session),
    ...createSessionFileHandlers(ports, mirror),
    ...createFrameworkHandlers(ports),
    listMirroredSessions: async () => mirror.listAll(),
    listMirroredSessionStamps: async () => mirror.listStamps(),
    readMirroredSessions: async ({ ids }) => ({ sessions: await mirror.readMany(ids) }),
    ...createRoomHandlers(ports),
    ...createExportHandlers(ports, () => windowLanguage),
    ...createTrackerHandlers(ports),
    setMenuLanguage: async ({ language }) => {
      windowLanguage = ports.setMenuLanguage?.(language) ?? language;
      return { language: windowLanguage };
    },
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new UserFacingError('forbidden', msg('shell.ipc.externalLinkRefused'));
      // electronegativity-ok: only reached after isAllowedExternalUrl above; main's port checks again before shell.openExternal.
      await ports.openExternal(url);
      return { opened: true };
    },
  };
}
