/**
 * The pictures of the Word report and the deck are drawn in the shipped chart typeface when it has
 * every letter of their words, and with the system's fonts otherwise.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONTS_DIR } from '../../../../../scripts/copy-fonts.mjs';
import { chartFontsFor, outsideArchive, readChartFonts, svgText } from '../../../../../electron/services/export/chartFonts';
import { svgToPng } from '../../../../../electron/services/export/svgToPng';

const words = (text: string, weight = 400): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="60" font-family="Inter, Arial, sans-serif"><text x="10" y="40" font-size="28" font-weight="${weight}">${text}</text></svg>`;

const fonts = readChartFonts(CHART_FONTS_DIR)!;

describe('chartFonts', () => {
  it('reads the words of an SVG: element text with character references, not tags or attribute values', () => {
    expect(svgText('<svg aria-label="Ωmega"><title>Radar</title><text>Q&amp;A &#x2192; &#8212; &lt;b&gt;</text></svg>').replace(/\s+/g, ' ').trim()).toBe('Radar Q&A → — <b>');
  });

  it('takes the chart typeface for English and German words, names with accents, dashes, quotes and the euro', () => {
    expect(fonts).not.toBeNull();
    expect(fonts.family).toBe('Inter');
    expect(fonts.files).toHaveLength(4);
    expect(chartFontsFor(words('Datenqualität · Größe – “Zoë” García’s 12 € …'), fonts)).toBe(fonts);
  });

  it('sends any letter the typeface lacks to the system fonts: Cyrillic, Arabic, CJK, emoji, an arrow', () => {
    for (const text of ['Дмитрий', 'مرحبا', '日本語', 'Launch 🚀', 'A → B']) expect(chartFontsFor(words(text), fonts), text).toBeNull();
  });

  it('falls back to the system fonts when the installation has no chart fonts, or a damaged list', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-chart-fonts-'));
    try {
      expect(readChartFonts(folder)).toBeNull();
      await writeFile(path.join(folder, 'charts.json'), '{ not json');
      expect(readChartFonts(folder)).toBeNull();
      await writeFile(path.join(folder, 'charts.json'), JSON.stringify({ family: 'Inter', coverage: [[32, 126]], files: [{ file: 'missing.ttf', weight: 400 }] }));
      expect(readChartFonts(folder)).toBeNull();
      expect(chartFontsFor(words('Hello'), null)).toBeNull();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('reads the packaged app’s chart fonts beside its archive, where resvg can open them', () => {
    expect(outsideArchive('/opt/Readiness Room/resources/app.asar/assets/fonts/charts')).toBe('/opt/Readiness Room/resources/app.asar.unpacked/assets/fonts/charts');
    expect(outsideArchive('C:\\Program Files\\Readiness Room\\resources\\app.asar\\assets\\fonts\\charts')).toBe('C:\\Program Files\\Readiness Room\\resources\\app.asar.unpacked\\assets\\fonts\\charts');
    expect(outsideArchive('/work/app.asarx/assets/fonts/charts')).toBe('/work/app.asarx/assets/fonts/charts');
    expect(outsideArchive(CHART_FONTS_DIR)).toBe(CHART_FONTS_DIR);
  });

  it('draws Latin words in Inter at the weight asked for, exactly as resvg given only the chart fonts', async () => {
    const render = (svg: string, font: NonNullable<ResvgRenderOptions['font']>) => Buffer.from(new Resvg(svg, { font, shapeRendering: 2, textRendering: 1 }).render().asPng());
    const regular = words('Integration complexity', 400);
    const bold = words('Integration complexity', 700);
    const interOnly = { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' };
    expect(Buffer.from((await svgToPng(regular, 1)).data).equals(render(regular, interOnly))).toBe(true);
    expect(Buffer.from((await svgToPng(bold, 1)).data).equals(render(bold, interOnly))).toBe(true);
    // The weight is honoured (a bold face of the same subset, not the regular one).
    expect(render(regular, interOnly).equals(render(bold, interOnly))).toBe(false);
    // And it is not what the system's fonts draw.
    expect(render(regular, interOnly).equals(render(regular, { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }))).toBe(false);
  });

  it('still draws words outside the typeface with the system fonts, not as empty boxes', async () => {
    const cyrillic = words('Дмитрий Иванов', 700);
    const withInterOnly = Buffer.from(new Resvg(cyrillic, { font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: 'Inter' } }).render().asPng());
    expect(Buffer.from((await svgToPng(cyrillic, 1)).data).equals(withInterOnly)).toBe(false);
  });
});
