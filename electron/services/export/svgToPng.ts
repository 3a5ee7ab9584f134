/**
 * SVG text → PNG bytes, for the documents that need a bitmap (Word, and the deck's icons).
 * resvg is a self-contained rasteriser (no browser, no network); it draws words in the shipped
 * chart typeface when it has every letter (chartFonts.ts), otherwise with the fonts installed on
 * the laptop, falling back to a common sans-serif when the chart's first choices are missing.
 * Its native binary is loaded only when a chart must become a PNG, so an install
 * without it still starts, and every document that needs no picture still exports.
 */
import type { Resvg, ResvgRenderOptions } from '@resvg/resvg-js';
import { chartFontsFor } from './chartFonts';

interface ResvgModule {
  Resvg: typeof Resvg;
}

/** resvg's binary could not be loaded (not installed for this platform, or damaged). */
export class ChartRendererMissingError extends Error {
  constructor(cause: unknown) {
    super(`@resvg/resvg-js could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ChartRendererMissingError';
  }
}

let resvgModule: Promise<ResvgModule> | null = null;

function loadResvg(): Promise<ResvgModule> {
  resvgModule ??= import('@resvg/resvg-js').catch((error: unknown) => {
    // Try again next time: the binary may be installed meanwhile.
    resvgModule = null;
    throw new ChartRendererMissingError(error);
  });
  return resvgModule;
}

export interface PngImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A sans-serif every platform has, for names like "system-ui" that fontdb does not know. */
function platformSansSerif(): string {
  if (process.platform === 'win32') return 'Segoe UI';
  if (process.platform === 'darwin') return 'Helvetica Neue';
  return 'DejaVu Sans';
}

/** The fonts for a picture: none without words, the chart typeface when it has every letter, else the system's. */
function fontOptions(svg: string): NonNullable<ResvgRenderOptions['font']> {
  if (!svg.includes('<text')) return { loadSystemFonts: false };
  const chartFonts = chartFontsFor(svg);
  if (chartFonts) return { loadSystemFonts: false, fontFiles: chartFonts.files, defaultFontFamily: chartFonts.family, sansSerifFamily: chartFonts.family };
  return { loadSystemFonts: true, defaultFontFamily: platformSansSerif(), sansSerifFamily: platformSansSerif() };
}

/** Rasterises at `scale` × the SVG's own size (2 keeps charts crisp in print and on projectors). */
export async function svgToPng(svg: string, scale = 2): Promise<PngImage> {
  const { Resvg } = await loadResvg();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: fontOptions(svg),
    shapeRendering: 2,
    textRendering: 1,
  });
  const rendered = resvg.render();
  return { data: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
