/**
 * The IPC calls for session files, recent files and backups (see shared/ipc/contract.ts), built
 * from the mirror and the ports. handlers.ts spreads them into the one handler map.
 */
import path from 'node:path';
import { FILE_EXTENSION } from '../../../shared/format/envelope';
import { msg } from '../../../shared/i18n';
import type { SessionBackup } from '../../../shared/ipc/contract';
import type { Handlers } from '../ipc/dispatcher';
import { UserFacingError } from '../ipc/dispatcher';
import type { Ports } from '../ports';
import { createRecentFiles } from './recentFiles';
import type { SessionMirror } from './sessionMirror';
import { isInsideFolder, readSessionFile, suggestedFileName, withSessionExtension, writeSessionFile } from './sessionFiles';

export type SessionFileCalls =
  | 'saveSessionAs'
  | 'openSessionFile'
  | 'openSessionPath'
  | 'takeFileOpenRequests'
  | 'listRecentFiles'
  | 'forgetRecentFile'
  | 'listSessionBackups'
  | 'backupSessionNow'
  | 'restoreSessionBackup';

/** The ports these calls use (tests pass just these). */
export type SessionFilePorts = Pick<Ports, 'userDataDir' | 'appVersion' | 'now' | 'log' | 'chooseSessionFileToSave' | 'chooseSessionFileToOpen' | 'takeFileOpenRequests'>;

export function createSessionFileHandlers(ports: SessionFilePorts, mirror: SessionMirror): Pick<Handlers, SessionFileCalls> {
  const recent = createRecentFiles({ file: path.join(ports.userDataDir, 'recent-files.json'), now: ports.now, log: ports.log });

  /** Opens a file, remembers it when it opened, forgets it when it is gone. */
  async function open(filePath: string) {
    const result = await readSessionFile(filePath);
    if (result.status === 'opened') {
      await recent.remember({ path: result.path, initiative: result.session.initiative, client: result.session.client }).catch((error: unknown) => {
        ports.log(`could not remember ${result.path} as recent: ${error instanceof Error ? error.message : String(error)}`);
      });
    } else if (result.status === 'refused' && result.code === 'missing') {
      await recent.forget(result.path).catch(() => false);
    }
    return result;
  }

  return {
    saveSessionAs: async ({ session }) => {
      const chosen = await ports.chooseSessionFileToSave(suggestedFileName(session));
      if (!chosen) return { status: 'cancelled' };
      const target = path.resolve(withSessionExtension(chosen));
      if (isInsideFolder(mirror.folder, target)) {
        throw new UserFacingError('forbidden', msg('sessionFiles.saveInsideAppFolder', { folder: mirror.folder }));
      }
      // The room's key and token secret stay on this laptop: a file travels, and whoever holds it
      // must not be able to join (or impersonate phones in) this room. The app's own copies keep them.
      const { room: _roomSecrets, ...shareable } = session;
      await writeSessionFile(target, shareable, ports.appVersion, ports.now());
      await recent.remember({ path: target, initiative: session.initiative, client: session.client }).catch(() => {});
      return { status: 'saved', path: target, fileName: path.basename(target) };
    },

    openSessionFile: async () => {
      const chosen = await ports.chooseSessionFileToOpen();
      return chosen ? open(chosen) : { status: 'cancelled' };
    },

    openSessionPath: async ({ path: filePath }) => {
      // Only session files, by absolute path: the window cannot make main read anything else.
      if (!path.isAbsolute(filePath) || !filePath.toLowerCase().endsWith(FILE_EXTENSION)) {
        throw new UserFacingError('invalid-request', msg('sessionFiles.onlySessionFiles', { extension: FILE_EXTENSION }));
      }
      return open(filePath);
    },

    takeFileOpenRequests: async () => ({ paths: ports.takeFileOpenRequests() }),

    listRecentFiles: async () => ({ files: await recent.list() }),

    forgetRecentFile: async ({ path: filePath }) => ({ forgotten: await recent.forget(filePath) }),

    listSessionBackups: async ({ id }) => {
      const backups: SessionBackup[] = [];
      for (const entry of await mirror.listBackups(id)) {
        const name = path.basename(entry.file);
        try {
          backups.push({ name, takenAt: entry.takenAt, bytes: entry.bytes, session: await mirror.readBackup(id, name), problem: null, problemText: null });
        } catch (error) {
          const problemText = error instanceof UserFacingError ? error.text : msg('backupFiles.unreadable');
          backups.push({ name, takenAt: entry.takenAt, bytes: entry.bytes, session: null, problem: error instanceof Error ? error.message : null, problemText });
        }
      }
      return { backups };
    },

    backupSessionNow: async ({ id }) => ({ name: await mirror.backupNow(id) }),

    restoreSessionBackup: async ({ id, name }) => {
      const session = await mirror.readBackup(id, name);
      if (session.id !== id) throw new UserFacingError('invalid-request', msg('backupFiles.otherSession'));
      const safetyBackup = await mirror.backupNow(id);
      if (safetyBackup === null) {
        throw new UserFacingError('io', msg('backupFiles.safetyBackupFailed'));
      }
      return { session, safetyBackup };
    },
  };
}
