/**
 * The pictures the Word report and the deck embed, rasterised once per export from the same SVG
 * the window and the PDF draw: the radar, the firm's monogram and each gap's icon tile.
 */
import { GAPS } from '../../../shared/framework/gaps';
import type { GapId } from '../../../shared/framework/types';
import { iconTileSvg, monogramSvg } from '../../../shared/report/reportGraphics';
import type { ReportModel } from '../../../shared/report/reportModel';
import { svgToPng, type PngImage } from './svgToPng';

export interface ReportImages {
  radar: PngImage;
  /** The firm's monogram in the accent colour (on white, for the cover band it is inverted). */
  monogram: PngImage;
  monogramOnAccent: PngImage;
  gapIcons: Readonly<Record<GapId, PngImage>>;
}

export function renderReportImages(model: ReportModel): ReportImages {
  const { accent, accentInk, monogram } = model.meta.firm;
  const gapIcons = Object.fromEntries(GAPS.map((gap) => [gap.id, svgToPng(iconTileSvg(gap.icon, gap.color, '#ffffff', 48), 2)])) as Record<GapId, PngImage>;
  return {
    radar: svgToPng(model.radar.svg, 2),
    monogram: svgToPng(monogramSvg(monogram, accent, accentInk, 96), 2),
    monogramOnAccent: svgToPng(monogramSvg(monogram, accentInk, accent, 96), 2),
    gapIcons,
  };
}
