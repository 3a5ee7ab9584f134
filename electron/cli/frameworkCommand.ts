/**
 * The command line given a .rrframework file: `npm run export -- FILE.rrframework --out description.md
 * [--lang de]` checks the file with the same loader as the window and writes a Markdown
 * description of the framework (framework files have no documents to export).
 *
 * Exit codes: 0 written (its path printed); 2 the file was refused — missing, too large, broken,
 * another kind of file, a newer version, a prototype key, a framework that breaks its schema or
 * its rules — or the options are wrong, with one line on stderr and nothing written; 1 the
 * description could not be written. The framework file is only ever read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { FRAMEWORK_FILE_EXTENSION, MAX_FRAMEWORK_FILE_BYTES } from '../../shared/format/frameworkEnvelope';
import { frameworkTooLarge, loadFrameworkText, type LoadFrameworkOptions } from '../../shared/format/loadFrameworkFile';
import { availableLanguages, type Translator } from '../../shared/i18n';
import { frameworkMarkdown } from '../services/frameworks/frameworkMarkdown';
import { writeFileAtomic } from '../services/sessions/atomicWrite';

/** A refusal or a usage error: exit 2, one line, nothing written. */
class Refusal extends Error {}

/** Whether the command was given a framework file (rather than a session). */
export function namesFrameworkFile(argv: readonly string[]): boolean {
  return argv.some((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FRAMEWORK_FILE_EXTENSION));
}

interface Options {
  file: string;
  out: string;
}

function parse(argv: readonly string[], i18n: Translator): Options | 'help' {
  let file: string | null = null;
  let out: string | null = null;
  const usage = i18n.t('frameworkFiles.cli.usage');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Refusal(`${i18n.t('cli.needsValue', { option: name })} ${usage}`);
      return v;
    };
    if (name === '--help' || name === '-h') return 'help';
    if (name === '--out' || name === '-o') out = value();
    // The language was read before (the caller's translator speaks it); its value is skipped here.
    else if (name === '--lang') value();
    else if (name.startsWith('-')) throw new Refusal(`${i18n.t('cli.unknownOption', { option: name })} ${usage}`);
    else if (file === null) file = arg;
    else throw new Refusal(`${i18n.t('cli.oneFileOnly', { extra: arg })} ${usage}`);
  }
  if (file === null) throw new Refusal(`${i18n.t('cli.nameFile')} ${usage}`);
  if (out === null) throw new Refusal(`${i18n.t('frameworkFiles.cli.nameOut')} ${usage}`);
  return { file, out };
}

async function readFramework(file: string, i18n: Translator, load: LoadFrameworkOptions) {
  const name = path.basename(file);
  const refuse = (reason: string) => new Refusal(i18n.t('frameworkFiles.cli.refused', { file: name, reason }));
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Refusal(i18n.t('cli.notAFile', { file }));
    size = stat.size;
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(i18n.t('cli.noSuchFile', { file }));
  }
  // Size first: a huge file is refused before a byte of it is read.
  if (size > MAX_FRAMEWORK_FILE_BYTES) throw refuse(i18n.text(frameworkTooLarge(size).message));
  const bytes = await fs.readFile(file);
  const loaded = loadFrameworkText(bytes.toString('utf8'), bytes.byteLength, load);
  if (!loaded.ok) throw refuse(i18n.text(loaded.message));
  for (const repair of loaded.repairs) console.error(i18n.t('cli.repaired', { file: name, repair: i18n.text(repair) }));
  return loaded.framework;
}

/** Where the description goes: the file --out names, or `<framework file>.md` in the folder it names (an existing one, or one ending in a slash). */
async function target(out: string, file: string): Promise<string> {
  const resolved = path.resolve(out);
  const isFolder =
    /[\\/]$/.test(out) ||
    (await fs.stat(resolved).then(
      (stat) => stat.isDirectory(),
      () => false,
    ));
  return isFolder ? path.join(resolved, `${path.basename(file, path.extname(file))}.md`) : resolved;
}

/**
 * Runs the framework command and returns its exit code. `i18n` speaks --lang (else English);
 * `language` is the language --lang named, or null. `load` carries the framework's own rules.
 */
export async function runFrameworkCommand(argv: readonly string[], i18n: Translator, language: string | null, load: LoadFrameworkOptions = {}): Promise<number> {
  try {
    const options = parse(argv, i18n);
    if (options === 'help') {
      console.log(i18n.t('frameworkFiles.cli.usage'));
      console.log('');
      console.log(i18n.t('frameworkFiles.cli.help', { languages: availableLanguages().join(', ') }));
      return 0;
    }
    const framework = await readFramework(options.file, i18n, load);
    const markdown = frameworkMarkdown(framework, { language: language ?? framework.languages[0]!, i18n });
    const file = await target(options.out, options.file);
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, markdown);
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : String(error);
      console.error(i18n.t('frameworkFiles.cli.writeFailed', { file, reason: code }));
      return 1;
    }
    console.log(file);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(error.message.split('\n')[0]);
      return 2;
    }
    throw error;
  }
}
