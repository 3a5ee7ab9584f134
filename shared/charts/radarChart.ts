/**
 * The readiness radar: one axis per gap (framework order, clockwise from the top), rings for
 * levels 1–5, the confirmed consensus as a polygon in the accent colour, and the range of the
 * latest revealed votes as a lighter band behind it. An unscored gap breaks the polygon and is
 * labelled "Unscored", so a missing score never looks like a low one.
 *
 * Sized for about 500 px on screen and for rasterising into documents: labels sit outside the
 * rings, every value is also written as a number, and nothing depends on colour alone.
 *
 * The geometry and the parts (grid, ring numbers, band, consensus line, axis labels, legend) are
 * exported for the comparison radar (comparisonRadarChart.ts), which draws two assessments on them.
 */
import { gapNameHyphenated } from '../framework/localize';
import { LEVELS, type Level } from '../framework/types';
import type { Message, Translator } from '../i18n';
import type { RadarAxis, RadarInput } from '../summary/radarInput';
import { LIGHT_CHART_PALETTE, textOn, textWidth, wrapWords, type ChartPalette } from './chartPalette';
import { el, type SvgNode } from './svgTree';

export const RADAR_WIDTH = 680;
const WIDTH = RADAR_WIDTH;
const HEIGHT = 580;
/** The centre: the comparison radar keeps it and grows downwards for its second legend row. */
export const RADAR_CX = 340;
const CX = RADAR_CX;
const CY = 282;
const RADIUS = 165;
/** From the rim to the centre of the gap's number badge. */
const BADGE_OFFSET = 26;
const BADGE_R = 14;
const NAME_SIZE = 16;
const DETAIL_SIZE = 14;
const LINE = 19;

export type Point = readonly [number, number];

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function angleOf(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function pointAt(index: number, count: number, radius: number): Point {
  const a = angleOf(index, count);
  return [round1(CX + radius * Math.cos(a)), round1(CY + radius * Math.sin(a))];
}

export function levelRadius(level: number): number {
  return (RADIUS * level) / LEVELS.length;
}

export function pointsAttr(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

export function closedPath(points: readonly Point[]): string {
  return `M${points.map(([x, y]) => `${x} ${y}`).join(' L')} Z`;
}

/**
 * Runs of consecutive indexes (circularly) for which `has` holds. A full circle comes back as one
 * run flagged `closed`, so it is drawn as a closed shape rather than a line with two ends.
 */
export function circularRuns(count: number, has: (index: number) => boolean): { indexes: number[]; closed: boolean }[] {
  const present = Array.from({ length: count }, (_, i) => has(i));
  if (present.every(Boolean)) return [{ indexes: Array.from({ length: count }, (_, i) => i), closed: true }];
  const start = present.indexOf(false);
  if (start < 0) return [];
  const runs: { indexes: number[]; closed: boolean }[] = [];
  let current: number[] = [];
  for (let step = 1; step <= count; step++) {
    const i = (start + step) % count;
    if (present[i]) current.push(i);
    else if (current.length) {
      runs.push({ indexes: current, closed: false });
      current = [];
    }
  }
  if (current.length) runs.push({ indexes: current, closed: false });
  return runs;
}

/** A name the summary gives as words or as a message. */
export function say(i18n: Translator, name: string | Message): string {
  return typeof name === 'string' ? name : i18n.text(name);
}

function detailLine(i18n: Translator, axis: RadarAxis): string {
  const votes = axis.votes
    ? axis.votes.min === axis.votes.max
      ? i18n.t('chart.radar.votesOne', { level: axis.votes.min })
      : i18n.t('chart.radar.votesRange', { min: axis.votes.min, max: axis.votes.max })
    : i18n.t('chart.radar.noVotes');
  return axis.consensus === null ? votes : i18n.t('chart.radar.detail', { level: axis.consensus, votes });
}

/** What an axis label writes under the gap's name: a dashed tag ("Unscored") when set, then its numbers. */
export interface AxisLabelText {
  tag: string | null;
  detail: string;
}

/** The gap's number badge at the end of its axis, its name and its numbers beside it. */
export function axisLabel(i18n: Translator, axis: Pick<RadarAxis, 'gapId' | 'number' | 'color'>, index: number, count: number, palette: ChartPalette, text: AxisLabelText): SvgNode {
  const [bx, by] = pointAt(index, count, RADIUS + BADGE_OFFSET);
  const a = angleOf(index, count);
  const horizontal = Math.cos(a);
  const side = Math.abs(horizontal) < 0.2 ? 'middle' : horizontal > 0 ? 'start' : 'end';
  const nameLines = wrapWords(gapNameHyphenated(i18n, axis.gapId), side === 'middle' ? 28 : 15);
  const { tag, detail } = text;

  let x: number;
  let firstY: number;
  const lineCount = nameLines.length + 1 + (tag ? 1 : 0);
  if (side === 'middle') {
    x = bx;
    // Above the badge at the top, below it at the bottom.
    firstY = Math.sin(a) < 0 ? by - BADGE_R - 10 - (lineCount - 1) * LINE : by + BADGE_R + 6 + LINE * 0.8;
  } else {
    x = side === 'start' ? bx + BADGE_R + 8 : bx - BADGE_R - 8;
    firstY = by - ((lineCount - 1) * LINE) / 2 + 5;
  }

  const children: SvgNode[] = [
    el('circle', { cx: bx, cy: by, r: BADGE_R, fill: axis.color, stroke: palette.halo, 'stroke-width': 2 }),
    el('text', { x: bx, y: by + 5, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 700, fill: textOn(axis.color) }, [String(axis.number)]),
  ];
  let y = firstY;
  for (const line of nameLines) {
    children.push(el('text', { x, y, 'text-anchor': side, 'font-size': NAME_SIZE, 'font-weight': 650, fill: palette.ink }, [line]));
    y += LINE;
  }
  if (tag) {
    // A dashed tag: the marker that says "no consensus yet", readable in black and white too.
    const w = textWidth(tag, DETAIL_SIZE) + 14;
    const left = side === 'start' ? x : side === 'end' ? x - w : x - w / 2;
    children.push(
      el('rect', { x: round1(left), y: y - 14, width: round1(w), height: 20, rx: 10, fill: 'none', stroke: palette.muted, 'stroke-width': 1.4, 'stroke-dasharray': '4 3' }),
      el('text', { x: round1(left + w / 2), y: y + 1, 'text-anchor': 'middle', 'font-size': DETAIL_SIZE - 1, 'font-weight': 650, fill: palette.muted }, [tag]),
    );
    y += LINE + 2;
  }
  children.push(el('text', { x, y, 'text-anchor': side, 'font-size': DETAIL_SIZE, fill: palette.muted }, [detail]));
  return el('g', { 'data-gap': axis.gapId }, children);
}

/** One entry of a legend row: its width and its swatch and words drawn from a left edge. */
export interface LegendItem {
  width: number;
  node: (x: number) => SvgNode[];
}

const LEGEND_SIZE = 14;

/** A legend entry whose swatch is a short line (solid, or dashed for "not scored" and earlier assessments). */
export function lineLegendItem(label: string, y: number, palette: ChartPalette, stroke: { color: string; width: number; dash?: string }, swatchWidth = 22): LegendItem {
  return {
    width: swatchWidth + 8 + textWidth(label, LEGEND_SIZE),
    node: (x) => [
      el('line', { x1: x, y1: y - 5, x2: x + swatchWidth, y2: y - 5, stroke: stroke.color, 'stroke-width': stroke.width, ...(stroke.dash ? { 'stroke-dasharray': stroke.dash } : { 'stroke-linecap': 'round' }) }),
      el('text', { x: x + swatchWidth + 8, y, 'font-size': LEGEND_SIZE, fill: palette.ink }, [label]),
    ],
  };
}

/** A legend entry whose swatches are light bands (a vote range), one per colour. */
export function bandLegendItem(label: string, y: number, palette: ChartPalette, fills: readonly { color: string; opacity: number }[]): LegendItem {
  const swatches = fills.length * 22 + (fills.length - 1) * 4;
  return {
    width: swatches + 8 + textWidth(label, LEGEND_SIZE),
    node: (x) => [
      ...fills.map((fill, i) => el('rect', { x: x + i * 26, y: y - 12, width: 22, height: 14, rx: 3, fill: fill.color, 'fill-opacity': fill.opacity })),
      el('text', { x: x + swatches + 8, y, 'font-size': LEGEND_SIZE, fill: palette.ink }, [label]),
    ],
  };
}

/** Legend entries side by side, centred under the radar. */
export function legendRow(items: readonly LegendItem[]): SvgNode[] {
  const gap = 28;
  const total = items.reduce((sum, item) => sum + item.width, 0) + gap * (items.length - 1);
  let x = round1(CX - total / 2);
  const children: SvgNode[] = [];
  for (const item of items) {
    children.push(...item.node(x));
    x = round1(x + item.width + gap);
  }
  return children;
}

function legend(i18n: Translator, palette: ChartPalette, hasUnscored: boolean): SvgNode {
  const y = HEIGHT - 18;
  const items: LegendItem[] = [
    lineLegendItem(i18n.t('chart.consensus'), y, palette, { color: palette.accent, width: 3 }),
    bandLegendItem(i18n.t('chart.radar.range'), y, palette, [{ color: palette.accent, opacity: 0.22 }]),
  ];
  if (hasUnscored) items.push(lineLegendItem(i18n.t('chart.radar.noConsensus'), y, palette, { color: palette.muted, width: 2, dash: '4 3' }));
  return el('g', { 'aria-hidden': 'true' }, legendRow(items));
}

/** The rings (one polygon per level) and the spokes; a spoke is dashed where `dashed` says the gap is unscored. */
export function radarGrid(count: number, dashed: (index: number) => boolean, palette: ChartPalette): SvgNode {
  const rings: SvgNode[] = LEVELS.map((level) =>
    el('polygon', {
      points: pointsAttr(Array.from({ length: count }, (_, i) => pointAt(i, count, levelRadius(level)))),
      fill: 'none',
      stroke: palette.grid,
      'stroke-width': level === 5 ? 1.6 : 1,
    }),
  );
  const spokes: SvgNode[] = Array.from({ length: count }, (_, i) => {
    const [x, y] = pointAt(i, count, RADIUS);
    const unscored = dashed(i);
    return el('line', {
      x1: CX,
      y1: CY,
      x2: x,
      y2: y,
      stroke: unscored ? palette.muted : palette.grid,
      'stroke-width': unscored ? 1.4 : 1,
      ...(unscored ? { 'stroke-dasharray': '5 4' } : {}),
    });
  });
  return el('g', { 'data-part': 'grid', 'aria-hidden': 'true' }, [...rings, ...spokes]);
}

/** The level numbers on the rings, on a halo so bands and lines never hide them, between the first two axes. */
export function ringLabels(count: number, palette: ChartPalette): SvgNode {
  return el(
    'g',
    { 'aria-hidden': 'true' },
    LEVELS.map((level: Level) => {
      const [x, y] = pointAt(0.5, count, levelRadius(level) * Math.cos(Math.PI / count));
      return el(
        'text',
        { x, y: y + 4, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 600, fill: palette.muted, stroke: palette.halo, 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
        [String(level)],
      );
    }),
  );
}

/** The band from the lowest to the highest level voted, joined across neighbouring gaps. */
export function voteBand(count: number, rangeAt: (index: number) => { min: number; max: number } | null, fill: { color: string; opacity: number }): SvgNode[] {
  const band: SvgNode[] = [];
  for (const run of circularRuns(count, (i) => rangeAt(i) !== null)) {
    const outer = run.indexes.map((i) => pointAt(i, count, levelRadius(rangeAt(i)!.max)));
    const inner = run.indexes.map((i) => pointAt(i, count, levelRadius(rangeAt(i)!.min)));
    if (run.indexes.length === 1) {
      band.push(el('line', { x1: inner[0]![0], y1: inner[0]![1], x2: outer[0]![0], y2: outer[0]![1], stroke: fill.color, 'stroke-opacity': 0.3, 'stroke-width': 14, 'stroke-linecap': 'round' }));
      continue;
    }
    // A closed ring is the outer polygon minus the inner one (even-odd); an open run is one strip.
    const d = run.closed ? `${closedPath(outer)} ${closedPath([...inner].reverse())}` : closedPath([...outer, ...[...inner].reverse()]);
    band.push(el('path', { d, fill: fill.color, 'fill-opacity': fill.opacity, 'fill-rule': 'evenodd', stroke: 'none' }));
  }
  return band;
}

/** How a consensus line is drawn: the current one solid with a light fill, an earlier one dashed without. */
export interface ConsensusStyle {
  color: string;
  width: number;
  fillOpacity: number;
  dash?: string;
}

/** The consensus: filled where consecutive gaps are scored, outlined along them, broken elsewhere. */
export function consensusLine(count: number, levelAt: (index: number) => number | null, style: ConsensusStyle): SvgNode[] {
  const shapes: SvgNode[] = [];
  const stroke = { stroke: style.color, 'stroke-width': style.width, 'stroke-linejoin': 'round', ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) };
  for (const run of circularRuns(count, (i) => levelAt(i) !== null)) {
    const points = run.indexes.map((i) => pointAt(i, count, levelRadius(levelAt(i)!)));
    if (run.closed) {
      shapes.push(el('polygon', { points: pointsAttr(points), fill: style.fillOpacity > 0 ? style.color : 'none', ...(style.fillOpacity > 0 ? { 'fill-opacity': style.fillOpacity } : {}), ...stroke }));
    } else if (points.length > 1) {
      if (style.fillOpacity > 0) shapes.push(el('polygon', { points: pointsAttr([[CX, CY], ...points]), fill: style.color, 'fill-opacity': style.fillOpacity, stroke: 'none' }));
      shapes.push(el('polyline', { points: pointsAttr(points), fill: 'none', ...stroke, 'stroke-linecap': 'round' }));
    }
  }
  return shapes;
}

/** The consensus level written in a dot on its axis, so the value never rests on colour alone. */
export function consensusDots(count: number, levelAt: (index: number) => number | null, palette: ChartPalette): SvgNode[] {
  const dots: SvgNode[] = [];
  for (let i = 0; i < count; i++) {
    const level = levelAt(i);
    if (level === null) continue;
    const [x, y] = pointAt(i, count, levelRadius(level));
    dots.push(
      el('circle', { cx: x, cy: y, r: 11, fill: palette.accent, stroke: palette.halo, 'stroke-width': 2 }),
      el('text', { x, y: y + 4.5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: palette.onAccent }, [String(level)]),
    );
  }
  return dots;
}

function describe(i18n: Translator, input: RadarInput): string {
  const parts = input.axes.map((a) =>
    i18n.t('chart.radar.axisDescription', {
      gap: say(i18n, a.name),
      level: a.consensus ?? 0,
      scored: a.consensus === null ? 'no' : 'yes',
      min: a.votes?.min ?? 0,
      max: a.votes?.max ?? 0,
      voted: a.votes ? 'yes' : 'no',
    }),
  );
  return i18n.t('chart.radar.description', { axes: parts.join('; ') });
}

export function radarChart(i18n: Translator, input: RadarInput, palette: ChartPalette = LIGHT_CHART_PALETTE): SvgNode {
  const axes = input.axes;
  const n = axes.length;
  const description = describe(i18n, input);
  const children: SvgNode[] = [el('title', {}, [description])];
  if (palette.background) children.push(el('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: palette.background }));

  const consensusAt = (i: number) => axes[i]!.consensus;
  children.push(radarGrid(n, (i) => consensusAt(i) === null, palette));
  children.push(el('g', { 'data-part': 'band', 'aria-hidden': 'true' }, voteBand(n, (i) => axes[i]!.votes, { color: palette.accent, opacity: 0.22 })));
  children.push(ringLabels(n, palette));
  children.push(
    el('g', { 'data-part': 'consensus', 'aria-hidden': 'true' }, [
      ...consensusLine(n, consensusAt, { color: palette.accent, width: 3, fillOpacity: 0.1 }),
      ...consensusDots(n, consensusAt, palette),
    ]),
  );
  children.push(el('g', { 'aria-hidden': 'true' }, axes.map((axis, i) => axisLabel(i18n, axis, i, n, palette, { tag: axis.consensus === null ? i18n.t('chart.radar.unscored') : null, detail: detailLine(i18n, axis) }))));
  children.push(legend(i18n, palette, axes.some((a) => a.consensus === null)));

  return el(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': description,
      'font-family': palette.font,
    },
    children,
  );
}
