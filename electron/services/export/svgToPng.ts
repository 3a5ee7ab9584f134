/**
 * SVG text → PNG bytes, for the documents that need a bitmap (Word, and the deck's icons).
 * resvg is a self-contained rasteriser (no browser, no network); it draws text with the fonts
 * installed on the laptop, falling back to a common sans-serif when the chart's first choices
 * are missing. Its native binary is loaded only when a chart must become a PNG, so an install
 * without it still starts, and every document that needs no picture still exports.
 */
import type { Resvg } from '@resvg/resvg-js';

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

/** Rasterises at `scale` × the SVG's own size (2 keeps charts crisp in print and on projectors). */
export async function svgToPng(svg: string, scale = 2): Promise<PngImage> {
  const { Resvg } = await loadResvg();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    // Scanning the system's fonts is most of the work; only a picture with words needs them.
    font: { loadSystemFonts: svg.includes('<text'), defaultFontFamily: platformSansSerif(), sansSerifFamily: platformSansSerif() },
    shapeRendering: 2,
    textRendering: 1,
  });
  const rendered = resvg.render();
  return { data: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
