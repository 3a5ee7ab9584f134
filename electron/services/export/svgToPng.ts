/**
 * SVG text → PNG bytes, for the documents that need a bitmap (Word, and the deck's icons).
 * resvg is a self-contained rasteriser (no browser, no network); it draws text with the fonts
 * installed on the laptop, falling back to a common sans-serif when the chart's first choices
 * are missing.
 */
import { Resvg } from '@resvg/resvg-js';

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
export function svgToPng(svg: string, scale = 2): PngImage {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: platformSansSerif(), sansSerifFamily: platformSansSerif() },
    shapeRendering: 2,
    textRendering: 1,
  });
  const rendered = resvg.render();
  return { data: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
