/**
 * Headless export: `npm run export -- <file.rrsession> --format <formats> --out <dir> [--lang de]`
 * (the formats are those of shared/report/exportFormats.ts). Writes one document per format into
 * <dir> and prints their paths, one per line. The documents speak the session's language, or the
 * one --lang names; the command's own messages speak --lang, else English. An unknown --lang is a
 * usage error (exit 2).
 *
 * Exit codes: 0 done; 2 the command cannot be used as given — the session file is missing, too
 * large, not a session (also a session object that holds none of a session's fields), written by
 * a newer version or invalid at a named field, or the options are wrong — with one line on stderr
 * and nothing written; 1 an internal error or a document that could not be written. Every repair
 * the loader made to a damaged session is printed to stderr, one line each, and the export goes
 * on. The session file is only ever read.
 *
 * The catalogues are registered by the entry that runs this: electron/cli/main.ts (built into
 * out/cli/export.js by `npm run build`, the catalogues bundled) or electron/cli/export.ts (the
 * sources through tsx, the catalogues read from shared/i18n/catalogues).
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from '../../shared/format/envelope';
import { loadSessionText } from '../../shared/format/loadSessionFile';
import { migrateSession } from '../../shared/format/migrations';
import { parseJsonSafely } from '../../shared/format/safeJson';
import { availableLanguages, LANGUAGE_TAG, translatorNow, type Translator } from '../../shared/i18n';
import { SessionSchema } from '../../shared/model/session';
import { EXPORT_FORMATS, exportFormatsNamed, type ExportFormat } from '../../shared/report/exportFormats';
import { formatMegabytes } from '../../shared/text/numbers';
import type { ChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { ExportFolderError, exportDocuments, PRINTED_FORMATS, type ExportOutcome, type ExportProgress } from '../services/export/exportDocuments';
import { namesFrameworkFile, runFrameworkCommand } from './frameworkCommand';

/** A problem with what was given: exit 2, one line, nothing written. */
class UsageError extends Error {}

interface Options {
  file: string;
  formats: ExportFormat[];
  out: string;
  /** The documents' language, when given; otherwise the session's. */
  language: string | null;
}

/** A catalogue's tag for what --lang names ("de", "de-AT" → "de"), or null when none speaks it. */
function languageFor(wanted: string): string | null {
  const tag = wanted.trim();
  const known = availableLanguages();
  const exact = known.find((k) => k.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = tag.split(/[-_]/)[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(base) && LANGUAGE_TAG.test(base) && known.includes(base) ? base : null;
}

/** The value of --lang in argv, read before anything else, so every message speaks it. */
function wantedLanguage(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') return argv[i + 1] ?? null;
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return null;
}

function usage(i18n: Translator): string {
  return i18n.t('cli.usage', { formats: EXPORT_FORMATS.join(',') });
}

function parseArguments(argv: readonly string[], i18n: Translator): Options | 'help' {
  let file: string | null = null;
  let formats: ExportFormat[] | null = null;
  let out: string | null = null;
  let language: string | null = null;
  const fail = (text: string, withUsage = true): UsageError => new UsageError(withUsage ? `${text} ${usage(i18n)}` : text);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw fail(i18n.t('cli.needsValue', { option: name }));
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    if (name === '--format' || name === '--formats') {
      const names = value()
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      const unknown = names.filter((n) => exportFormatsNamed(n) === null);
      if (unknown.length) throw fail(i18n.t('cli.unknownFormat', { format: unknown[0], formats: EXPORT_FORMATS.join(', ') }), false);
      formats = [...new Set(names.flatMap((n) => exportFormatsNamed(n) ?? []))];
    } else if (name === '--out' || name === '-o') {
      out = value();
    } else if (name === '--lang') {
      const wanted = value();
      language = languageFor(wanted);
      if (language === null) throw fail(i18n.t('cli.unknownLanguage', { language: wanted, languages: availableLanguages().join(', ') }), false);
    } else if (name.startsWith('-')) {
      throw fail(i18n.t('cli.unknownOption', { option: name }));
    } else if (file === null) {
      file = arg;
    } else {
      throw fail(i18n.t('cli.oneFileOnly', { extra: arg }));
    }
  }
  if (file === null) throw fail(i18n.t('cli.nameFile'));
  if (out === null) throw fail(i18n.t('cli.nameOut'));
  if (formats !== null && formats.length === 0) throw fail(i18n.t('cli.nameFormat'));
  return { file, formats: formats ?? [...EXPORT_FORMATS], out, language };
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

async function readSession(file: string, i18n: Translator) {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UsageError(i18n.t('cli.notAFile', { file }));
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(i18n.t('cli.noSuchFile', { file }));
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(i18n.t('cli.tooLarge', { file: path.basename(file), size: formatMegabytes(size, i18n.locale) }));
  // Read only: the file is opened for reading and never written.
  const text = await fs.readFile(file, 'utf8');
  const loaded = loadSessionText(text, Buffer.byteLength(text, 'utf8'));
  const name = path.basename(file);
  if (!loaded.ok) throw new UsageError(i18n.t('cli.cannotExport', { file: name, reason: i18n.text(loaded.message) }));
  // A healthy file needs no repair; a repaired one may have been rebuilt from nothing at all.
  if (loaded.repairs.length > 0 && !holdsSessionFields(text, loaded.version)) throw new UsageError(i18n.t('cli.notASession', { file: name }));
  for (const repair of loaded.repairs) console.error(i18n.t('cli.repaired', { file: name, repair: i18n.text(repair) }));
  return loaded.session;
}

const SESSION_FIELDS: readonly string[] = Object.keys(SessionSchema.shape);

/**
 * Whether the file's session object (upgraded to the current version) holds at least one of a
 * session's fields. The loader fills in every missing field, so `"session": {}` loads as a blank
 * session; a document of it would report on nothing.
 */
function holdsSessionFields(text: string, version: number): boolean {
  try {
    const data = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as { session?: unknown };
    const session = data.session as Record<string, unknown>;
    const upgraded = migrateSession(session, version);
    return SESSION_FIELDS.some((field) => Object.hasOwn(upgraded, field));
  } catch {
    return false;
  }
}

/** The command's own words: in the language --lang names, else English. */
function messagesFor(argv: readonly string[]): Translator {
  const wanted = wantedLanguage(argv);
  return translatorNow((wanted && languageFor(wanted)) ?? 'en');
}

/** With READINESS_ROOM_DEBUG set: internal details (stack traces, each format's time) on stderr, in English. */
const debug = process.env.READINESS_ROOM_DEBUG ? (message: string) => console.error(message) : undefined;

/** Logs how long each format took, for profiling (the PDF is written alongside the others). */
function timed(log: (message: string) => void): (progress: ExportProgress) => void {
  const started = new Map<ExportFormat, number>();
  return (progress) => {
    if (progress.state === 'working') started.set(progress.format, performance.now());
    else log(`${progress.format} ${progress.state} in ${Math.round(performance.now() - (started.get(progress.format) ?? 0))} ms`);
  };
}

async function main(argv: readonly string[], i18n: Translator, pdfRenderer: () => ChromiumPdfRenderer): Promise<number> {
  // A framework file is checked and described instead (frameworkCommand.ts).
  if (namesFrameworkFile(argv)) {
    const wanted = wantedLanguage(argv);
    const language = wanted === null ? null : languageFor(wanted);
    if (wanted !== null && language === null) throw new UsageError(i18n.t('cli.unknownLanguage', { language: wanted, languages: availableLanguages().join(', ') }));
    return runFrameworkCommand(argv, i18n, language);
  }
  const options = parseArguments(argv, i18n);
  if (options === 'help') {
    console.log(usage(i18n));
    console.log('');
    console.log(i18n.t('cli.help', { formats: EXPORT_FORMATS.join(','), languages: availableLanguages().join(', ') }));
    return 0;
  }
  debug?.(`started at ${Math.round(performance.now())} ms`);
  const session = await readSession(options.file, i18n);

  const out = path.resolve(options.out);
  try {
    await fs.mkdir(out, { recursive: true });
  } catch {
    console.error(i18n.t('cli.cannotCreateFolder', { folder: out }));
    return 1;
  }
  const pdf = options.formats.some((format) => PRINTED_FORMATS.has(format)) ? pdfRenderer() : null;
  // The browser starts while the session is read into the report model; exportDocuments hands it
  // the printed pages first and writes the other documents while it prints.
  pdf?.prepare();
  let outcome: ExportOutcome;
  try {
    outcome = await exportDocuments({
      session,
      folder: out,
      appVersion: appVersion(),
      now: generationTime(),
      ...(options.language ? { language: options.language } : {}),
      messages: i18n,
      log: debug,
      onProgress: debug ? timed(debug) : undefined,
      formats: options.formats,
      renderPdf: pdf ? pdf.renderPdf : () => Promise.reject(new Error(i18n.t('cli.pdfNotPrepared'))),
    });
  } catch (error) {
    if (!(error instanceof ExportFolderError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await pdf?.close();
  }
  debug?.(`exported at ${Math.round(performance.now())} ms`);
  const { files, failures } = outcome;
  for (const file of files) console.log(file.path);
  // Formats left out on purpose (the charter when the verdict is not Not yet): their line, once.
  for (const line of new Set(outcome.skipped.map((skipped) => skipped.message))) console.error(line);
  for (const failure of failures) console.error(i18n.t('cli.failure', { format: failure.format, message: failure.message }));
  return failures.length ? 1 : 0;
}

/**
 * Runs the command with `argv` (the arguments after the script) and returns its exit code; the
 * entry exits with it. The catalogues must be registered. `pdfRenderer` gives the renderer that
 * prints the PDF (the command closes it).
 */
export async function runCommand(argv: readonly string[], pdfRenderer: () => ChromiumPdfRenderer): Promise<number> {
  const messages = messagesFor(argv);
  try {
    return await main(argv, messages, pdfRenderer);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(messages.t('cli.failed', { message }));
    if (debug && error instanceof Error) debug(error.stack ?? error.message);
    return 1;
  }
}
