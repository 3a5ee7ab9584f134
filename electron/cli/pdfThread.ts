/**
 * The built command line writes its printed documents on a second thread (pdfWorker.ts): loading
 * the browser driver, starting Chromium, building the report and printing it happen there, while
 * this thread loads the other writers and writes the other documents. Only the session and the
 * options cross to the thread, and only the outcome comes back.
 */
import { Worker } from 'node:worker_threads';
import type { ExportOutcome } from '../services/export/exportDocuments';
import type { PrintMessage, PrintReply } from './pdfWorker';
import type { DocumentPrinter } from './printedDocuments';

/**
 * Whether the command as given will print a PDF, read before anything loads: the PDF is among the
 * formats asked for (all by default) and this is no call for help. A wrong guess only costs time.
 */
export function printsPdf(argv: readonly string[]): boolean {
  if (argv.includes('--help') || argv.includes('-h')) return false;
  const at = argv.findIndex((arg) => /^--formats?(=|$)/.test(arg));
  if (at < 0) return true;
  const value = argv[at]!.includes('=') ? argv[at]!.slice(argv[at]!.indexOf('=') + 1) : (argv[at + 1] ?? '');
  return value.split(',').some((name) => name.trim().toLowerCase() === 'pdf');
}

/** Starts the thread at `script` (the built pdfWorker.js), which starts the browser at once. */
export function threadPrinter(script: URL): DocumentPrinter {
  const worker = new Worker(script);
  const waiting = new Map<number, { resolve: (outcome: ExportOutcome) => void; reject: (error: Error) => void }>();
  let next = 0;
  let gone: Error | null = null;
  const fail = (error: Error): void => {
    gone = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: PrintReply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if ('outcome' in reply) pending.resolve(reply.outcome);
    else if (!reply.folderError) pending.reject(new Error(reply.error));
    // Loaded only here, so that starting the thread waits for none of the report's modules.
    else void import('../services/export/exportDocuments').then(({ ExportFolderError }) => pending.reject(new ExportFolderError(reply.error)), pending.reject);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`pdf thread exited (${code})`)));
  const send = (message: PrintMessage): void => worker.postMessage(message);
  let closing: Promise<void> | null = null;
  return {
    print(request) {
      if (gone) return Promise.reject(gone);
      const id = next++;
      return new Promise<ExportOutcome>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ kind: 'print', id, request });
      });
    },
    close() {
      closing ??= (async () => {
        if (!gone) {
          const closed = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
          send({ kind: 'close' });
          await closed;
        }
      })();
      return closing;
    },
  };
}
