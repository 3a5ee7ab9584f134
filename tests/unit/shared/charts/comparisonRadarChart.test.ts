import { describe, expect, it } from 'vitest';
import { DARK_CHART_PALETTE, LIGHT_CHART_PALETTE } from '../../../../shared/charts/chartPalette';
import { comparisonRadarChart } from '../../../../shared/charts/comparisonRadarChart';
import { toSvgString, type SvgNode } from '../../../../shared/charts/svgTree';
import { buildComparison, type Comparison, type GapDirection } from '../../../../shared/compare/comparison';
import { frameworkTranslator, gapNameMessage } from '../../../../shared/framework/localize';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import type { Level } from '../../../../shared/framework/types';
import { translatorNow } from '../../../../shared/i18n';
import { manyGapsFramework } from '../../../fixtures/customFramework';
import { buildReassessmentPair, MOVED_DOWN, MOVED_UP } from '../../../fixtures/reassessment';
import { byAttr, drawnTexts, findAll } from './chartHelpers';

const en = translatorNow('en');
const de = translatorNow('de');

type Score = Level | null;

/** A comparison of `then` and `now` levels on the given gaps; `then: undefined` marks a gap the baseline lacked. */
function comparisonOf(gapIds: readonly string[], levels: readonly { then: Score | undefined; now: Score }[], framework?: Framework): Comparison {
  const direction = ({ then, now }: { then: Score | undefined; now: Score }): GapDirection =>
    then === undefined ? 'new-gap' : then !== null && now !== null ? (now > then ? 'up' : now < then ? 'down' : 'same') : now !== null ? 'scored-now' : then !== null ? 'unscored-now' : 'unscored';
  const band = (level: Score) => (level === null ? null : { min: Math.max(1, level - 1) as Level, max: level, roundNumber: 1, count: 8 });
  return {
    then: { sessionId: 'a', number: 1, workshopDate: '2025-05-12' },
    now: { sessionId: 'b', number: 2, workshopDate: '2025-08-11' },
    axes: gapIds.map((gapId, i) => {
      const { then, now } = levels[i]!;
      return { gapId, number: i + 1, name: gapNameMessage(gapId, framework), color: '#2f6fb0', then: then === undefined ? null : { consensus: then, votes: band(then) }, now: { consensus: now, votes: band(now) } };
    }),
    gaps: gapIds.map((gapId, i) => ({
      gapId,
      number: i + 1,
      name: gapNameMessage(gapId, framework),
      color: '#2f6fb0',
      then: levels[i]!.then ?? null,
      now: levels[i]!.now,
      change: null,
      direction: direction(levels[i]!),
      rationaleThen: '',
      rationaleNow: '',
    })),
  } as unknown as Comparison;
}

const BUILT_IN = ['data', 'users', 'load', 'integration', 'change', 'support'];

function labelOf(chart: SvgNode, gapId: string): string[] {
  return drawnTexts(byAttr(chart, 'data-gap', gapId));
}

describe('comparisonRadarChart', () => {
  const { reassessment } = buildReassessmentPair({ participants: 30 });
  const comparison = buildComparison(reassessment)!;
  const chart = comparisonRadarChart(en, comparison);

  it('draws both assessments: the baseline dashed and muted, the current one in the accent colour', () => {
    const then = byAttr(chart, 'data-part', 'consensus-then');
    const thenLine = findAll(then, (n) => n.tag === 'polygon' && n.attrs.fill === 'none');
    expect(thenLine).toHaveLength(1);
    expect(thenLine[0]!.attrs).toMatchObject({ stroke: LIGHT_CHART_PALETTE.muted, 'stroke-dasharray': expect.any(String) });
    const now = byAttr(chart, 'data-part', 'consensus');
    const nowLine = findAll(now, (n) => n.tag === 'polygon' && n.attrs.stroke === LIGHT_CHART_PALETTE.accent);
    expect(nowLine).toHaveLength(1);
    expect(nowLine[0]!.attrs['stroke-dasharray']).toBeUndefined();
    // The current levels are written in their dots; the baseline's markers are diamonds, a shape of their own.
    expect(drawnTexts(now)).toEqual(['3', '3', '3', '2', '3', '2']);
    expect(findAll(then, (n) => n.tag === 'polygon' && n.attrs.fill !== 'none')).toHaveLength(6);
  });

  it('draws each assessment’s vote band', () => {
    const thenBand = findAll(byAttr(chart, 'data-part', 'band-then'), (n) => n.tag === 'path');
    const nowBand = findAll(byAttr(chart, 'data-part', 'band'), (n) => n.tag === 'path');
    expect(thenBand).toHaveLength(1);
    expect(nowBand).toHaveLength(1);
    expect(thenBand[0]!.attrs.fill).toBe(LIGHT_CHART_PALETTE.muted);
    expect(nowBand[0]!.attrs.fill).toBe(LIGHT_CHART_PALETTE.accent);
  });

  it('writes each movement as numbers with an arrow, never by colour alone', () => {
    for (const gapId of MOVED_UP) expect(labelOf(chart, gapId).join(' ')).toMatch(/Level (\d) → (\d) ▲/);
    for (const gapId of MOVED_DOWN) expect(labelOf(chart, gapId)).toContain('Level 3 → 2 ▼');
    expect(labelOf(chart, 'data')).toContain('Level 2 → 3 ▲');
    expect(labelOf(chart, 'users')).toContain('Level 3 → 3');
    const description = String(chart.attrs['aria-label']);
    expect(description).toContain('up from level 2 to 3');
    expect(description).toContain('down from level 3 to 2');
  });

  it('names both assessments and their days in the legend', () => {
    const legend = drawnTexts(byAttr(chart, 'data-part', 'legend'));
    expect(legend).toContain('Assessment 1 · 2 May 2025');
    expect(legend).toContain('Assessment 2 · 11 August 2025');
    expect(legend).toContain('Range of votes, latest round');
    expect(String(chart.attrs['aria-label'])).toContain('Assessment 1 · 2 May 2025 against Assessment 2 · 11 August 2025');
  });

  it('labels unscored and new gaps honestly', () => {
    const c = comparisonRadarChart(
      en,
      comparisonOf(BUILT_IN, [
        { then: 2, now: 3 },
        { then: null, now: 3 },
        { then: 3, now: null },
        { then: null, now: null },
        { then: undefined, now: 2 },
        { then: undefined, now: null },
      ]),
    );
    expect(labelOf(c, 'users')).toEqual(expect.arrayContaining(['Unscored before', 'Level – → 3']));
    expect(labelOf(c, 'load')).toEqual(expect.arrayContaining(['Unscored', 'Level 3 → –']));
    expect(labelOf(c, 'integration')).toEqual(expect.arrayContaining(['Unscored', 'Level – → –']));
    expect(labelOf(c, 'change')).toEqual(expect.arrayContaining(['New gap', 'Level 2']));
    expect(labelOf(c, 'support')).toEqual(expect.arrayContaining(['New gap', 'No consensus yet']));
    // No arrow where nothing can be compared.
    for (const gapId of ['users', 'load', 'integration', 'change', 'support']) expect(labelOf(c, gapId).join(' ')).not.toMatch(/[▲▼]/);
    // The current line breaks at the gaps unscored now; their spokes are dashed.
    const spokes = findAll(byAttr(c, 'data-part', 'grid'), (n) => n.tag === 'line');
    expect(spokes.map((s) => s.attrs['stroke-dasharray'] !== undefined)).toEqual([false, false, true, true, false, true]);
    const description = String(c.attrs['aria-label']);
    expect(description).toContain('unscored before, level 3 now');
    expect(description).toContain('new gap, unscored');
  });

  it.each([3, 12])('stays readable with %i axes: every label inside the picture, type no smaller than 13', (count) => {
    const framework = manyGapsFramework(12);
    const i18n = frameworkTranslator(en, framework);
    const gapIds = framework.gaps.slice(0, count).map((g) => g.id);
    const c = comparisonRadarChart(i18n, comparisonOf(gapIds, gapIds.map((_, i) => ({ then: ((i % 5) + 1) as Level, now: (((i + 1) % 5) + 1) as Level })), framework));
    expect(findAll(c, (n) => n.tag === 'g' && typeof n.attrs['data-gap'] === 'string')).toHaveLength(count);
    const [, , width, height] = String(c.attrs.viewBox).split(' ').map(Number) as [number, number, number, number];
    for (const text of findAll(c, (n) => n.tag === 'text')) {
      expect(Number(text.attrs['font-size'])).toBeGreaterThanOrEqual(12);
      expect(Number(text.attrs.x)).toBeGreaterThanOrEqual(0);
      expect(Number(text.attrs.x)).toBeLessThanOrEqual(width);
      expect(Number(text.attrs.y)).toBeGreaterThan(0);
      expect(Number(text.attrs.y)).toBeLessThanOrEqual(height);
    }
  });

  it('uses the palette it is given and produces standalone SVG text for documents', () => {
    const dark = toSvgString(comparisonRadarChart(en, comparison, { ...DARK_CHART_PALETTE, accent: '#aa5500' }));
    expect(dark).toContain('stroke="#aa5500"');
    expect(dark).toContain(`stroke="${DARK_CHART_PALETTE.muted}"`);
    const svg = toSvgString(chart);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(chart.attrs).toMatchObject({ role: 'img', viewBox: expect.stringMatching(/^0 0 \d+ \d+$/) });
  });
});

describe('the comparison radar in German', () => {
  it('names the assessments, days and movements in German', () => {
    const { reassessment } = buildReassessmentPair({ participants: 8 });
    const chart = comparisonRadarChart(de, buildComparison(reassessment)!);
    const texts = drawnTexts(chart);
    expect(texts).toContain('Bewertung 1 · 2. Mai 2025');
    expect(texts).toContain('Stufe 2 → 3 ▲');
    expect(texts).toContain('Stufe 3 → 2 ▼');
    expect(String(chart.attrs['aria-label'])).toContain('gestiegen von Stufe 2 auf 3');
  });
});
