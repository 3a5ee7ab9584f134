/**
 * The pictures the Word report and the deck embed, rasterised once per export from the same SVG
 * the window and the PDF draw: the radar (and a re-assessment's radar then and now), the roadmap, the firm's monogram and each gap's icon tile.
 */
import type { GapId } from '../../../shared/framework/types';
import { iconTileSvg, monogramSvg } from '../../../shared/report/reportGraphics';
import type { ReportModel } from '../../../shared/report/reportModel';
import { firmLogoPng } from './firmLogoPng';
import { svgToPng, type PngImage } from './svgToPng';

export interface ReportImages {
  radar: PngImage;
  /** Both assessments' radars in one picture, for a re-assessment; null otherwise. */
  comparisonRadar: PngImage | null;
  /** The 30/60/90-day roadmap, the same picture in every document. */
  roadmap: PngImage;
  /** The firm's monogram in the accent colour (on white, for the cover band it is inverted). */
  monogram: PngImage;
  /** The firm's own logo, when the session holds one. */
  logo: PngImage | null;
  monogramOnAccent: PngImage;
  gapIcons: Readonly<Record<GapId, PngImage>>;
}

/** Rejects with ChartRendererMissingError when resvg's binary cannot be loaded. */
export async function renderReportImages(model: ReportModel): Promise<ReportImages> {
  const { accent, accentInk, monogram } = model.meta.firm;
  // The session's framework's gaps, as the report lists them.
  const icons = await Promise.all(model.gaps.map(async ({ gap }) => [gap.id, await svgToPng(iconTileSvg(gap.icon, gap.color, '#ffffff', 48), 2)] as const));
  const [radar, comparisonRadar, roadmap, monogramOnWhite, monogramOnAccent, logo] = await Promise.all([
    svgToPng(model.radar.svg, 2),
    model.comparison?.radar ? svgToPng(model.comparison.radar.svg, 2) : Promise.resolve(null),
    svgToPng(model.roadmapChart.svg, 2),
    svgToPng(monogramSvg(monogram, accent, accentInk, 96), 2),
    svgToPng(monogramSvg(monogram, accentInk, accent, 96), 2),
    model.meta.firm.logo ? firmLogoPng(model.meta.firm.logo) : Promise.resolve(null),
  ]);
  return {
    radar,
    comparisonRadar,
    roadmap,
    monogram: monogramOnWhite,
    logo,
    monogramOnAccent,
    gapIcons: Object.fromEntries(icons) as Record<GapId, PngImage>,
  };
}
