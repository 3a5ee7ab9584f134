/**
 * The vote distribution of a scoring round: one bar per level 1–5 and one for "not sure", each in
 * its level colour with its number and its count printed large enough for a projector, an
 * optional median marker, and (when the room is not anonymous) who voted what under each bar.
 *
 * Colours come from a ChartPalette (documents keep the light one). Text and lines also carry
 * classes (`dc-text`, `dc-muted`, `dc-line`) so the window can follow a theme switch from CSS.
 */
import { LEVEL_COLORS, UNSURE_COLOR } from '../framework/levelColors';
import { levelName } from '../framework/localize';
import { LEVELS, type Level } from '../framework/types';
import type { Translator } from '../i18n';
import type { Distribution } from '../scoring/stats';
import { formatLevel } from '../text/numbers';
import { LIGHT_CHART_PALETTE, truncate, wrapWords, type ChartPalette } from './chartPalette';
import { el, type SvgNode } from './svgTree';

export type DistributionKey = Level | 'unsure';

export interface DistributionChartOptions {
  /** 'vertical' (default): columns side by side. 'horizontal': one bar per row. */
  orientation?: 'vertical' | 'horizontal';
  /** Draws a marker at this level (e.g. 2.5 between levels 2 and 3); nothing when null. */
  median?: number | null;
  /** Who voted each level; leave out in anonymous mode and no name is drawn. */
  names?: Partial<Record<DistributionKey, readonly string[]>>;
  /** Width in px of the drawing (the height follows from the content). */
  width?: number;
  /** The accessible name of the chart; a sentence listing the counts is added to it. */
  title?: string;
  /** Names listed under a bar before "+ n more". */
  maxNames?: number;
  /** Ink, muted text, lines and font; documents keep the light palette (the default). */
  palette?: ChartPalette;
}

const KEYS: readonly DistributionKey[] = [...LEVELS, 'unsure'];
const BAR_STROKE = { stroke: '#000000', 'stroke-opacity': 0.22, 'stroke-width': 1 } as const;

function colorOf(key: DistributionKey): { fill: string; text: string } {
  return key === 'unsure' ? UNSURE_COLOR : LEVEL_COLORS[key];
}

function labelOf(i18n: Translator, key: DistributionKey): string {
  return key === 'unsure' ? i18n.t('chart.notSure') : levelName(i18n, key);
}

function chipTextOf(key: DistributionKey): string {
  return key === 'unsure' ? '?' : String(key);
}

function describe(i18n: Translator, distribution: Distribution, median: number | null | undefined): string {
  const counts = KEYS.map((k) => (k === 'unsure' ? i18n.t('chart.distribution.unsureCount', { count: distribution[k] }) : i18n.t('chart.distribution.levelCount', { level: k, count: distribution[k] })));
  const described = i18n.t('chart.distribution.description', { counts: counts.join(', ') });
  return median === null || median === undefined ? described : `${described} ${i18n.t('chart.distribution.medianSentence', { median: formatLevel(median, i18n.locale) })}`;
}

function namesShown(i18n: Translator, names: readonly string[] | undefined, max: number): string[] {
  if (!names || names.length === 0) return [];
  if (names.length <= max) return [...names];
  return [...names.slice(0, max - 1), i18n.t('chart.distribution.moreNames', { count: names.length - (max - 1) })];
}

interface Palette {
  i18n: Translator;
  text: string;
  muted: string;
  line: string;
  halo: string;
  font: string;
}

function text(x: number, y: number, content: string, attrs: Record<string, string | number>, cls: 'dc-text' | 'dc-muted', fill: string, font: string): SvgNode {
  return el('text', { x, y, class: cls, fill, 'font-family': font, ...attrs }, [content]);
}

function verticalChart(d: Distribution, o: Required<Pick<DistributionChartOptions, 'width' | 'maxNames'>> & DistributionChartOptions, p: Palette): { children: SvgNode[]; height: number } {
  const width = o.width;
  const padX = 8;
  const separator = 18; // breathing room before "not sure", which is not a level
  const slot = (width - padX * 2 - separator) / KEYS.length;
  const barWidth = Math.min(84, slot * 0.62);
  const centreOf = (i: number) => padX + slot * i + slot / 2 + (i === KEYS.length - 1 ? separator : 0);
  const hasMedian = o.median !== null && o.median !== undefined && o.median >= 1 && o.median <= 5;
  const top = hasMedian ? 72 : 48; // the median label, then the tallest count, sit above the bars
  const barArea = 160;
  const base = top + barArea;
  const maxCount = Math.max(1, ...KEYS.map((k) => d[k]));
  const maxChars = Math.max(4, Math.floor(slot / (14 * 0.53)));
  // Level names are bold: wrap them a little earlier than plain names.
  const labels = KEYS.map((k) => wrapWords(labelOf(p.i18n, k), Math.floor(slot / (14 * 0.6)), 2));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const lists = KEYS.map((k) => namesShown(p.i18n, o.names?.[k], o.maxNames));
  const longest = Math.max(0, ...lists.map((l) => l.length));
  const nameLine = 19;
  const namesTop = base + 52 + labelLines * 17 + 10;
  const height = longest > 0 ? namesTop + longest * nameLine + 4 : namesTop - 6;
  const children: SvgNode[] = [];

  if (hasMedian) {
    // Behind the bars: the marker reads between columns and never covers a count.
    const median = o.median as number;
    const x = centreOf(0) + (median - 1) * slot;
    children.push(
      el('g', { 'data-median': median }, [
        el('line', { x1: x, x2: x, y1: 26, y2: base, stroke: p.text, 'stroke-width': 2, 'stroke-dasharray': '6 5', class: 'dc-line-strong' }),
        text(x, 18, p.i18n.t('chart.distribution.median', { median: formatLevel(median, p.i18n.locale) }), { 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 700 }, 'dc-text', p.text, p.font),
      ]),
    );
  }
  children.push(el('line', { x1: padX, x2: width - padX, y1: base, y2: base, stroke: p.line, 'stroke-width': 1.5, class: 'dc-line' }));

  KEYS.forEach((key, i) => {
    const cx = centreOf(i);
    const count = d[key];
    const color = colorOf(key);
    const h = count === 0 ? 0 : Math.max(6, (count / maxCount) * barArea);
    const group: SvgNode[] = [];
    if (count > 0) {
      group.push(el('rect', { x: cx - barWidth / 2, y: base - h, width: barWidth, height: h, rx: 6, fill: color.fill, ...BAR_STROKE }));
    }
    group.push(
      el(
        'text',
        {
          x: cx,
          y: base - h - 10,
          'text-anchor': 'middle',
          'font-size': 30,
          'font-weight': 800,
          fill: count === 0 ? p.muted : p.text,
          stroke: p.halo,
          'stroke-width': 6,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
          class: `${count === 0 ? 'dc-muted' : 'dc-text'} dc-halo`,
          'font-family': p.font,
        },
        [String(count)],
      ),
      el('rect', { x: cx - 17, y: base + 10, width: 34, height: 30, rx: 7, fill: color.fill, ...BAR_STROKE }),
      el('text', { x: cx, y: base + 31, 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 800, fill: color.text, 'font-family': p.font }, [chipTextOf(key)]),
    );
    labels[i]!.forEach((line, n) => {
      group.push(text(cx, base + 60 + n * 17, line, { 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600 }, 'dc-muted', p.muted, p.font));
    });
    lists[i]!.forEach((name, n) => {
      group.push(text(cx, namesTop + n * nameLine + 14, truncate(name, maxChars), { 'text-anchor': 'middle', 'font-size': 14 }, 'dc-text', p.text, p.font));
    });
    children.push(el('g', { 'data-key': String(key), 'data-count': count }, group));
  });
  return { children, height };
}

function horizontalChart(d: Distribution, o: Required<Pick<DistributionChartOptions, 'width' | 'maxNames'>> & DistributionChartOptions, p: Palette): { children: SvgNode[]; height: number } {
  const width = o.width;
  const hasMedian = o.median !== null && o.median !== undefined && o.median >= 1 && o.median <= 5;
  const gutter = hasMedian ? 18 : 0; // the median's pointer sits left of the level chips
  const labelWidth = gutter + 180;
  const countWidth = 56;
  const barStart = labelWidth;
  const barMax = width - labelWidth - countWidth - 8;
  const maxCount = Math.max(1, ...KEYS.map((k) => d[k]));
  const barHeight = 30;
  const withNames = Boolean(o.names) && KEYS.some((k) => (o.names?.[k]?.length ?? 0) > 0);
  const rowHeight = withNames ? 66 : 44;
  const top = hasMedian ? 30 : 6;
  const children: SvgNode[] = [];
  const maxChars = Math.floor(barMax / (14 * 0.55));

  KEYS.forEach((key, i) => {
    const y = top + i * rowHeight + (key === 'unsure' ? 10 : 0);
    const count = d[key];
    const color = colorOf(key);
    const w = count === 0 ? 0 : Math.max(6, (count / maxCount) * barMax);
    const group: SvgNode[] = [
      el('rect', { x: gutter, y, width: 32, height: barHeight, rx: 7, fill: color.fill, ...BAR_STROKE }),
      el('text', { x: gutter + 16, y: y + 21, 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 800, fill: color.text, 'font-family': p.font }, [chipTextOf(key)]),
      text(gutter + 42, y + 21, labelOf(p.i18n, key), { 'font-size': 15, 'font-weight': 600 }, 'dc-muted', p.muted, p.font),
      el('line', { x1: barStart, x2: barStart, y1: y - 4, y2: y + barHeight + 4, stroke: p.line, 'stroke-width': 1.5, class: 'dc-line' }),
    ];
    if (count > 0) group.push(el('rect', { x: barStart, y, width: w, height: barHeight, rx: 5, fill: color.fill, ...BAR_STROKE }));
    group.push(text(barStart + w + 10, y + 23, String(count), { 'font-size': 24, 'font-weight': 800 }, count === 0 ? 'dc-muted' : 'dc-text', count === 0 ? p.muted : p.text, p.font));
    const names = namesShown(p.i18n, o.names?.[key], o.maxNames);
    if (names.length > 0) group.push(text(barStart, y + barHeight + 21, truncate(names.join(', '), maxChars), { 'font-size': 14 }, 'dc-text', p.text, p.font));
    children.push(el('g', { 'data-key': String(key), 'data-count': count }, group));
  });

  if (hasMedian) {
    // A pointer in the left gutter at the median's row (between two rows for a .5 median).
    const median = o.median as number;
    const y = top + (median - 1) * rowHeight + barHeight / 2;
    children.push(
      el('g', { 'data-median': median }, [
        el('polygon', { points: `0,${y - 7} 11,${y} 0,${y + 7}`, fill: p.text, class: 'dc-fill-strong' }),
        el('polygon', { points: '0,6 11,13 0,20', fill: p.text, class: 'dc-fill-strong' }),
        text(gutter, 19, p.i18n.t('chart.distribution.median', { median: formatLevel(median, p.i18n.locale) }), { 'font-size': 15, 'font-weight': 700 }, 'dc-text', p.text, p.font),
      ]),
    );
  }
  return { children, height: top + KEYS.length * rowHeight + 10 };
}

/** The distribution of a round's votes as an SVG tree (see svgTree.ts). */
export function distributionChart(i18n: Translator, distribution: Distribution, options: DistributionChartOptions = {}): SvgNode {
  const o = { ...options, width: options.width ?? 640, maxNames: Math.max(2, options.maxNames ?? 8) };
  const chosen = options.palette ?? LIGHT_CHART_PALETTE;
  const palette: Palette = { i18n, text: chosen.ink, muted: chosen.muted, line: chosen.grid, halo: chosen.halo, font: chosen.font };
  const { children, height } = (o.orientation ?? 'vertical') === 'horizontal' ? horizontalChart(distribution, o, palette) : verticalChart(distribution, o, palette);
  const label = describe(i18n, distribution, o.median);
  const title = o.title ? i18n.t('chart.titled', { title: o.title, description: label }) : label;
  return el(
    'svg',
    { viewBox: `0 0 ${o.width} ${Math.ceil(height)}`, width: o.width, height: Math.ceil(height), role: 'img', 'aria-label': title, class: 'distribution-chart-svg' },
    [el('title', {}, [title]), ...children],
  );
}
