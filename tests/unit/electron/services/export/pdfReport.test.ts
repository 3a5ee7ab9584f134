/**
 * The PDF, printed by Debian's Chromium exactly as the Chromium shell and the command line do,
 * read back with pdftotext and pdffonts (poppler-utils). Chromium runs with a fontconfig that lists
 * one folder holding a single last-resort font, so no check below depends on the machine's fonts:
 * the report brings its own (assets/fonts). One more render with the machine's fonts must read the same.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../../electron/services/export/chromiumPdfRenderer';
import { pdfReport } from '../../../../../electron/services/export/pdfReport';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { localizeFramework } from '../../../../../shared/framework/localize';
import { translatorNow } from '../../../../../shared/i18n';
import { buildReport } from '../../../../../shared/report/buildReport';
import { withPdfProperties } from '../../../../../electron/services/export/pdfInfo';
import { buildHostileSession, LONG_WORD } from '../../../shared/report/hostileSession';

const EN = localizeFramework(translatorNow('en'));

const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-pdf-'));

/**
 * Chromium loads no web font at all when fontconfig knows no font, so the folder holds one
 * last-resort font (DejaVu Sans, Debian's fonts-dejavu-core, which .ci/run installs) and
 * nothing else: whatever Inter and Noto Sans Arabic (the shipped fonts) cover must come from them.
 */
const LAST_RESORT_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function minimalFontconfig(): string {
  if (!existsSync(LAST_RESORT_FONT)) throw new Error(`${LAST_RESORT_FONT} is missing: apt-get install fonts-dejavu-core`);
  const fontsDir = path.join(dir, 'fonts');
  mkdirSync(fontsDir);
  copyFileSync(LAST_RESORT_FONT, path.join(fontsDir, 'DejaVuSans.ttf'));
  const conf = path.join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${fontsDir}</dir><cachedir>${path.join(dir, 'fc-cache')}</cachedir></fontconfig>\n`);
  return conf;
}

const renderer = createChromiumPdfRenderer(undefined, { env: { ...process.env, FONTCONFIG_FILE: minimalFontconfig() } });
const withMachineFonts = createChromiumPdfRenderer();

/** Four or more single letters in a row, as letter-spaced labels extract ("C L I E N T"). */
const SPACED_LETTERS = /(?:^|\s)(?:\p{L} ){3,}\p{L}(?=\s|$)/mu;

function pdfFonts(name: string): string[] {
  const listing = execFileSync('pdffonts', [path.join(dir, name)], { encoding: 'utf8' });
  return listing.split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
}

function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

afterAll(async () => {
  await renderer.close();
  await withMachineFonts.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pdfReport', () => {
  const model = fixtureModel();
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await pdfReport(model, renderer.renderPdf);
    text = pdfText(bytes, 'report.pdf');
  }, 60_000);

  it('is a PDF of several A4 pages with page numbers after the cover', () => {
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [path.join(dir, 'report.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain(`Page 2 of ${pages}`);
    expect(text.split('\f')[0]).not.toContain('Page 1 of');
  });

  it('holds the key strings: client, verdict, gaps, KPIs and actions', () => {
    expect(text.toLowerCase()).toContain('production readiness assessment');
    for (const s of [TRICKY.client, 'Verdict: Not yet', 'Northbridge Advisory', 'Containment rate', 'Load-test at storm-day peak', 'What happens next']) expect(text).toContain(s);
    for (const gap of EN.gaps) expect(text).toContain(gap.name);
  });

  it('prints markup from the notes as text', () => {
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
  });

  it('sets its text in the fonts it ships', () => {
    const fonts = new Set(pdfFonts('report.pdf').filter((font) => font !== '[none]'));
    for (const shipped of ['Inter-Regular', 'Inter-SemiBold', 'Inter-Bold', 'NotoSansArabic-Regular']) expect(fonts).toContain(shipped);
    // Only the scripts the shipped fonts lack (CJK, emoji) fall to the last resort.
    for (const font of fonts) expect(font).toMatch(/^(Inter-|NotoSansArabic-|DejaVuSans$)/);
  });

  it('reads as words: no label extracts letter by letter', () => {
    expect(text).not.toMatch(SPACED_LETTERS);
    expect(text).toContain('PRODUCTION READINESS ASSESSMENT');
    expect(text).toContain('CLIENT');
  });

  it("reads the same with the machine's fonts installed", async () => {
    const machine = pdfText(await pdfReport(model, withMachineFonts.renderPdf), 'machine-fonts.pdf');
    expect(machine).not.toMatch(SPACED_LETTERS);
    // Latin text is set in the shipped Inter either way; only scripts Inter lacks (CJK, emoji) may
    // differ, and with them the order in which pdftotext reads a few blocks.
    const latinWords = (t: string) => t.split(/\s+/).filter((word) => /^[\p{Script=Latin}\p{P}\d]+$/u.test(word)).sort();
    expect(latinWords(machine)).toEqual(latinWords(text));
    const pages = (name: string) => /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, name)], { encoding: 'utf8' }))![1];
    expect(pages('machine-fonts.pdf')).toBe(pages('report.pdf'));
  }, 60_000);

  it('keeps accents and right-to-left text', () => {
    expect(text).toContain('Zoë Ångström-Nuñez');
    // pdftotext writes Arabic in visual order; its letters are there either way.
    const letters = [...TRICKY.arabic.replace(/\s/g, '')];
    expect(letters.every((ch) => text.includes(ch))).toBe(true);
  });

  it('names no voter in anonymous mode', async () => {
    const anonymous = pdfText(await pdfReport(fixtureModel({ anonymous: true }), renderer.renderPdf), 'anonymous.pdf');
    for (const name of voterOnlyNames(fixtureSession()).filter((n) => /^[\x20-\x7e]+$/.test(n))) expect(anonymous).not.toContain(name);
    expect(anonymous).toContain('This workshop was anonymous');
  }, 60_000);
});

/** pdfinfo's lines for every page ("Page    3 size: 594.96 x 841.92 pts (A4)"), and its properties. */
function pdfInfo(name: string): { pages: number; sizes: string[]; fields: Record<string, string> } {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', path.join(dir, name)], { encoding: 'utf8' });
  const fields = Object.fromEntries(info.split('\n').filter((l) => /^[A-Z][\w ]+:/.test(l)).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]!);
  return { pages: Number(fields.Pages), sizes, fields };
}

/** The bookmarks, in order, with their nesting depth, from poppler's XML outline. */
function bookmarks(name: string): Array<{ depth: number; title: string; page: number }> {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', path.join(dir, name)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: Array<{ depth: number; title: string; page: number }> = [];
  let depth = 0;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else out.push({ depth, title: m[2]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"), page: Number(m[1]) });
  }
  return out;
}

/** Height (pt) of the first word on the page that reads exactly `word`, from pdftotext's boxes. */
function wordHeight(name: string, word: string): number {
  const html = execFileSync('pdftotext', ['-bbox', path.join(dir, name), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const m = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(html);
  if (!m) throw new Error(`no word ${word}`);
  return Number(m[2]) - Number(m[1]);
}

const A4_PORTRAIT = /^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/;
const A4_LANDSCAPE = /^84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)$/;

describe('pdfReport as a deliverable', () => {
  const model = fixtureModel();
  const hostile = buildReport(buildHostileSession(), { generatedAt: new Date('2025-03-12T17:30:00Z'), appVersion: '0.1.0' });
  let text: string;
  let hostileText: string;
  beforeAll(async () => {
    text = pdfText(await pdfReport(model, renderer.renderPdf), 'deliverable.pdf');
    hostileText = pdfText(await pdfReport(hostile, renderer.renderPdf), 'hostile.pdf');
  }, 120_000);

  it('is tagged, in the session language, with title, author and subject', () => {
    const { fields } = pdfInfo('deliverable.pdf');
    expect(fields.Tagged).toBe('yes');
    expect(fields.Title).toBe(`Production readiness assessment – ${TRICKY.initiative} – ${TRICKY.client}`);
    expect(fields.Author).toBe(model.meta.author);
    expect(model.meta.author.length).toBeGreaterThan(0);
    expect(fields.Subject).toBe(`Readiness report for ${TRICKY.client}`);
    const bytes = execFileSync('cat', [path.join(dir, 'deliverable.pdf')]).toString('latin1');
    expect(bytes).toMatch(/\/Lang \(en\)/);
    expect(bytes).toMatch(/\/StructTreeRoot/);
  });

  it('has bookmarks for every section, the gaps and their parts nested below', () => {
    const marks = bookmarks('deliverable.pdf');
    const top = marks.filter((m) => m.depth === 2).map((m) => m.title);
    for (const title of ['Important notice', 'Contents', 'Verdict: Not yet', 'Where each gap stands', 'What success means', 'Readiness by gap', 'Open flags', 'The next 90 days', 'What happens next', 'Participants and method']) expect(top).toContain(title);
    for (const gap of EN.gaps) expect(top).toContain(gap.name);
    expect(marks.filter((m) => m.depth === 3).map((m) => m.title)).toContain('The facts');
    // In page order.
    const pages = marks.map((m) => m.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('opens with cover, notice, contents, a one-page summary with the decision requested and the status by gap', () => {
    const pages = text.split('\f');
    expect(pages[1]).toContain('Important notice');
    for (const heading of ['Scope', 'Basis of preparation', 'Limitations', 'Distribution']) expect(pages[1]).toContain(heading);
    expect(pages[2]).toContain('Contents');
    for (const entry of model.contents) expect(pages[2]).toContain(entry.title);
    expect(pages[3]).toContain('Decision requested');
    expect(pages[3]).toContain(model.decisionRequested.text.slice(0, 40));
    for (const reason of model.verdict.reasons) expect(pages[3]!.replace(/\s+/g, ' ')).toContain(reason.replace(/\s+/g, ' ').slice(0, 30));
    expect(pages[4]).toContain('Where each gap stands');
    for (const status of model.gapStatus) expect(pages[4]).toContain(status.gap.name);
    expect(pages[4]).toMatch(/RED|AMBER|GREEN/);
  });

  it('a hostile session keeps every page at full A4 size and the text at full size', () => {
    const { sizes } = pdfInfo('hostile.pdf');
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) expect(size).toMatch(new RegExp(`${A4_PORTRAIT.source}|${A4_LANDSCAPE.source}`));
    // Chromium shrinks the whole document when a line cannot wrap: the same heading must print at the same size.
    expect(wordHeight('hostile.pdf', 'Contents')).toBeCloseTo(wordHeight('deliverable.pdf', 'Contents'), 0);
    // The long word wraps (its pieces are all there), RTL, emoji and formulas print as text.
    expect(hostileText.replace(/\s+/g, '')).toContain(LONG_WORD.slice(0, 60));
    for (const s of ['=1+1', '+4 pts', '@SUM(A1)']) expect(hostileText).toContain(s);
  });

  it('leaves no page holding only a line or two (the last page aside)', () => {
    for (const name of ['deliverable.pdf', 'hostile.pdf']) {
      const html = execFileSync('pdftotext', ['-bbox', path.join(dir, name), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const pages = html.split('<page ').slice(1);
      const sparse = pages.slice(1, -1).flatMap((page, i) => {
        const height = Number(/height="([\d.]+)"/.exec(page)![1]);
        // Where the page's text ends, its footer (the bottom 15 %) aside; a page a quarter full holds a few lines.
        const bottoms = [...page.matchAll(/<word [^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < height * 0.85);
        const filled = Math.max(0, ...bottoms) / height;
        return filled < 0.25 ? [`page ${i + 2} is ${Math.round(filled * 100)} % filled`] : [];
      });
      expect(sparse, name).toEqual([]);
    }
  });

  it('the action plan keeps all eight columns, on landscape pages, inside the margins', () => {
    const { sizes } = pdfInfo('hostile.pdf');
    const pages = hostileText.split('\f');
    const planPage = pages.findIndex((p) => p.includes('What happens next') && p.includes('SUCCESS MEASURE'));
    expect(sizes[planPage]).toMatch(A4_LANDSCAPE);
    for (const column of ['REF', 'ACTION', 'SUCCESS MEASURE', 'GAP', 'OWNER', 'DUE', 'PRIORITY', 'STATUS']) expect(pages[planPage]).toContain(column);
    const html = execFileSync('pdftotext', ['-bbox', '-f', String(planPage + 1), '-l', String(planPage + 1), path.join(dir, 'hostile.pdf'), '-'], { encoding: 'utf8' });
    const right = Math.max(...[...html.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(right).toBeLessThanOrEqual(842 - 40);
  });
});

describe('withPdfProperties', () => {
  it('adds the author in any script as an incremental update poppler reads', async () => {
    const pdf = await renderer.renderPdf('<!doctype html><html lang="de"><head><title>T</title></head><body><h1>Eins</h1></body></html>');
    const updated = withPdfProperties(pdf, { title: 'Bericht „Ü“ (1)', author: 'ليلى حداد · Zoë', subject: 'Über', creator: 'Readiness Room' });
    writeFileSync(path.join(dir, 'props.pdf'), updated);
    const { fields } = pdfInfo('props.pdf');
    expect(fields).toMatchObject({ Title: 'Bericht „Ü“ (1)', Author: 'ليلى حداد · Zoë', Subject: 'Über', Creator: 'Readiness Room', Tagged: 'yes' });
    expect(Buffer.from(updated.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
    expect(withPdfProperties(new TextEncoder().encode('not a pdf'), { title: 'x', author: '', subject: '', creator: '' })).toEqual(new TextEncoder().encode('not a pdf'));
  }, 60_000);
});
