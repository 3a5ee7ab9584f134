/** assets/fonts/ holds exactly the npm packages' files it claims, with their licences, and one list of faces. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_FONT, CHART_FONTS_DIR, chartFonts, FONT_PACKAGES, FONTS_DIR, fontCoverage, fontFiles, fontsCss, woffToSfnt } from '../../../scripts/copy-fonts.mjs';
import { codePointsOf, findFontsCss, fontFaceRules, fontFacesFor, inlineFontFaces, unicodeRanges, withReportFonts } from '../../../electron/services/export/reportFonts';

describe('assets/fonts', () => {
  it('holds each listed font file byte for byte as its npm package ships it, and nothing else but licences and fonts.css', () => {
    const files = fontFiles();
    for (const font of files) expect(readFileSync(path.join(FONTS_DIR, font.file)).equals(readFileSync(font.source))).toBe(true);
    const expected = [...files.map((f) => f.file), ...FONT_PACKAGES.map((p) => p.licence), 'fonts.css', 'charts'].sort();
    expect(readdirSync(FONTS_DIR).sort()).toEqual(expected);
  });

  it('carries the SIL Open Font License of every family', () => {
    for (const font of FONT_PACKAGES) expect(readFileSync(path.join(FONTS_DIR, font.licence), 'utf8')).toContain('SIL Open Font License');
  });

  it('lists every face once in fonts.css, as scripts/copy-fonts.mjs writes it', () => {
    expect(readFileSync(path.join(FONTS_DIR, 'fonts.css'), 'utf8')).toBe(fontsCss());
  });

  it('holds the chart fonts as TrueType unwrapped from the package’s WOFF files, with the list of what they cover', () => {
    const charts = chartFonts();
    expect(charts.files.map((f) => f.weight)).toEqual(CHART_FONT.weights);
    for (const font of charts.files) expect(readFileSync(path.join(CHART_FONTS_DIR, font.file)).equals(Buffer.from(font.font))).toBe(true);
    expect(readFileSync(path.join(CHART_FONTS_DIR, 'charts.json'), 'utf8')).toBe(charts.manifest);
    expect(readdirSync(CHART_FONTS_DIR).sort()).toEqual([...charts.files.map((f) => f.file), 'charts.json'].sort());
  });
});

describe('woffToSfnt and fontCoverage', () => {
  const woff = readFileSync(fontFiles().find((f) => f.file === 'inter-latin-700-normal.woff2')!.source.replace(/\.woff2$/, '.woff'));
  const font = woffToSfnt(woff);

  it('unwraps a WOFF into a TrueType font whose tables keep their checksums', () => {
    const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    expect(view.getUint32(0)).toBe(0x00010000);
    const tables = view.getUint16(4);
    for (let i = 0; i < tables; i++) {
      const tag = view.getUint32(12 + i * 16);
      if (tag === 0x68656164) continue; // 'head' holds the whole font's adjustment, so its sum is stated without it
      const [sum, offset, length] = [view.getUint32(12 + i * 16 + 4), view.getUint32(12 + i * 16 + 8), view.getUint32(12 + i * 16 + 12)];
      let actual = 0;
      for (let at = offset; at < offset + ((length + 3) & ~3); at += 4) actual = (actual + (at + 4 <= font.length ? view.getUint32(at) : 0)) >>> 0;
      expect(actual, `table ${i}`).toBe(sum);
    }
    expect(() => woffToSfnt(font)).toThrow(/not a WOFF/);
  });

  it('reads which characters the font has glyphs for', () => {
    const runs = fontCoverage(font);
    const covers = (c: string) => runs.some(([first, last]) => c.codePointAt(0)! >= first && c.codePointAt(0)! <= last);
    for (const c of 'Az09äöüßé–…€') expect(covers(c), c).toBe(true);
    for (const c of 'Дж→日') expect(covers(c), c).toBe(false);
  });
});

describe('reportFonts', () => {
  it('finds assets/fonts walking up from a nested folder, and not from outside the repository', () => {
    expect(findFontsCss(path.join(FONTS_DIR, '..', '..', 'out', 'main'))).toBe(path.join(FONTS_DIR, 'fonts.css'));
    expect(findFontsCss('/')).toBeNull();
  });

  it('inlines every font file as a data: URL, so the PDF page loads nothing', async () => {
    const css = await inlineFontFaces(path.join(FONTS_DIR, 'fonts.css'));
    expect(css).not.toMatch(/url\(\.\//);
    expect(css.match(/url\(data:font\/woff2;base64,/g)).toHaveLength(fontFiles().length);
    expect(existsSync(path.join(FONTS_DIR, 'fonts.css'))).toBe(true);
  });

  it('reads each face’s unicode-range, with its naming comment', async () => {
    const rules = fontFaceRules(await inlineFontFaces(path.join(FONTS_DIR, 'fonts.css')));
    expect(rules).toHaveLength(fontFiles().length);
    expect(rules[0]!.css).toMatch(/^\/\* Inter 400, latin/);
    expect(rules.every((rule) => rule.ranges !== null && rule.ranges.length > 0)).toBe(true);
    expect(unicodeRanges('U+0000-00FF, U+0131,U+04??,nonsense')).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
  });

  it('reads the characters a page shows, also as character references and CSS escapes', () => {
    const points = codePointsOf('Zoë &#937; &#x416; content: "\\5d0 x"');
    for (const c of 'Zoë') expect(points.has(c.codePointAt(0)!)).toBe(true);
    for (const p of [0x3a9, 0x416, 0x5d0]) expect(points.has(p)).toBe(true);
    const astral = codePointsOf('ok 🚀');
    expect(astral.has(0x1f680)).toBe(true);
    expect(astral.has(0xd83d)).toBe(false);
  });

  it('gives a printed page only the faces its characters need, every weight of each', async () => {
    const faces = (text: string) => withReportFonts((fontFaces) => `<style>${fontFaces}</style><p>${text}</p>`);
    const names = (html: string) => [...html.matchAll(/\/\* (.+?) \(@fontsource/g)].map((m) => m[1]!);
    const english = names(await faces('Readiness report – “Go” … 12 €'));
    expect(english).toEqual(['Inter 400, latin', 'Inter 500, latin', 'Inter 600, latin', 'Inter 700, latin', 'Inter 800, latin']);
    const mixed = names(await faces('Łukasz, Дмитрий, Ωmega, مرحبا'));
    for (const subset of ['latin', 'latin-ext', 'cyrillic', 'greek']) expect(mixed).toContain(`Inter 700, ${subset}`);
    expect(mixed).toContain('Noto Sans Arabic 400, arabic');
    expect(mixed).toHaveLength(fontFiles().length);
    // A rule without a range serves every page.
    expect(fontFacesFor([{ css: 'any', ranges: null }, { css: 'greek', ranges: [[0x370, 0x3ff]] }], new Set([65]))).toBe('any');
  });
});

