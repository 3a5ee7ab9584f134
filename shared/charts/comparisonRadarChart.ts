/**
 * The comparison radar: the readiness radar of a re-assessment drawn over its baseline's. The
 * baseline's consensus is a dashed, muted line with hollow diamond markers and a grey vote band; the
 * current one is the accent line with numbered dots and the accent band, exactly as on the
 * single radar. Each axis label writes the movement as numbers and an arrow ("2 → 3 ▲"), so the
 * change never rests on colour or line style alone; a gap unscored now, unscored before, or new to
 * the framework carries a dashed tag saying so. The legend names both assessments with their day.
 *
 * Same geometry, parts and sizes as radarChart.ts; only the legend takes a second row.
 */
import { DIRECTION_SELECT, type Comparison, type ComparisonAxis, type ComparedAssessment, type GapDirection } from '../compare/comparison';
import type { Translator } from '../i18n';
import { formatDay } from '../text/dates';
import { LIGHT_CHART_PALETTE, type ChartPalette } from './chartPalette';
import {
  axisLabel,
  bandLegendItem,
  consensusDots,
  consensusLine,
  legendRow,
  levelRadius,
  lineLegendItem,
  pointAt,
  RADAR_WIDTH,
  radarGrid,
  ringLabels,
  say,
  voteBand,
  type AxisLabelText,
  type LegendItem,
} from './radarChart';
import { el, type SvgNode } from './svgTree';

/** The single radar's 580 px and a second legend row. */
const HEIGHT = 610;
const BASELINE_BAND_OPACITY = 0.16;
const CURRENT_BAND_OPACITY = 0.22;
const BASELINE_DASH = '7 5';
const DIAMOND = 7;

/** "Assessment 1 · 12 May 2025" */
export function assessmentLabel(i18n: Translator, assessment: ComparedAssessment): string {
  return i18n.t('chart.compare.assessment', { number: assessment.number, date: formatDay(assessment.workshopDate, 'long', i18n.locale) });
}


function labelText(i18n: Translator, axis: ComparisonAxis, direction: GapDirection): AxisLabelText {
  const tag =
    direction === 'new-gap'
      ? i18n.t('chart.compare.newGap')
      : axis.now.consensus === null
        ? i18n.t('chart.radar.unscored')
        : direction === 'scored-now'
          ? i18n.t('chart.compare.unscoredBefore')
          : null;
  const detail = i18n.t('chart.compare.move', {
    direction: DIRECTION_SELECT[direction],
    then: axis.then?.consensus ?? 0,
    now: axis.now.consensus ?? 0,
    nowScored: axis.now.consensus === null ? 'no' : 'yes',
  });
  return { tag, detail };
}

/** Each axis's movement as the comparison decided it (one home for up, down, new gap, …). */
function directions(comparison: Comparison): GapDirection[] {
  const byGap = new Map(comparison.gaps.map((gap) => [gap.gapId, gap.direction]));
  return comparison.axes.map((axis) => byGap.get(axis.gapId) ?? 'unscored');
}

function describe(i18n: Translator, comparison: Comparison, moves: readonly GapDirection[]): string {
  const axes = comparison.axes.map((axis, i) =>
    i18n.t('chart.compare.axisDescription', {
      gap: say(i18n, axis.name),
      direction: DIRECTION_SELECT[moves[i]!],
      then: axis.then?.consensus ?? 0,
      now: axis.now.consensus ?? 0,
      nowScored: axis.now.consensus === null ? 'no' : 'yes',
    }),
  );
  return i18n.t('chart.compare.description', { then: assessmentLabel(i18n, comparison.then), now: assessmentLabel(i18n, comparison.now), axes: axes.join('; ') });
}

/** Hollow diamonds on the baseline's levels: a shape of their own, so they differ from the current dots without colour. */
function baselineMarkers(count: number, levelAt: (index: number) => number | null, palette: ChartPalette): SvgNode[] {
  const markers: SvgNode[] = [];
  for (let i = 0; i < count; i++) {
    const level = levelAt(i);
    if (level === null) continue;
    const [x, y] = pointAt(i, count, levelRadius(level));
    markers.push(el('polygon', { points: `${x},${y - DIAMOND} ${x + DIAMOND},${y} ${x},${y + DIAMOND} ${x - DIAMOND},${y}`, fill: palette.halo, stroke: palette.muted, 'stroke-width': 2 }));
  }
  return markers;
}

function legend(i18n: Translator, comparison: Comparison, palette: ChartPalette): SvgNode {
  const first = HEIGHT - 44;
  const second = HEIGHT - 16;
  const assessments: LegendItem[] = [
    lineLegendItem(assessmentLabel(i18n, comparison.then), first, palette, { color: palette.muted, width: 2.5, dash: BASELINE_DASH }, 30),
    lineLegendItem(assessmentLabel(i18n, comparison.now), first, palette, { color: palette.accent, width: 3 }, 30),
  ];
  const bands: LegendItem[] = [
    bandLegendItem(i18n.t('chart.radar.range'), second, palette, [
      { color: palette.muted, opacity: BASELINE_BAND_OPACITY },
      { color: palette.accent, opacity: CURRENT_BAND_OPACITY },
    ]),
  ];
  return el('g', { 'aria-hidden': 'true', 'data-part': 'legend' }, [...legendRow(assessments), ...legendRow(bands)]);
}

export function comparisonRadarChart(i18n: Translator, comparison: Comparison, palette: ChartPalette = LIGHT_CHART_PALETTE): SvgNode {
  const axes = comparison.axes;
  const n = axes.length;
  const thenAt = (i: number) => axes[i]!.then?.consensus ?? null;
  const nowAt = (i: number) => axes[i]!.now.consensus;
  const moves = directions(comparison);
  const description = describe(i18n, comparison, moves);
  const children: SvgNode[] = [el('title', {}, [description])];
  if (palette.background) children.push(el('rect', { x: 0, y: 0, width: RADAR_WIDTH, height: HEIGHT, fill: palette.background }));

  children.push(radarGrid(n, (i) => nowAt(i) === null, palette));
  children.push(
    el('g', { 'data-part': 'band-then', 'aria-hidden': 'true' }, voteBand(n, (i) => axes[i]!.then?.votes ?? null, { color: palette.muted, opacity: BASELINE_BAND_OPACITY })),
    el('g', { 'data-part': 'band', 'aria-hidden': 'true' }, voteBand(n, (i) => axes[i]!.now.votes, { color: palette.accent, opacity: CURRENT_BAND_OPACITY })),
  );
  children.push(ringLabels(n, palette));
  children.push(
    el('g', { 'data-part': 'consensus-then', 'aria-hidden': 'true' }, [
      ...consensusLine(n, thenAt, { color: palette.muted, width: 2.5, fillOpacity: 0, dash: BASELINE_DASH }),
      ...baselineMarkers(n, thenAt, palette),
    ]),
    el('g', { 'data-part': 'consensus', 'aria-hidden': 'true' }, [
      ...consensusLine(n, nowAt, { color: palette.accent, width: 3, fillOpacity: 0.1 }),
      ...consensusDots(n, nowAt, palette),
    ]),
  );
  children.push(el('g', { 'aria-hidden': 'true' }, axes.map((axis, i) => axisLabel(i18n, axis, i, n, palette, labelText(i18n, axis, moves[i]!)))));
  children.push(legend(i18n, comparison, palette));

  return el(
    'svg',
    {
      viewBox: `0 0 ${RADAR_WIDTH} ${HEIGHT}`,
      width: RADAR_WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': description,
      'font-family': palette.font,
    },
    children,
  );
}
