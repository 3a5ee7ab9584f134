/**
 * The built command line prints the PDF on a second thread (pdfWorker.ts): Chromium starts from
 * there while this thread loads the document writers, and the browser's replies are read there
 * while this thread is busy writing the other documents (a Word file keeps it busy for a second
 * or more). The thread speaks the ChromiumPdfRenderer interface.
 */
import { Worker } from 'node:worker_threads';
import type { ChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import type { PdfReply, PdfRequest } from './pdfWorker';

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
export function threadPdfRenderer(script: URL): ChromiumPdfRenderer {
  const worker = new Worker(script);
  const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let next = 0;
  let gone: Error | null = null;
  const fail = (error: Error): void => {
    gone = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: PdfReply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if ('pdf' in reply) pending.resolve(reply.pdf);
    else pending.reject(new Error(reply.error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`pdf thread exited (${code})`)));
  const send = (request: PdfRequest): void => worker.postMessage(request);
  send({ kind: 'prepare' });
  let closing: Promise<void> | null = null;
  return {
    prepare() {},
    renderPdf(html) {
      if (gone) return Promise.reject(gone);
      const id = next++;
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ kind: 'render', id, html });
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
