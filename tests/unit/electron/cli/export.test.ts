/**
 * The headless export, spawned as a person would run it (`npm run export -- …` runs the built
 * out/cli/export.js, which these tests build first from the sources): exit codes, one clear
 * stderr line, nothing written on refusal, every repair said, and the session file left exactly
 * as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VENDOR_WORDS } from '../../../../electron/services/export/csvActions';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from '../../../../shared/report/exportFormats';
import { translatorNow } from '../../../../shared/i18n';
import { buildReport } from '../../../../shared/report/buildReport';
import { FIXTURE_FILE, REPO_ROOT, fixtureSession } from '../services/export/exportFixture';
import { docxText, domainTexts, englishIn, englishPhrases, icsText, isDocumentId, pptxText, withoutSessionText, xlsxText } from '../services/export/germanDocuments';

const work = mkdtempSync(path.join(os.tmpdir(), 'rr-cli-'));
const BUILT = path.join(REPO_ROOT, 'out/cli/export.js');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The command as `npm run build` makes it, from the sources under test.
beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

function runCli(args: string[], script = BUILT) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SOURCE_DATE_EPOCH: '1741800000' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fixture's envelope with its session changed by `change`. */
function damaged(name: string, change: (session: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as { session: Record<string, unknown> };
  change(envelope.session);
  return file(name, JSON.stringify(envelope));
}

function file(name: string, content: string): string {
  const p = path.join(work, name);
  writeFileSync(p, content);
  return p;
}

describe('npm run export', () => {
  it('writes every format, prints the paths, exits 0 and leaves the session file untouched', () => {
    const input = path.join(work, 'copy.rrsession');
    writeFileSync(input, readFileSync(FIXTURE_FILE));
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const out = path.join(work, 'out', 'nested');
    const { code, stdout, stderr } = runCli([input, '--format', EXPORT_FORMATS.join(','), '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = stdout.trim().split('\n');
    expect(printed).toHaveLength(EXPORT_FORMATS.length);
    for (const p of printed) expect(existsSync(p)).toBe(true);
    // Every format of the one list, in its order (new formats appear by themselves).
    expect(printed.map((p) => path.extname(p).slice(1))).toEqual(EXPORT_FORMATS.map((format) => EXPORT_FORMAT_INFO[format].extension));
    expect(readdirSync(out)).toHaveLength(EXPORT_FORMATS.length);
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
  }, 120_000);

  it.each([
    ['a missing file', () => [path.join(work, 'nope.rrsession')], /no such file/],
    ['a file that is not JSON', () => [file('notes.rrsession', 'hello')], /not a Readiness Room session file/],
    ['JSON that is not a session', () => [file('other.rrsession', '{"type":"something-else"}')], /not a Readiness Room session file/],
    ['a file from a newer version', () => [file('newer.rrsession', JSON.stringify({ type: 'readiness-room-session', version: 99, app: { name: 'Readiness Room', version: '9.0.0' }, session: {} }))], /format version 99/],
    // The loader repairs small damage to a session; a damaged header it names and refuses.
    ['a file invalid at a named field', () => [file('invalid.rrsession', JSON.stringify({ type: 'readiness-room-session', version: 'one', session: {} }))], /header is damaged: its format version is missing or unreadable/],
    ['an unknown format', () => [FIXTURE_FILE, '--format', 'docx,odt'], /Unknown format “odt”/],
    [
      'a session that holds none of a session’s fields',
      () => [file('empty.rrsession', JSON.stringify({ type: 'readiness-room-session', version: 1, app: { name: 'Readiness Room', version: '0.1.0' }, session: {} }))],
      /^“empty\.rrsession” is not a Readiness Room session: its session holds none of a session's fields\. Nothing was written\.\n$/,
    ],
    ['a session that holds only fields no session has', () => [damaged('foreign.rrsession', (session) => {
      for (const key of Object.keys(session)) delete session[key];
      session.title = 'Quarterly numbers';
    })], /not a Readiness Room session: its session holds none/],
  ])('refuses %s with exit 2, one line on stderr and nothing written', (_label, args, message) => {
    const out = path.join(work, `refused-${Math.random().toString(16).slice(2)}`);
    const { code, stdout, stderr } = runCli([...args(), '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('still takes "csv", the older name, for both task-tracker imports', () => {
    const out = path.join(work, 'csv-alias');
    const { code, stdout, stderr } = runCli([FIXTURE_FILE, '--format', 'csv,jira', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((p) => path.basename(p).replace(/^.* – /, ''))).toEqual(['Jira import.csv', 'Azure DevOps import.csv']);
  }, 120_000);

  it('says every repair it made, one line each in the language --lang names, and still exports', () => {
    const input = damaged('repaired.rrsession', (session) => {
      delete session.settings;
      session.facilitator = 'F'.repeat(500);
      (session.participants as unknown[]).push({ broken: true });
    });
    const loaded = loadSessionText(readFileSync(input, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.message.id);
    expect(loaded.repairs.length).toBeGreaterThanOrEqual(3);
    for (const [language, lead] of [['en', 'Repaired while reading “repaired.rrsession”: '], ['de', 'Beim Lesen von „repaired.rrsession“ repariert: ']] as const) {
      const out = path.join(work, `repaired-${language}`);
      const { code, stdout, stderr } = runCli([input, '--format', 'md,csv', '--lang', language, '--out', out]);
      expect(code).toBe(0);
      const i18n = translatorNow(language);
      expect(stderr.trim().split('\n')).toEqual(loaded.repairs.map((repair) => `${lead}${i18n.text(repair)}`));
      expect(stdout.trim().split('\n').map((p) => path.extname(p))).toEqual(['.csv', '.csv', '.md']);
      expect(readdirSync(out)).toHaveLength(3);
    }
  }, 120_000);

  it('runs from the built files alone: the catalogues travel inside the bundle', () => {
    // A copy of out/cli with no shared/ folder anywhere above it; only the packages are linked in.
    const root = path.join(work, 'installed');
    mkdirSync(path.join(root, 'out'), { recursive: true });
    cpSync(path.dirname(BUILT), path.join(root, 'out/cli'), { recursive: true });
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
    const script = path.join(root, 'out/cli/export.js');
    const help = runCli(['--help', '--lang', 'de'], script);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Aufruf: npm run export/);
    const out = path.join(work, 'installed-out');
    const { code, stdout, stderr } = runCli([FIXTURE_FILE, '--format', 'md', '--lang', 'de', '--out', out], script);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(stdout.trim(), 'utf8')).toContain('## Maßnahmenplan');
  }, 120_000);

  it('refuses a file above 50 MB before reading it', () => {
    const big = path.join(work, 'big.rrsession');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    const out = path.join(work, 'big-out');
    const { code, stderr } = runCli([big, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/51 MB; session files above 50 MB are refused/);
    expect(existsSync(out)).toBe(false);
  });

  it('asks for --out and names the usage', () => {
    const { code, stderr } = runCli([FIXTURE_FILE]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out/);
  });

  it('exits 1 when the documents cannot be written', () => {
    const blocker = file('blocker', 'a file where a folder should be');
    const { code, stderr } = runCli([FIXTURE_FILE, '--format', 'md', '--out', path.join(blocker, 'docs')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/Cannot create the folder/);
  });

  it('writes the documents in the language --lang names, with German file names and no English words of their own', async () => {
    const out = path.join(work, 'deutsch');
    const { code, stdout, stderr } = runCli([FIXTURE_FILE, '--lang', 'de', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = stdout.trim().split('\n');
    expect(printed.map((p) => path.basename(p).replace(/^.* – /, ''))).toEqual([
      'Bericht.docx',
      'Bericht.pdf',
      'Präsentation Lenkungsausschuss.pptx',
      'Maßnahmenplan.xlsx',
      'Jira-Import.csv',
      'Azure-DevOps-Import.csv',
      'Bericht.md',
      'Fälligkeiten.ics',
      'Charta Pilot-Neuausrichtung.docx',
      'Charta Pilot-Neuausrichtung.pdf',
    ]);
    // The report's files (the charter's come after them with the same extensions).
    const byExt = Object.fromEntries([...printed].reverse().map((p) => [path.extname(p).slice(1), p]));
    const bytes = (ext: string): Uint8Array => new Uint8Array(readFileSync(byExt[ext]!));
    const texts: Record<string, string> = {
      docx: (await docxText(bytes('docx'))).text,
      // The PDF's words in reading order, its lines joined (a wrapped sentence reads as one).
      pdf: spawnSync('pdftotext', [byExt.pdf!, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' '),
      pptx: (await pptxText(bytes('pptx'))).text,
      xlsx: (await xlsxText(bytes('xlsx'))).text,
      // The imports' column names and values are the vendors', the same in every language.
      csv: VENDOR_WORDS.reduce((text, word) => text.replaceAll(`"${word}"`, '""'), readFileSync(byExt.csv!, 'utf8')),
      md: readFileSync(byExt.md!, 'utf8'),
      ics: icsText(readFileSync(byExt.ics!, 'utf8')),
    };
    const session = fixtureSession();
    const model = buildReport(session, { generatedAt: new Date(1741800000 * 1000), appVersion: '0.1.0', i18n: translatorNow('de') });
    const phrases = englishPhrases();
    // The radar's own words (legend, axes) are the charts' to translate.
    const chartTexts = [...model.radar.svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
    for (const [format, text] of Object.entries(texts)) {
      expect(text.length, format).toBeGreaterThan(100);
      expect(englishIn(withoutSessionText(text, session, [...domainTexts(model), ...chartTexts]), phrases).filter(({ id }) => isDocumentId(id)), format).toEqual([]);
    }
    expect(texts.docx).toContain('Management-Zusammenfassung'.toLocaleUpperCase('de-DE'));
    expect(texts.pdf).toContain('Was Erfolg bedeutet');
    expect(texts.pdf).toContain('12. März 2025');
    expect(texts.pptx).toContain('Reife je Lücke');
    expect(texts.xlsx).toContain('Fälligkeitsdatum');
    expect(texts.md).toContain('## Maßnahmenplan');
    expect(texts.csv).toContain('Lücke: ');
    expect(texts.ics).toContain('Fällig: ');
  }, 180_000);

  it('skips the charter with one line on stderr when the verdict is not Not yet, and exits 0', () => {
    const file = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as { session: Record<string, unknown> };
    file.session.verdictOverride = { value: 'go', reason: 'The steering committee accepts the open risks.', at: 1741800000000 };
    const input = path.join(work, 'go.rrsession');
    writeFileSync(input, JSON.stringify(file));
    const out = path.join(work, 'go');
    const { code, stdout, stderr } = runCli([input, '--format', 'md,charter-docx,charter-pdf', '--out', out]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((p) => path.extname(p))).toEqual(['.md']);
    expect(stderr.trim().split('\n')).toEqual(['The pilot redesign charter is written only when the verdict is Not yet; this session’s verdict is Go.']);
    expect(readdirSync(out)).toHaveLength(1);
  }, 60_000);

  it('refuses a language it has no catalogue for, in one clear line, and speaks --lang in its own messages', () => {
    const unknown = runCli([FIXTURE_FILE, '--lang', 'xx', '--out', path.join(work, 'xx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('Unknown language “xx”: use one of en, de.');
    expect(existsSync(path.join(work, 'xx'))).toBe(false);
    const missing = runCli([path.join(work, 'fehlt.rrsession'), '--lang', 'de', '--out', path.join(work, 'fehlt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/kann nicht gelesen werden: Diese Datei gibt es nicht/);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--lang/);
  }, 180_000);
});
