/**
 * The thread that writes the built command line's printed documents (see pdfThread.ts): it
 * starts Chromium as soon as it runs, then loads the report's writers while the browser starts;
 * sent a request, it writes the documents and replies with the outcome; asked to close, it closes
 * the browser and ends.
 */
import { parentPort } from 'node:worker_threads';
import { createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import type { ExportOutcome } from '../services/export/exportDocuments';
import type { PrintRequest } from './printedDocuments';

export type PrintMessage = { kind: 'print'; id: number; request: PrintRequest } | { kind: 'close' };
/** `folderError`: the destination as a whole was unusable (the main thread's ExportFolderError). */
export type PrintReply = { id: number; outcome: ExportOutcome } | { id: number; error: string; folderError: boolean };

const port = parentPort;
if (port) {
  const renderer = createChromiumPdfRenderer();
  renderer.prepare();
  const printing = Promise.all([import('./catalogues'), import('./printedDocuments'), import('../services/export/exportDocuments')]).then(([catalogues, printed, documents]) => {
    catalogues.registerBundledCatalogues();
    return { printDocuments: printed.printDocuments, ExportFolderError: documents.ExportFolderError };
  });
  port.on('message', (message: PrintMessage) => {
    if (message.kind === 'print') {
      printing
        .then(({ printDocuments }) => printDocuments(message.request, renderer))
        .then(
          (outcome) => port.postMessage({ id: message.id, outcome } satisfies PrintReply),
          async (error: unknown) => {
            const { ExportFolderError } = await printing.catch(() => ({ ExportFolderError: null }));
            const folderError = ExportFolderError !== null && error instanceof ExportFolderError;
            port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error), folderError } satisfies PrintReply);
          },
        );
    } else {
      void renderer.close().finally(() => port.close());
    }
  });
}
