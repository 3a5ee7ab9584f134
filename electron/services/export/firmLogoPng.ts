/**
 * The firm's logo as PNG bytes for Word and PowerPoint (which take bitmaps): a PNG as it is, an SVG
 * rasterised with resvg (svgToPng) at a size that stays crisp in print. HTML documents take the
 * logo as it is, through logoDataUri (shared/model/firmLogo.ts).
 */
import { base64ToBytes, logoSvgText, scanSvg, type FirmLogo } from '../../../shared/model/firmLogo';
import { svgToPng, type PngImage } from './svgToPng';

/** The longest side an SVG logo is drawn at (pixels): about 5 cm at 300 dpi. */
const SVG_LOGO_PX = 600;

export async function firmLogoPng(logo: FirmLogo): Promise<PngImage> {
  const svg = logoSvgText(logo);
  if (svg === null) return { data: base64ToBytes(logo.data), width: logo.width, height: logo.height };
  // resvg zooms from the SVG's own size, which may differ from the stored (normalised) one.
  const own = scanSvg(svg);
  const scale = SVG_LOGO_PX / (own.ok ? Math.max(own.width, own.height) : Math.max(logo.width, logo.height));
  return svgToPng(svg, scale);
}

/** A width and height (in any unit) that fit the logo into a box, keeping its proportions. */
export function fitLogo(logo: Pick<FirmLogo, 'width' | 'height'>, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) };
}
