/**
 * The Electron side of the export ports: the folder dialog, "Show in folder", and printing the
 * report to PDF in a hidden window that has JavaScript turned off.
 */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { mainTranslator } from './windowLanguage';

export async function chooseExportFolder(win: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: mainTranslator().t('dialog.exportFolder.title'),
    buttonLabel: mainTranslator().t('dialog.exportFolder.button'),
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function showExportedFile(filePath: string): Promise<void> {
  shell.showItemInFolder(filePath);
}

/**
 * Prints a self-contained HTML page (no script, CSP in the page) to PDF. The page is loaded as a
 * data: URL — the app's network filter lets nothing else through — in a window that is never
 * shown, sandboxed, without preload and with JavaScript disabled.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateTaggedPDF: true, generateDocumentOutline: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}
