/** The native Save and Open dialogs for session, framework and tracker files: the Electron side of five ports. */
import path from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import { FILE_EXTENSION } from '../../shared/format/envelope';
import { FRAMEWORK_FILE_EXTENSION } from '../../shared/format/frameworkEnvelope';
import { mainTranslator } from './windowLanguage';

const filters = () => [{ name: mainTranslator().t('dialog.sessionFile.filter'), extensions: [FILE_EXTENSION.slice(1)] }];
const frameworkFilters = () => [{ name: mainTranslator().t('frameworkFiles.dialog.filter'), extensions: [FRAMEWORK_FILE_EXTENSION.slice(1)] }];

export async function chooseSessionFileToSave(win: BrowserWindow | null, defaultFileName: string): Promise<string | null> {
  const options = {
    title: mainTranslator().t('dialog.saveSession.title'),
    defaultPath: path.join(app.getPath('documents'), defaultFileName),
    filters: filters(),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function chooseSessionFileToOpen(win: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: mainTranslator().t('dialog.openSession.title'),
    defaultPath: app.getPath('documents'),
    filters: filters(),
    properties: ['openFile'] as 'openFile'[],
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseFrameworkFileToSave(win: BrowserWindow | null, defaultFileName: string): Promise<string | null> {
  const options = {
    title: mainTranslator().t('frameworkFiles.dialog.exportTitle'),
    defaultPath: path.join(app.getPath('documents'), defaultFileName),
    filters: frameworkFilters(),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function chooseFrameworkFileToOpen(win: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: mainTranslator().t('frameworkFiles.dialog.importTitle'),
    defaultPath: app.getPath('documents'),
    filters: frameworkFilters(),
    properties: ['openFile'] as 'openFile'[],
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The returned tracker: workbooks, and CSV files too, so that choosing one hears why it cannot be imported. */
export async function chooseTrackerFileToOpen(win: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: mainTranslator().t('trackerImport.dialog.title'),
    defaultPath: app.getPath('documents'),
    filters: [
      { name: mainTranslator().t('trackerImport.dialog.filter'), extensions: ['xlsx'] },
      { name: mainTranslator().t('trackerImport.dialog.csvFilter'), extensions: ['csv'] },
    ],
    properties: ['openFile'] as 'openFile'[],
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
