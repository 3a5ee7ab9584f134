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
