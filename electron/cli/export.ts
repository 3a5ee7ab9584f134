/**
 * Headless export: `npm run export -- <file.rrsession> --format docx,pdf,pptx,xlsx,csv,md,ics --out <dir>`
 * Writes one document per format into <dir> and prints their paths, one per line.
 *
 * Exit codes: 0 done; 2 the command cannot be used as given — the session file is missing, too
 * large, not a session, written by a newer version or invalid at a named field, or the options are
 * wrong — with one line on stderr and nothing written; 1 an internal error or a document that
 * could not be written. The session file is only ever read.
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from '../../shared/format/envelope';
import { loadSessionText } from '../../shared/format/loadSessionFile';
import { translatorNow } from '../../shared/i18n';
import { registerCatalogueFiles } from '../services/i18n/nodeCatalogues';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../shared/report/exportFormats';
import { formatMegabytes } from '../../shared/text/numbers';
import { createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { ExportFolderError, exportDocuments } from '../services/export/exportDocuments';

const USAGE = `Usage: npm run export -- <file.rrsession> --format ${EXPORT_FORMATS.join(',')} --out <folder>`;

/** A problem with what was given: exit 2, one line, nothing written. */
class UsageError extends Error {}

interface Options {
  file: string;
  formats: ExportFormat[];
  out: string;
}

function parseArguments(argv: readonly string[]): Options | 'help' {
  let file: string | null = null;
  let formats: ExportFormat[] | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value. ${USAGE}`);
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    if (name === '--format' || name === '--formats') {
      const names = value()
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      const unknown = names.filter((n) => !isExportFormat(n));
      if (unknown.length) throw new UsageError(`Unknown format “${unknown[0]}”: use any of ${EXPORT_FORMATS.join(', ')}.`);
      formats = [...new Set(names as ExportFormat[])];
    } else if (name === '--out' || name === '-o') {
      out = value();
    } else if (name.startsWith('-')) {
      throw new UsageError(`Unknown option “${name}”. ${USAGE}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new UsageError(`Give one session file only (also got “${arg}”). ${USAGE}`);
    }
  }
  if (file === null) throw new UsageError(`Name the session file to export. ${USAGE}`);
  if (out === null) throw new UsageError(`Name the folder for the documents with --out. ${USAGE}`);
  if (formats !== null && formats.length === 0) throw new UsageError(`Name at least one format with --format. ${USAGE}`);
  return { file, formats: formats ?? [...EXPORT_FORMATS], out };
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The generation time: SOURCE_DATE_EPOCH when set (reproducible documents), otherwise now. */
function generationTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

async function readSession(file: string) {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UsageError(`“${file}” is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read “${file}”: there is no such file.`);
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(`“${path.basename(file)}” is ${formatMegabytes(size)}; session files above 50 MB are refused.`);
  // Read only: the file is opened for reading and never written.
  const text = await fs.readFile(file, 'utf8');
  const loaded = loadSessionText(text, Buffer.byteLength(text, 'utf8'));
  if (!loaded.ok) throw new UsageError(`“${path.basename(file)}” cannot be exported: ${translatorNow('en').text(loaded.message)}`);
  return loaded.session;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArguments(argv);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  registerCatalogueFiles();
  const session = await readSession(options.file);

  const out = path.resolve(options.out);
  try {
    await fs.mkdir(out, { recursive: true });
  } catch {
    console.error(`Cannot create the folder “${out}”.`);
    return 1;
  }
  const pdf = options.formats.includes('pdf') ? createChromiumPdfRenderer() : null;
  try {
    const outcome = await exportDocuments({
      session,
      formats: options.formats,
      folder: out,
      appVersion: appVersion(),
      now: generationTime(),
      renderPdf: (html) => {
        if (!pdf) throw new Error('PDF printing was not prepared.');
        return pdf.renderPdf(html);
      },
      log: process.env.READINESS_ROOM_DEBUG ? (message) => console.error(message) : undefined,
    });
    for (const file of outcome.files) console.log(file.path);
    for (const failure of outcome.failures) console.error(`${failure.format}: ${failure.message}`);
    return outcome.failures.length ? 1 : 0;
  } catch (error) {
    if (error instanceof ExportFolderError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await pdf?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Readiness Room could not export the documents: ${message}`);
    if (process.env.READINESS_ROOM_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
