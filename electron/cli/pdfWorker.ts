/**
 * The thread that prints the built command line's PDF (see pdfThread.ts): it starts Chromium as
 * soon as it runs, prints each page it is sent and, asked to close, closes the browser and ends.
 */
import { parentPort } from 'node:worker_threads';
import { createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';

export type PdfRequest = { kind: 'prepare' } | { kind: 'render'; id: number; html: string } | { kind: 'close' };
export type PdfReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (port) {
  const pdf = createChromiumPdfRenderer();
  port.on('message', (request: PdfRequest) => {
    if (request.kind === 'prepare') pdf.prepare();
    else if (request.kind === 'render') {
      pdf.renderPdf(request.html).then(
        (bytes) => port.postMessage({ id: request.id, pdf: bytes } satisfies PdfReply, [bytes.buffer as ArrayBuffer]),
        (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies PdfReply),
      );
    } else {
      void pdf.close().finally(() => port.close());
    }
  });
}
