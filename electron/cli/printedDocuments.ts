/**
 * The command line's printed documents (the PDF report, the charter's PDF): the one request that
 * writes them, as the thread of the built command (pdfWorker.ts) and the command from the
 * sources both run it. The request holds only data, so it crosses to that thread as it is.
 */
import { translatorNow } from '../../shared/i18n';
import type { ExportFormat } from '../../shared/report/exportFormats';
import type { ChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { exportDocuments, type ExportOutcome, type ExportProgress, type ExportRequest } from '../services/export/exportDocuments';

/** The formats Chromium prints. */
export const PRINTED_FORMATS: readonly ExportFormat[] = ['pdf', 'charter-pdf'];

export interface PrintRequest extends Omit<ExportRequest, 'now' | 'renderPdf' | 'messages' | 'log' | 'onProgress'> {
  /** The generation time, in milliseconds since 1970. */
  now: number;
  /** The language of the failure messages (the command's own). */
  messagesLanguage: string;
  /** Internal details on stderr (READINESS_ROOM_DEBUG). */
  debug: boolean;
}

/** Writes the printed documents with a browser of its own, which `close` closes. */
export interface DocumentPrinter {
  print(request: PrintRequest): Promise<ExportOutcome>;
  close(): Promise<void>;
}

/** Logs how long each format took, for profiling (the PDF is written alongside the others). */
export function timed(log: (message: string) => void): (progress: ExportProgress) => void {
  const started = new Map<ExportFormat, number>();
  return (progress) => {
    if (progress.state === 'working') started.set(progress.format, performance.now());
    else log(`${progress.format} ${progress.state} in ${Math.round(performance.now() - (started.get(progress.format) ?? 0))} ms`);
  };
}

export function printDocuments(request: PrintRequest, renderer: ChromiumPdfRenderer): Promise<ExportOutcome> {
  const { now, messagesLanguage, debug, ...rest } = request;
  const log = debug ? (message: string) => console.error(message) : undefined;
  return exportDocuments({ ...rest, now: new Date(now), messages: translatorNow(messagesLanguage), renderPdf: renderer.renderPdf, log, onProgress: log ? timed(log) : undefined });
}
