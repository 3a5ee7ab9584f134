/**
 * The IPC calls of the framework library (see shared/ipc/contract.ts): its durable copy on disk
 * beside the sessions, and .rrframework files to import and export. handlers.ts spreads them into
 * the one handler map.
 */
import path from 'node:path';
import { FRAMEWORK_FILE_EXTENSION } from '../../../shared/format/frameworkEnvelope';
import type { LoadFrameworkOptions } from '../../../shared/format/loadFrameworkFile';
import { msg } from '../../../shared/i18n';
import type { Handlers } from '../ipc/dispatcher';
import { UserFacingError } from '../ipc/dispatcher';
import type { Ports } from '../ports';
import { isInsideFolder } from '../sessions/sessionFiles';
import { readFrameworkFile, suggestedFrameworkFileName, withFrameworkExtension, writeFrameworkFile } from './frameworkFiles';
import { createFrameworkMirror } from './frameworkMirror';

export type FrameworkCalls = 'mirrorFramework' | 'listMirroredFrameworks' | 'openFrameworkFile' | 'openFrameworkPath' | 'exportFrameworkFile';

/** The ports these calls use (tests pass just these). */
export type FrameworkFilePorts = Pick<Ports, 'userDataDir' | 'appVersion' | 'now' | 'log' | 'chooseFrameworkFileToSave' | 'chooseFrameworkFileToOpen'>;

/** The library's folder: beside the sessions' folder, in the app's own data. */
export function frameworksFolder(userDataDir: string): string {
  return path.join(userDataDir, 'frameworks');
}

export function createFrameworkHandlers(ports: FrameworkFilePorts, load: LoadFrameworkOptions = {}): Pick<Handlers, FrameworkCalls> {
  const folder = frameworksFolder(ports.userDataDir);
  const mirror = createFrameworkMirror({ folder, appVersion: ports.appVersion, now: ports.now, log: ports.log, load });
  return {
    mirrorFramework: async ({ framework }) => mirror.write(framework),
    listMirroredFrameworks: async () => mirror.list(),
    openFrameworkFile: async () => {
      const chosen = await ports.chooseFrameworkFileToOpen();
      return chosen ? readFrameworkFile(chosen, load) : { status: 'cancelled' };
    },
    openFrameworkPath: async ({ path: filePath }) => {
      // Only framework files, by absolute path: the window cannot make main read anything else.
      if (!path.isAbsolute(filePath) || !filePath.toLowerCase().endsWith(FRAMEWORK_FILE_EXTENSION)) {
        throw new UserFacingError('invalid-request', msg('frameworkFiles.onlyFrameworkFiles', { extension: FRAMEWORK_FILE_EXTENSION }));
      }
      return readFrameworkFile(filePath, load);
    },
    exportFrameworkFile: async ({ framework }) => {
      const chosen = await ports.chooseFrameworkFileToSave(suggestedFrameworkFileName(framework));
      if (!chosen) return { status: 'cancelled' };
      const target = path.resolve(withFrameworkExtension(chosen));
      if (isInsideFolder(ports.userDataDir, target)) throw new UserFacingError('forbidden', msg('frameworkFiles.saveInsideAppFolder', { folder: ports.userDataDir }));
      await writeFrameworkFile(target, framework, ports.appVersion, ports.now());
      return { status: 'saved', path: target, fileName: path.basename(target) };
    },
  };
}
