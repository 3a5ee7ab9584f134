/**
 * The export calls of the IPC contract. The window may only export into a folder the person
 * picked in this run of the app (chooseExportFolder), and may only reveal files this app
 * exported — so a compromised page cannot write or probe anywhere else on the disk.
 */
import path from 'node:path';
import { msg } from '../../../shared/i18n/message';
import type { CallResponse, ParsedRequest } from '../../../shared/ipc/contract';
import { UserFacingError } from '../ipc/dispatcher';
import type { Ports } from '../ports';
import { ExportFolderError, exportDocuments, exportTranslator } from './exportDocuments';
import { exportPortfolio, NoPortfolioError } from './portfolioExport';

export interface ExportHandlers {
  chooseExportFolder(request: ParsedRequest<'chooseExportFolder'>): Promise<CallResponse<'chooseExportFolder'>>;
  exportDocuments(request: ParsedRequest<'exportDocuments'>): Promise<CallResponse<'exportDocuments'>>;
  exportPortfolio(request: ParsedRequest<'exportPortfolio'>): Promise<CallResponse<'exportPortfolio'>>;
  showInFolder(request: ParsedRequest<'showInFolder'>): Promise<CallResponse<'showInFolder'>>;
}

/**
 * `windowLanguage` is the language the person reads the window in (the menu's, set by the window
 * at start): what went wrong is told in it, while the documents speak the session's language.
 */
export function createExportHandlers(ports: Ports, windowLanguage: () => string = () => 'en'): ExportHandlers {
  const chosenFolders = new Set<string>();
  const exportedFiles = new Set<string>();
  return {
    chooseExportFolder: async () => {
      const folder = await ports.chooseFolder();
      if (folder === null) return { folder: null };
      const resolved = path.resolve(folder);
      chosenFolders.add(resolved);
      return { folder: resolved };
    },
    exportDocuments: async ({ session, formats, folder }) => {
      const resolved = path.resolve(folder);
      if (!chosenFolders.has(resolved)) throw new UserFacingError('forbidden', msg('report.exportError.chooseFolderFirst'));
      try {
        const outcome = await exportDocuments({ session, formats, folder: resolved, appVersion: ports.appVersion, now: ports.now(), renderPdf: ports.renderPdf, log: ports.log, messages: exportTranslator(windowLanguage()) });
        for (const file of outcome.files) exportedFiles.add(file.path);
        return {
          files: outcome.files.map(({ format, path: filePath, fileName }) => ({ format, path: filePath, fileName })),
          failures: outcome.failures,
        };
      } catch (error) {
        if (error instanceof ExportFolderError) throw new UserFacingError('io', error.message);
        throw error;
      }
    },
    exportPortfolio: async ({ sessions, client, formats, folder }) => {
      const resolved = path.resolve(folder);
      if (!chosenFolders.has(resolved)) throw new UserFacingError('forbidden', msg('report.exportError.chooseFolderFirst'));
      try {
        const outcome = await exportPortfolio({ sessions, client, formats, folder: resolved, appVersion: ports.appVersion, now: ports.now(), renderPdf: ports.renderPdf, log: ports.log, messages: exportTranslator(windowLanguage()) });
        for (const file of outcome.files) exportedFiles.add(file.path);
        return outcome;
      } catch (error) {
        if (error instanceof ExportFolderError || error instanceof NoPortfolioError) throw new UserFacingError('io', error.message);
        throw error;
      }
    },
    showInFolder: async ({ path: filePath }) => {
      const resolved = path.resolve(filePath);
      if (!exportedFiles.has(resolved)) throw new UserFacingError('forbidden', msg('report.exportError.onlyExported'));
      await ports.showItemInFolder(resolved);
      return { shown: true };
    },
  };
}
