/**
 * Headless export: `npm run export -- <file.rrsession> --format docx,pdf,pptx,xlsx,jira,azure-devops,md,ics --out <dir> [--lang de]`
 * (`csv`, the older name, stands for both task-tracker imports: jira and azure-devops)
 * Writes one document per format into <dir> and prints their paths, one per line. The documents
 * speak the session's language, or the one --lang names; the command's own messages speak --lang,
 * else English. An unknown --lang is a usage error (exit 2).
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
import { availableLanguages, LANGUAGE_TAG, translatorNow, type Translator } from '../../shared/i18n';
import { registerCatalogueFiles } from '../services/i18n/nodeCatalogues';
import { EXPORT_FORMATS, exportFormatsNamed, type ExportFormat } from '../../shared/report/exportFormats';
import { formatMegabytes } from '../../shared/text/numbers';
import { createChromiumPdfRenderer } from '../services/export/chromiumPdfRenderer';
import { ExportFolderError, exportDocuments } from '../services/export/exportDocuments';

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
  if (!loaded.ok) throw new UsageError(i18n.t('cli.cannotExport', { file: path.basename(file), reason: i18n.text(loaded.message) }));
  return loaded.session;
}

/** The command's own words: in the language --lang names, else English. */
function messagesFor(argv: readonly string[]): Translator {
  const wanted = wantedLanguage(argv);
  return translatorNow((wanted && languageFor(wanted)) ?? 'en');
}

async function main(argv: readonly string[], i18n: Translator): Promise<number> {
  const options = parseArguments(argv, i18n);
  if (options === 'help') {
    console.log(usage(i18n));
    console.log('');
    console.log(i18n.t('cli.help', { formats: EXPORT_FORMATS.join(','), languages: availableLanguages().join(', ') }));
    return 0;
  }
  const session = await readSession(options.file, i18n);

  const out = path.resolve(options.out);
  try {
    await fs.mkdir(out, { recursive: true });
  } catch {
    console.error(i18n.t('cli.cannotCreateFolder', { folder: out }));
    return 1;
  }
  const pdf = options.formats.some((f) => f === 'pdf' || f === 'charter-pdf') ? createChromiumPdfRenderer() : null;
  try {
    const outcome = await exportDocuments({
      session,
      formats: options.formats,
      folder: out,
      appVersion: appVersion(),
      now: generationTime(),
      ...(options.language ? { language: options.language } : {}),
      messages: i18n,
      renderPdf: (html) => {
        if (!pdf) throw new Error(i18n.t('cli.pdfNotPrepared'));
        return pdf.renderPdf(html);
      },
      log: process.env.READINESS_ROOM_DEBUG ? (message) => console.error(message) : undefined,
    });
    for (const file of outcome.files) console.log(file.path);
    // Formats left out on purpose (the charter when the verdict is not Not yet): their line, once.
    for (const line of new Set(outcome.skipped.map((s) => s.message))) console.error(line);
    for (const failure of outcome.failures) console.error(i18n.t('cli.failure', { format: failure.format, message: failure.message }));
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

registerCatalogueFiles();
const messages = messagesFor(process.argv.slice(2));

main(process.argv.slice(2), messages).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(messages.t('cli.failed', { message }));
    if (process.env.READINESS_ROOM_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
