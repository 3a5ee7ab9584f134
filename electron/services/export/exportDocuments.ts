/**
 * Writes the chosen documents into a folder: builds the report model once, renders the images
 * only when a format needs them, and writes each file through a temp file in the same folder that
 * is renamed into place — so a failure or a crash never leaves a half-written document. One
 * format failing does not stop the others; each failure comes back with a sentence to show.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { availableLanguages, translatorNow, type Translator } from '../../../shared/i18n';
import type { Session } from '../../../shared/model/session';
import { sessionLanguage } from '../../../shared/model/sessionLanguage';
import { buildReport } from '../../../shared/report/buildReport';
import { buildCharter, charterUnavailable, type CharterModel } from '../../../shared/report/charterModel';
import { CHARTER_FORMATS, EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../../shared/report/exportFormats';
import { safeFileName } from '../../../shared/report/reportFormat';
import type { ReportModel } from '../../../shared/report/reportModel';
import { registerCatalogueFiles } from '../i18n/nodeCatalogues';
import { errorCode, writeFileAtomic } from '../sessions/atomicWrite';
import { charterPdf } from './charterPdf';
import { azureDevOpsCsv, jiraCsv } from './csvActions';
import { icsCalendar } from './icsCalendar';
import { markdownReport } from './markdownReport';
import { pdfReport, type RenderPdf } from './pdfReport';
import { renderReportImages, type ReportImages } from './reportImages';
import { ChartRendererMissingError } from './svgToPng';

export interface ExportProgress {
  format: ExportFormat;
  state: 'working' | 'done' | 'failed';
  /** 1-based position and the number of formats asked for. */
  index: number;
  total: number;
  /** The written file, when done. */
  path?: string;
  /** What went wrong, when failed. */
  message?: string;
}

export interface ExportedFile {
  format: ExportFormat;
  path: string;
  fileName: string;
  bytes: number;
}

export interface ExportFailure {
  format: ExportFormat;
  message: string;
}

export interface ExportOutcome {
  files: ExportedFile[];
  failures: ExportFailure[];
  /** Formats left out on purpose, each with its one line (the charter when the verdict is not Not yet). */
  skipped: ExportFailure[];
}

export interface ExportRequest {
  session: Session;
  formats: readonly ExportFormat[];
  folder: string;
  appVersion: string;
  now: Date;
  renderPdf: RenderPdf;
  /** The documents' language when it is not the session's (the command line's --lang). */
  language?: string;
  /** The language of the failure messages (the person's, not the documents'); English by default. */
  messages?: Translator;
  onProgress?: (progress: ExportProgress) => void;
  log?: (message: string) => void;
}

/** A problem with the destination as a whole (missing, not a folder): nothing was written. */
export class ExportFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFolderError';
  }
}

/**
 * The words of a language for the documents and the messages. The Electron main and the command
 * line register the catalogues at start; anything else running from the sources (a shell, a bench)
 * reads them from disk here, once.
 */
export function exportTranslator(tag: string): Translator {
  if (availableLanguages().length === 0) registerCatalogueFiles();
  return translatorNow(tag);
}

/** "Harbourline Énergie – Voice agent … – Readiness report.docx"; "… – Bericht.docx" in German. */
export function documentFileName(model: ReportModel, format: ExportFormat): string {
  const info = EXPORT_FORMAT_INFO[format];
  return `${model.meta.fileBaseName} – ${safeFileName(model.i18n.t(info.fileNameId), 60)}.${info.extension}`;
}

/** The documents a browser prints (renderPdf): in its own process, so they can run beside the others. */
export const PRINTED_FORMATS: ReadonlySet<ExportFormat> = new Set(['pdf', 'charter-pdf']);

/** One document's bytes. */
export async function renderDocument(
  format: ExportFormat,
  model: ReportModel,
  images: () => Promise<ReportImages>,
  renderPdf: RenderPdf,
  charter?: () => CharterModel,
): Promise<Uint8Array | string> {
  switch (format) {
    // The libraries of the Office formats load when their document is asked for: a start (the
    // app's, the command line's) does not wait for them, and the PDF is handed over before them.
    case 'docx':
      return (await import('./docxReport')).docxReport(model, await images());
    case 'pdf':
      return pdfReport(model, renderPdf);
    case 'pptx':
      return (await import('./pptxDeck')).pptxDeck(model, await images());
    case 'xlsx':
      return (await import('./xlsxTracker')).xlsxTracker(model);
    case 'jira':
      return jiraCsv(model);
    case 'azure-devops':
      return azureDevOpsCsv(model);
    case 'md':
      return markdownReport(model);
    case 'ics':
      return icsCalendar(model);
    case 'charter-docx':
      return (await import('./charterDocx')).charterDocx(charterOf(charter));
    case 'charter-pdf':
      return charterPdf(charterOf(charter), renderPdf);
  }
}

function charterOf(charter: (() => CharterModel) | undefined): CharterModel {
  if (!charter) throw new Error('The charter needs its session.');
  return charter();
}

function failureMessage(i18n: Translator, error: unknown, fileName: string, format: ExportFormat): string {
  return exportFailureMessage(i18n, error, fileName, i18n.t(EXPORT_FORMAT_INFO[format].labelId));
}

/** Why a document (named in the person's words) could not be written, in one sentence. */
export function exportFailureMessage(i18n: Translator, error: unknown, fileName: string, document: string): string {
  if (error instanceof ChartRendererMissingError) return i18n.t('report.exportError.rendererMissing', { document });
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return i18n.t('report.exportError.notAllowed', { file: fileName });
    case 'EBUSY':
      return i18n.t('report.exportError.busy', { file: fileName });
    case 'ENOSPC':
      return i18n.t('report.exportError.diskFull');
    case 'EROFS':
      return i18n.t('report.exportError.readOnly');
    case 'ENOENT':
    case 'ENOTDIR':
      return i18n.t('report.exportError.folderGone');
    case 'ENAMETOOLONG':
      return i18n.t('report.exportError.pathTooLong');
    default:
      return i18n.t('report.exportError.failed', { document });
  }
}

/** The destination as a folder that is there; else an ExportFolderError with its sentence. */
export async function checkExportFolder(folder: string, i18n: Translator): Promise<string> {
  const resolved = path.resolve(folder);
  let stat;
  try {
    stat = await fs.stat(resolved);
  } catch {
    throw new ExportFolderError(i18n.t('report.exportError.folderGone'));
  }
  if (!stat.isDirectory()) throw new ExportFolderError(i18n.t('report.exportError.notAFolder'));
  return resolved;
}

export async function exportDocuments(request: ExportRequest): Promise<ExportOutcome> {
  const messages = request.messages ?? exportTranslator('en');
  const folder = await checkExportFolder(request.folder, messages);
  // Formats in the one canonical order, each once; the charter only when the verdict is Not yet.
  const unavailable = charterUnavailable(request.session);
  const skipped = unavailable ? CHARTER_FORMATS.filter((f) => request.formats.includes(f)).map((format) => ({ format, message: messages.text(unavailable) })) : [];
  const formats = EXPORT_FORMATS.filter((f) => request.formats.includes(f) && !skipped.some((s) => s.format === f));
  const i18n = exportTranslator(request.language ?? sessionLanguage(request.session));
  const model = buildReport(request.session, { generatedAt: request.now, appVersion: request.appVersion, i18n });
  let images: Promise<ReportImages> | null = null;
  const lazyImages = (): Promise<ReportImages> => (images ??= renderReportImages(model));
  let charter: CharterModel | null = null;
  const lazyCharter = (): CharterModel => (charter ??= buildCharter(request.session, model));

  type Result = { file: ExportedFile } | { failure: ExportFailure };
  const produce = async (format: ExportFormat, index: number, renderPdf: RenderPdf): Promise<Result> => {
    const fileName = documentFileName(model, format);
    const target = path.join(folder, fileName);
    const base = { format, index: index + 1, total: formats.length };
    request.onProgress?.({ ...base, state: 'working' });
    try {
      const content = await renderDocument(format, model, lazyImages, renderPdf, lazyCharter);
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      await writeFileAtomic(target, bytes);
      request.onProgress?.({ ...base, state: 'done', path: target });
      return { file: { format, path: target, fileName, bytes: bytes.byteLength } };
    } catch (error) {
      const message = failureMessage(messages, error, fileName, format);
      request.log?.(`export ${format} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      request.onProgress?.({ ...base, state: 'failed', message });
      return { failure: { format, message } };
    }
  };

  // The printed documents go first: once a page is handed to the browser it prints in the
  // browser's own process while this one writes the others (which keep this thread busy).
  const results: Promise<Result>[] = [];
  const handedOver: Promise<unknown>[] = [];
  for (const [index, format] of formats.entries()) {
    if (!PRINTED_FORMATS.has(format)) continue;
    let handOver = (): void => {};
    const handed = new Promise<void>((resolve) => (handOver = resolve));
    results[index] = produce(format, index, (html) => {
      handOver();
      return request.renderPdf(html);
    });
    handedOver.push(Promise.race([handed, results[index]]));
  }
  await Promise.all(handedOver);
  for (const [index, format] of formats.entries()) results[index] ??= Promise.resolve(await produce(format, index, request.renderPdf));

  const outcome: ExportOutcome = { files: [], failures: [], skipped };
  for (const result of await Promise.all(results)) {
    if ('file' in result) outcome.files.push(result.file);
    else outcome.failures.push(result.failure);
  }
  return outcome;
}
