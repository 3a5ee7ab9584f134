/**
 * The roadmap: the open actions on a timeline from the workshop, in columns for the first 30,
 * 60 and 90 days (then "later" and "no due date" when they hold anything). Each action is a card
 * with its plan reference, its title, its due date and its owner, edged in its gap's colour; a
 * column that holds more than fits ends with "3 more actions" (the action plan lists them all).
 *
 * One picture for every document: the report draws it as SVG (PDF) or rasterised (DOCX), the
 * deck rasterises it at its own width. Nothing depends on colour alone: every card carries its
 * reference and words.
 */
import type { Translator } from '../i18n';
import type { Roadmap, RoadmapBucket } from '../report/reportPlan';
import type { ActionRow } from '../report/reportModel';
import { LIGHT_CHART_PALETTE, textOn, textWidth, truncate, wrapAll, type ChartPalette } from './chartPalette';
import { el, toSvgString, type SvgNode } from './svgTree';

export interface RoadmapChartOptions {
  palette?: ChartPalette;
  /** Width of the picture in px (height follows from the content). Default 1000. */
  width?: number;
  /** Cards per column before "n more actions". Default 6. */
  maxPerColumn?: number;
}

export interface RoadmapPicture {
  svg: string;
  width: number;
  height: number;
  /** The roadmap in words (alt text). */
  alt: string;
}

const PAD = 16;
const COLUMN_GAP = 12;
const AXIS_Y = 34;
const HEADER_H = 92;
const CARD_GAP = 10;
const TITLE_SIZE = 14;
const META_SIZE = 12.5;
const LINE = 18;
const META_LINE = 16;
const STRIPE = 6;
const CARD_FILL = '#f4f6f9';

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Characters of `size` px text that fit in `width` px (the same rough measure the other charts use). */
function charsIn(width: number, size: number): number {
  return Math.max(6, Math.floor(width / (size * 0.56)));
}

interface CardLayout {
  action: ActionRow;
  title: string[];
  meta: string[];
  height: number;
}

/** A card's lines and height: it grows to hold its whole title, due date and owner (nothing is cut). */
function layoutCard(i18n: Translator, action: ActionRow, w: number): CardLayout {
  const textWidthPx = w - STRIPE - 18;
  const refW = textWidth(action.ref, 12) + 12;
  const title = wrapAll(action.title, charsIn(textWidthPx, TITLE_SIZE));
  if (title.length === 0) title.push('');
  const metaText = [action.dueLabel, action.owner || i18n.t('roadmap.noOwner')].filter(Boolean).join(' · ');
  // The first line of the due date and owner sits beside the reference badge, the rest below it.
  const [first = '', ...rest] = wrapAll(metaText, charsIn(textWidthPx - refW - 6, META_SIZE));
  const meta = [first, ...wrapAll(rest.join(' '), charsIn(textWidthPx, META_SIZE)).filter(Boolean)];
  return { action, title, meta, height: 21 + (title.length - 1) * LINE + 14 + meta.length * META_LINE };
}

function card({ action, title, meta, height }: CardLayout, x: number, y: number, w: number, palette: ChartPalette): SvgNode {
  const color = action.gap?.color ?? palette.muted;
  const refW = textWidth(action.ref, 12) + 12;
  const textX = x + STRIPE + 10;
  const metaY = y + 21 + (title.length - 1) * LINE + 14 + META_LINE - 4;
  const children: SvgNode[] = [
    el('rect', { x, y, width: w, height, rx: 6, fill: CARD_FILL, stroke: palette.grid, 'stroke-width': 1 }),
    el('rect', { x, y, width: STRIPE, height, rx: 3, fill: color }),
  ];
  title.forEach((line, i) => {
    children.push(el('text', { x: textX, y: y + 21 + i * LINE, 'font-size': TITLE_SIZE, 'font-weight': 600, fill: palette.ink }, [line]));
  });
  children.push(
    el('rect', { x: textX, y: metaY - 13, width: round1(refW), height: 17, rx: 8.5, fill: color }),
    el('text', { x: round1(textX + refW / 2), y: metaY, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: textOn(color) }, [action.ref]),
  );
  meta.forEach((line, i) => {
    children.push(el('text', { x: round1(i === 0 ? textX + refW + 6 : textX), y: metaY + i * META_LINE, 'font-size': META_SIZE, fill: palette.muted }, [line]));
  });
  return el('g', { 'data-action': action.ref }, children);
}

/** The cards a column shows and where its list ends. */
function layoutColumn(i18n: Translator, bucket: RoadmapBucket, w: number, max: number): { cards: CardLayout[]; bottom: number } {
  const cards = bucket.actions.slice(0, max).map((action) => layoutCard(i18n, action, w));
  const bottom = HEADER_H + cards.reduce((sum, c) => sum + c.height + CARD_GAP, 0);
  return { cards, bottom };
}

function column(i18n: Translator, bucket: RoadmapBucket, x: number, w: number, max: number, palette: ChartPalette, first: boolean): SvgNode {
  const dated = bucket.id !== 'undated' && bucket.id !== 'later';
  const children: SvgNode[] = [
    // The tick on the time axis and the column's heading under it.
    el('circle', { cx: x + 8, cy: AXIS_Y, r: 6, fill: first ? palette.accent : palette.halo, stroke: palette.accent, 'stroke-width': 2.5 }),
    el('text', { x, y: AXIS_Y + 32, 'font-size': 16, 'font-weight': 700, fill: dated ? palette.ink : palette.muted }, [truncate(bucket.label, charsIn(w, 16))]),
  ];
  if (bucket.range) children.push(el('text', { x, y: AXIS_Y + 52, 'font-size': 13, fill: palette.muted }, [truncate(bucket.range, charsIn(w, 13))]));
  const { cards, bottom } = layoutColumn(i18n, bucket, w, max);
  let y = HEADER_H;
  for (const layout of cards) {
    children.push(card(layout, x, y, w, palette));
    y += layout.height + CARD_GAP;
  }
  const hidden = bucket.actions.length - cards.length;
  const below = bottom + 14;
  if (hidden > 0) children.push(el('text', { x: x + 4, y: below, 'font-size': 13, 'font-weight': 600, fill: palette.ink }, [i18n.t('roadmap.more', { count: hidden })]));
  if (bucket.actions.length === 0) children.push(el('text', { x: x + 4, y: HEADER_H + 18, 'font-size': 13, 'font-style': 'italic', fill: palette.muted }, [i18n.t('roadmap.empty')]));
  return el('g', { 'data-bucket': bucket.id }, children);
}

/** The roadmap in words, for alt text and the picture's title. */
export function describeRoadmap(i18n: Translator, roadmap: Roadmap): string {
  const buckets = roadmap.buckets
    .map((b) =>
      i18n.t('roadmap.altBucket', {
        label: b.label,
        dated: b.range ? 'yes' : 'no',
        range: b.range,
        count: b.actions.length,
        titles: b.actions.map((a) => `${a.ref} ${a.title}`).join('; '),
      }),
    )
    .join(' ');
  return i18n.t('roadmap.alt', { count: roadmap.openCount, dated: roadmap.startLabel ? 'yes' : 'no', date: roadmap.startLabel, buckets });
}

export function roadmapChart(i18n: Translator, roadmap: Roadmap, options: RoadmapChartOptions = {}): SvgNode {
  const palette = options.palette ?? LIGHT_CHART_PALETTE;
  const width = options.width ?? 1000;
  const max = Math.max(1, options.maxPerColumn ?? 6);
  const n = roadmap.buckets.length;
  const colW = round1((width - PAD * 2 - COLUMN_GAP * (n - 1)) / n);
  const bottom = Math.max(HEADER_H + 30, ...roadmap.buckets.map((b) => layoutColumn(i18n, b, colW, max).bottom));
  const overflow = roadmap.buckets.some((b) => b.actions.length > max);
  const height = Math.round(bottom + (overflow ? 26 : 0) + PAD);
  const description = describeRoadmap(i18n, roadmap);

  const children: SvgNode[] = [el('title', {}, [description])];
  if (palette.background) children.push(el('rect', { x: 0, y: 0, width, height, fill: palette.background }));
  // The time axis: solid across the dated horizons, dashed where the dates run out.
  const datedCount = roadmap.buckets.filter((b) => b.id.startsWith('d')).length;
  const datedEnd = round1(PAD + datedCount * (colW + COLUMN_GAP) - COLUMN_GAP / 2);
  children.push(
    el('line', { x1: PAD + 8, y1: AXIS_Y, x2: datedEnd, y2: AXIS_Y, stroke: palette.accent, 'stroke-width': 3, 'stroke-linecap': 'round' }),
  );
  if (datedCount < n) {
    children.push(el('line', { x1: datedEnd, y1: AXIS_Y, x2: width - PAD, y2: AXIS_Y, stroke: palette.muted, 'stroke-width': 2, 'stroke-dasharray': '6 5' }));
  }
  if (roadmap.startLabel) {
    children.push(el('text', { x: PAD, y: AXIS_Y - 14, 'font-size': 12.5, 'font-weight': 600, fill: palette.muted }, [i18n.t('roadmap.start', { date: roadmap.startLabel })]));
  }
  roadmap.buckets.forEach((bucket, i) => children.push(column(i18n, bucket, round1(PAD + i * (colW + COLUMN_GAP)), colW, max, palette, i === 0)));

  return el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': description, 'font-family': palette.font }, children);
}

/** The roadmap as self-contained SVG text with its size and alt text, ready to embed or rasterise. */
export function roadmapSvg(i18n: Translator, roadmap: Roadmap, options: RoadmapChartOptions = {}): RoadmapPicture {
  const node = roadmapChart(i18n, roadmap, options);
  return { svg: toSvgString(node), width: Number(node.attrs.width), height: Number(node.attrs.height), alt: describeRoadmap(i18n, roadmap) };
}
