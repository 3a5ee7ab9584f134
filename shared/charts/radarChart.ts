/**
 * The readiness radar: one axis per gap (framework order, clockwise from the top), rings for
 * levels 1–5, the confirmed consensus as a polygon in the accent colour, and the range of the
 * latest revealed votes as a lighter band behind it. An unscored gap breaks the polygon and is
 * labelled "Unscored", so a missing score never looks like a low one.
 *
 * Sized for about 500 px on screen and for rasterising into documents: labels sit outside the
 * rings, every value is also written as a number, and nothing depends on colour alone.
 */
import { gapNameHyphenated } from '../framework/localize';
import { LEVELS, type Level } from '../framework/types';
import type { Message, Translator } from '../i18n';
import type { RadarAxis, RadarInput } from '../summary/radarInput';
import { LIGHT_CHART_PALETTE, textOn, textWidth, wrapWords, type ChartPalette } from './chartPalette';
import { el, type SvgNode } from './svgTree';

const WIDTH = 680;
const HEIGHT = 580;
const CX = 340;
const CY = 282;
const RADIUS = 165;
/** From the rim to the centre of the gap's number badge. */
const BADGE_OFFSET = 26;
const BADGE_R = 14;
const NAME_SIZE = 16;
const DETAIL_SIZE = 14;
const LINE = 19;

type Point = readonly [number, number];

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function angleOf(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

function pointAt(index: number, count: number, radius: number): Point {
  const a = angleOf(index, count);
  return [round1(CX + radius * Math.cos(a)), round1(CY + radius * Math.sin(a))];
}

function levelRadius(level: number): number {
  return (RADIUS * level) / LEVELS.length;
}

function pointsAttr(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

function closedPath(points: readonly Point[]): string {
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
function say(i18n: Translator, name: string | Message): string {
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

/** The gap's number badge at the end of its axis, its name and its numbers beside it. */
function axisLabel(i18n: Translator, axis: RadarAxis, index: number, count: number, palette: ChartPalette): SvgNode {
  const [bx, by] = pointAt(index, count, RADIUS + BADGE_OFFSET);
  const a = angleOf(index, count);
  const horizontal = Math.cos(a);
  const side = Math.abs(horizontal) < 0.2 ? 'middle' : horizontal > 0 ? 'start' : 'end';
  const nameLines = wrapWords(gapNameHyphenated(i18n, axis.gapId), side === 'middle' ? 28 : 15);
  const unscored = axis.consensus === null;
  const detail = detailLine(i18n, axis);

  let x: number;
  let firstY: number;
  const lineCount = nameLines.length + 1 + (unscored ? 1 : 0);
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
  if (unscored) {
    // A dashed tag: the marker that says "no consensus yet", readable in black and white too.
    const label = i18n.t('chart.radar.unscored');
    const w = textWidth(label, DETAIL_SIZE) + 14;
    const left = side === 'start' ? x : side === 'end' ? x - w : x - w / 2;
    children.push(
      el('rect', { x: round1(left), y: y - 14, width: round1(w), height: 20, rx: 10, fill: 'none', stroke: palette.muted, 'stroke-width': 1.4, 'stroke-dasharray': '4 3' }),
      el('text', { x: round1(left + w / 2), y: y + 1, 'text-anchor': 'middle', 'font-size': DETAIL_SIZE - 1, 'font-weight': 650, fill: palette.muted }, [label]),
    );
    y += LINE + 2;
  }
  children.push(el('text', { x, y, 'text-anchor': side, 'font-size': DETAIL_SIZE, fill: palette.muted }, [detail]));
  return el('g', { 'data-gap': axis.gapId }, children);
}

function legend(i18n: Translator, palette: ChartPalette, hasUnscored: boolean): SvgNode {
  const y = HEIGHT - 18;
  const consensus = i18n.t('chart.consensus');
  const range = i18n.t('chart.radar.range');
  const none = i18n.t('chart.radar.noConsensus');
  const items: { width: number; node: (x: number) => SvgNode[] }[] = [
    {
      width: 30 + textWidth(consensus, 14),
      node: (x) => [
        el('line', { x1: x, y1: y - 5, x2: x + 22, y2: y - 5, stroke: palette.accent, 'stroke-width': 3, 'stroke-linecap': 'round' }),
        el('text', { x: x + 30, y, 'font-size': 14, fill: palette.ink }, [consensus]),
      ],
    },
    {
      width: 30 + textWidth(range, 14),
      node: (x) => [
        el('rect', { x, y: y - 12, width: 22, height: 14, rx: 3, fill: palette.accent, 'fill-opacity': 0.22 }),
        el('text', { x: x + 30, y, 'font-size': 14, fill: palette.ink }, [range]),
      ],
    },
  ];
  if (hasUnscored) {
    items.push({
      width: 30 + textWidth(none, 14),
      node: (x) => [
        el('line', { x1: x, y1: y - 5, x2: x + 22, y2: y - 5, stroke: palette.muted, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
        el('text', { x: x + 30, y, 'font-size': 14, fill: palette.ink }, [none]),
      ],
    });
  }
  const gap = 28;
  const total = items.reduce((sum, item) => sum + item.width, 0) + gap * (items.length - 1);
  let x = round1(CX - total / 2);
  const children: SvgNode[] = [];
  for (const item of items) {
    children.push(...item.node(x));
    x = round1(x + item.width + gap);
  }
  return el('g', { 'aria-hidden': 'true' }, children);
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

  // Rings (hexagons) and axes.
  const rings: SvgNode[] = LEVELS.map((level) =>
    el('polygon', {
      points: pointsAttr(axes.map((_, i) => pointAt(i, n, levelRadius(level)))),
      fill: 'none',
      stroke: palette.grid,
      'stroke-width': level === 5 ? 1.6 : 1,
    }),
  );
  const spokes: SvgNode[] = axes.map((axis, i) => {
    const [x, y] = pointAt(i, n, RADIUS);
    return el('line', {
      x1: CX,
      y1: CY,
      x2: x,
      y2: y,
      stroke: axis.consensus === null ? palette.muted : palette.grid,
      'stroke-width': axis.consensus === null ? 1.4 : 1,
      ...(axis.consensus === null ? { 'stroke-dasharray': '5 4' } : {}),
    });
  });
  children.push(el('g', { 'data-part': 'grid', 'aria-hidden': 'true' }, [...rings, ...spokes]));

  // The band: from the lowest to the highest level voted, joined across neighbouring gaps.
  const band: SvgNode[] = [];
  for (const run of circularRuns(n, (i) => axes[i]!.votes !== null)) {
    const outer = run.indexes.map((i) => pointAt(i, n, levelRadius(axes[i]!.votes!.max)));
    const inner = run.indexes.map((i) => pointAt(i, n, levelRadius(axes[i]!.votes!.min)));
    if (run.indexes.length === 1) {
      band.push(el('line', { x1: inner[0]![0], y1: inner[0]![1], x2: outer[0]![0], y2: outer[0]![1], stroke: palette.accent, 'stroke-opacity': 0.3, 'stroke-width': 14, 'stroke-linecap': 'round' }));
      continue;
    }
    // A closed ring is the outer hexagon minus the inner one (even-odd); an open run is one strip.
    const d = run.closed ? `${closedPath(outer)} ${closedPath([...inner].reverse())}` : closedPath([...outer, ...[...inner].reverse()]);
    band.push(el('path', { d, fill: palette.accent, 'fill-opacity': 0.22, 'fill-rule': 'evenodd', stroke: 'none' }));
  }
  children.push(el('g', { 'data-part': 'band', 'aria-hidden': 'true' }, band));

  // Ring numbers, on a halo so the band and lines never hide them.
  // They sit halfway between the first two axes, away from the consensus points.
  const ringLabels = LEVELS.map((level: Level) => {
    const [x, y] = pointAt(0.5, n, levelRadius(level) * Math.cos(Math.PI / n));
    return el(
      'text',
      { x, y: y + 4, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 600, fill: palette.muted, stroke: palette.halo, 'stroke-width': 4, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
      [String(level)],
    );
  });
  children.push(el('g', { 'aria-hidden': 'true' }, ringLabels));

  // The consensus: filled where consecutive gaps are scored, outlined along them, broken elsewhere.
  const consensus: SvgNode[] = [];
  for (const run of circularRuns(n, (i) => axes[i]!.consensus !== null)) {
    const points = run.indexes.map((i) => pointAt(i, n, levelRadius(axes[i]!.consensus!)));
    if (run.closed) {
      consensus.push(el('polygon', { points: pointsAttr(points), fill: palette.accent, 'fill-opacity': 0.1, stroke: palette.accent, 'stroke-width': 3, 'stroke-linejoin': 'round' }));
    } else {
      if (points.length > 1) consensus.push(el('polygon', { points: pointsAttr([[CX, CY], ...points]), fill: palette.accent, 'fill-opacity': 0.1, stroke: 'none' }));
      if (points.length > 1) consensus.push(el('polyline', { points: pointsAttr(points), fill: 'none', stroke: palette.accent, 'stroke-width': 3, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
    }
  }
  axes.forEach((axis, i) => {
    if (axis.consensus === null) return;
    const [x, y] = pointAt(i, n, levelRadius(axis.consensus));
    consensus.push(
      el('circle', { cx: x, cy: y, r: 11, fill: palette.accent, stroke: palette.halo, 'stroke-width': 2 }),
      el('text', { x, y: y + 4.5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: palette.onAccent }, [String(axis.consensus)]),
    );
  });
  children.push(el('g', { 'data-part': 'consensus', 'aria-hidden': 'true' }, consensus));

  children.push(el('g', { 'aria-hidden': 'true' }, axes.map((axis, i) => axisLabel(i18n, axis, i, n, palette))));
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
