/**
 * The heatmap: participants down, gaps across, each cell the level voted in the gap's latest
 * revealed round — the level's colour with its number, "?" for not sure, blank for no vote.
 * Rows come grouped by stance; a last row repeats the consensus. In anonymous mode the rows carry
 * no names (see shared/summary/heatmapInput.ts for how small groups are merged).
 */
import { LEVEL_COLORS, UNSURE_COLOR } from '../framework/levelColors';
import { gapNameHyphenated, levelName } from '../framework/localize';
import { LEVELS } from '../framework/types';
import type { Message, Translator } from '../i18n';
import type { VoteScore } from '../model/session';
import type { HeatmapInput } from '../summary/heatmapInput';
import { LIGHT_CHART_PALETTE, textOn, textWidth, truncate, wrapWords, type ChartPalette } from './chartPalette';
import { el, type SvgNode } from './svgTree';

const LABEL_W = 210;
const ANONYMOUS_LABEL_W = 110;
const COL_W = 104;
const ROW_H = 32;
const GROUP_H = 34;
const HEADER_H = 96;
const PAD = 8;
const CELL_GAP = 4;

function cellColors(score: VoteScore): { fill: string; text: string; label: string } {
  if (score === 'unsure') return { ...UNSURE_COLOR, label: '?' };
  return { ...LEVEL_COLORS[score], label: String(score) };
}

function cell(x: number, y: number, score: VoteScore | null, palette: ChartPalette, strong = false): SvgNode[] {
  const w = COL_W - CELL_GAP * 2;
  const h = ROW_H - CELL_GAP;
  if (score === null) {
    return [el('rect', { x: x + CELL_GAP, y: y + CELL_GAP / 2, width: w, height: h, rx: 5, fill: 'none', stroke: palette.grid, 'stroke-width': 1 })];
  }
  const c = cellColors(score);
  return [
    el('rect', {
      x: x + CELL_GAP,
      y: y + CELL_GAP / 2,
      width: w,
      height: h,
      rx: 5,
      fill: c.fill,
      stroke: strong ? palette.ink : 'rgba(0,0,0,0.18)',
      'stroke-width': strong ? 2 : 1,
    }),
    el('text', { x: x + COL_W / 2, y: y + ROW_H / 2 + 5, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 700, fill: c.text }, [c.label]),
  ];
}

/** A label the summary gives as words or as a message. */
function say(i18n: Translator, label: string | Message): string {
  return typeof label === 'string' ? label : i18n.text(label);
}

function legend(i18n: Translator, x0: number, y0: number, width: number, palette: ChartPalette): { nodes: SvgNode[]; height: number } {
  const items: { label: string; swatch: (x: number, y: number) => SvgNode[] }[] = [
    ...LEVELS.map((level) => ({
      label: levelName(i18n, level),
      swatch: (x: number, y: number) => [
        el('rect', { x, y: y - 15, width: 24, height: 20, rx: 4, fill: LEVEL_COLORS[level].fill, stroke: 'rgba(0,0,0,0.18)' }),
        el('text', { x: x + 12, y: y - 0.5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: LEVEL_COLORS[level].text }, [String(level)]),
      ],
    })),
    {
      label: i18n.t('chart.notSure'),
      swatch: (x: number, y: number) => [
        el('rect', { x, y: y - 15, width: 24, height: 20, rx: 4, fill: UNSURE_COLOR.fill, stroke: 'rgba(0,0,0,0.18)' }),
        el('text', { x: x + 12, y: y - 0.5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: UNSURE_COLOR.text }, ['?']),
      ],
    },
    {
      label: i18n.t('chart.heatmap.noVote'),
      swatch: (x: number, y: number) => [el('rect', { x, y: y - 15, width: 24, height: 20, rx: 4, fill: 'none', stroke: palette.grid })],
    },
  ];
  const nodes: SvgNode[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const w = 32 + textWidth(item.label, 13) + 18;
    if (x + w > x0 + width && x > x0) {
      x = x0;
      y += 26;
    }
    nodes.push(...item.swatch(x, y), el('text', { x: x + 32, y: y, 'font-size': 13, fill: palette.muted }, [item.label]));
    x += w;
  }
  return { nodes, height: y - y0 + 26 };
}

export function heatmapChart(i18n: Translator, input: HeatmapInput, palette: ChartPalette = LIGHT_CHART_PALETTE): SvgNode {
  const labelW = input.anonymous ? ANONYMOUS_LABEL_W : LABEL_W;
  const width = labelW + input.columns.length * COL_W + PAD;
  const rowCount = input.groups.reduce((sum, g) => sum + g.rows.length, 0);
  const children: SvgNode[] = [];

  // Column headers: the gap's badge, its name, and the round shown.
  input.columns.forEach((col, i) => {
    const cx = labelW + i * COL_W + COL_W / 2;
    const lines = wrapWords(gapNameHyphenated(i18n, col.gapId), 14);
    children.push(
      el('circle', { cx, cy: 20, r: 13, fill: col.color, stroke: palette.halo, 'stroke-width': 2 }),
      el('text', { x: cx, y: 25, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, fill: textOn(col.color) }, [String(col.number)]),
      ...lines.map((line, l) => el('text', { x: cx, y: 52 + l * 17, 'text-anchor': 'middle', 'font-size': 13.5, 'font-weight': 650, fill: palette.ink }, [line])),
      el('text', { x: cx, y: 52 + lines.length * 17 + 2, 'text-anchor': 'middle', 'font-size': 12, fill: palette.muted }, [
        col.roundNumber === null ? i18n.t('chart.heatmap.notRevealed') : i18n.t('chart.heatmap.round', { number: col.roundNumber }),
      ]),
    );
  });

  let y = HEADER_H;
  for (const group of input.groups) {
    children.push(
      el('text', { x: 4, y: y + GROUP_H - 11, 'font-size': 13, 'font-weight': 700, 'letter-spacing': 0.6, fill: palette.muted }, [
        i18n.t('chart.heatmap.group', { group: say(i18n, group.label).toLocaleUpperCase(i18n.locale), count: group.rows.length }),
      ]),
      el('line', { x1: 0, y1: y + GROUP_H - 3, x2: width - PAD, y2: y + GROUP_H - 3, stroke: palette.grid, 'stroke-width': 1 }),
    );
    y += GROUP_H;
    for (const row of group.rows) {
      if (row.label !== null) {
        children.push(el('text', { x: 4, y: y + ROW_H / 2 + 5, 'font-size': 15, fill: palette.ink }, [truncate(row.label, 24)]));
      }
      row.cells.forEach((score, i) => children.push(...cell(labelW + i * COL_W, y, score, palette)));
      y += ROW_H;
    }
  }
  if (rowCount === 0) {
    children.push(el('text', { x: 4, y: y + ROW_H / 2 + 5, 'font-size': 15, fill: palette.muted }, [i18n.t('chart.heatmap.noVotes')]));
    y += ROW_H;
  }

  // The consensus the facilitator confirmed, under a rule, framed so it reads as a result.
  y += 8;
  children.push(el('line', { x1: 0, y1: y, x2: width - PAD, y2: y, stroke: palette.ink, 'stroke-width': 1.5 }));
  y += 6;
  children.push(el('text', { x: 4, y: y + ROW_H / 2 + 5, 'font-size': 15, 'font-weight': 700, fill: palette.ink }, [i18n.t('chart.consensus')]));
  input.columns.forEach((col, i) => {
    if (col.consensus === null) {
      children.push(el('text', { x: labelW + i * COL_W + COL_W / 2, y: y + ROW_H / 2 + 5, 'text-anchor': 'middle', 'font-size': 13, 'font-style': 'italic', fill: palette.muted }, [i18n.t('chart.heatmap.unscored')]));
    } else {
      children.push(...cell(labelW + i * COL_W, y, col.consensus, palette, true));
    }
  });
  y += ROW_H + 22;

  const key = legend(i18n, 4, y + 4, width - PAD, palette);
  children.push(el('g', { 'aria-hidden': 'true' }, key.nodes));
  const height = Math.ceil(y + key.height);

  const description = i18n.t('chart.heatmap.description', { count: rowCount, anonymous: input.anonymous ? 'yes' : 'no' });
  return el(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': description, 'font-family': palette.font },
    [el('title', {}, [description]), ...(palette.background ? [el('rect', { x: 0, y: 0, width, height, fill: palette.background })] : []), el('g', { 'aria-hidden': 'true' }, children)],
  );
}
