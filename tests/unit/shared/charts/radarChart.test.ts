import { describe, expect, it } from 'vitest';
import { DARK_CHART_PALETTE, LIGHT_CHART_PALETTE } from '../../../../shared/charts/chartPalette';
import { circularRuns, radarChart } from '../../../../shared/charts/radarChart';
import { toSvgString, type SvgNode } from '../../../../shared/charts/svgTree';
import { GAPS } from '../../../../shared/framework/gaps';
import { gapNameMessage, localizeFramework } from '../../../../shared/framework/localize';
import { GAP_IDS, type Level } from '../../../../shared/framework/types';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { radarInput, type RadarInput } from '../../../../shared/summary/radarInput';
import { baseSession, withConsensus, withParticipants, withRound } from '../scoring/sessionBuilder';
import { byAttr, drawnTexts, findAll } from './chartHelpers';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');

function input(consensus: (Level | null)[], votes: ([Level, Level] | null)[] = consensus.map(() => null)): RadarInput {
  return {
    axes: GAPS.map((gap, i) => ({
      gapId: gap.id,
      number: gap.number,
      name: gapNameMessage(gap.id),
      color: gap.color,
      consensus: consensus[i] ?? null,
      votes: votes[i] ? { min: votes[i]![0], max: votes[i]![1], roundNumber: 1, count: 5 } : null,
    })),
  };
}

function points(node: SvgNode): [number, number][] {
  return String(node.attrs.points)
    .split(' ')
    .map((p) => p.split(',').map(Number) as [number, number]);
}

const distance = ([x, y]: [number, number], [cx, cy]: [number, number]) => Math.hypot(x - cx, y - cy);

describe('circularRuns', () => {
  it('returns one closed run when every index is present', () => {
    expect(circularRuns(6, () => true)).toEqual([{ indexes: [0, 1, 2, 3, 4, 5], closed: true }]);
  });
  it('joins runs across the end of the circle', () => {
    const present = [true, true, false, true, false, true];
    expect(circularRuns(6, (i) => present[i]!)).toEqual([
      { indexes: [3], closed: false },
      { indexes: [5, 0, 1], closed: false },
    ]);
  });
  it('returns nothing when nothing is present', () => {
    expect(circularRuns(6, () => false)).toEqual([]);
  });
});

describe('radarChart', () => {
  it('draws one labelled axis per gap, in framework order, each marked in the gap colour', () => {
    const chart = radarChart(en, input([2, 3, 2, 1, 3, 4]));
    const labels = findAll(chart, (n) => n.tag === 'g' && typeof n.attrs['data-gap'] === 'string');
    expect(labels.map((g) => g.attrs['data-gap'])).toEqual([...GAP_IDS]);
    labels.forEach((group, i) => {
      const gap = localizeFramework(en).gaps[i]!;
      const badge = findAll(group, (n) => n.tag === 'circle')[0]!;
      expect(badge.attrs.fill).toBe(gap.color);
      const texts = drawnTexts(group);
      expect(texts[0]).toBe(String(gap.number));
      expect(texts.join(' ')).toContain(gap.name.split(' ')[0]!);
    });
  });

  it('labels the five rings', () => {
    const chart = radarChart(en, input([2, 3, 2, 1, 3, 4]));
    const ringLabels = findAll(chart, (n) => n.tag === 'text' && n.attrs['paint-order'] === 'stroke');
    expect(ringLabels.flatMap((n) => n.children)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('draws the consensus as a closed polygon in the accent colour, each point at its level', () => {
    const levels: Level[] = [2, 3, 2, 1, 3, 5];
    const chart = radarChart(en, input(levels));
    const group = byAttr(chart, 'data-part', 'consensus');
    const polygon = findAll(group, (n) => n.tag === 'polygon' && n.attrs.stroke === LIGHT_CHART_PALETTE.accent);
    expect(polygon).toHaveLength(1);
    const pts = points(polygon[0]!);
    expect(pts).toHaveLength(6);
    // The centre is where the axes meet; each point lies at level/5 of the rim.
    const spokes = findAll(byAttr(chart, 'data-part', 'grid'), (n) => n.tag === 'line');
    expect(spokes).toHaveLength(6);
    const centre: [number, number] = [Number(spokes[0]!.attrs.x1), Number(spokes[0]!.attrs.y1)];
    const rim = distance([Number(spokes[0]!.attrs.x2), Number(spokes[0]!.attrs.y2)], centre);
    pts.forEach((p, i) => expect(distance(p, centre) / rim).toBeCloseTo(levels[i]! / 5, 2));
    // Every level is written as a number too, never colour alone.
    expect(drawnTexts(group)).toEqual(levels.map(String));
  });

  it('draws the range of votes as a lighter band: a ring when every gap has votes', () => {
    const chart = radarChart(en, input([2, 3, 2, 1, 3, 4], [[1, 4], [2, 4], [1, 3], [1, 2], [2, 3], [3, 5]]));
    const band = findAll(byAttr(chart, 'data-part', 'band'), (n) => n.tag === 'path');
    expect(band).toHaveLength(1);
    expect(band[0]!.attrs.fill).toBe(LIGHT_CHART_PALETTE.accent);
    expect(Number(band[0]!.attrs['fill-opacity'])).toBeLessThan(0.5);
    expect(band[0]!.attrs['fill-rule']).toBe('evenodd');
    expect(String(band[0]!.attrs.d).match(/M/g)).toHaveLength(2); // outer and inner outline
  });

  it('breaks the polygon at an unscored gap and marks it "Unscored"', () => {
    const chart = radarChart(en, input([2, 3, 2, 1, 3, null], [[1, 4], [2, 4], [1, 3], [1, 2], [2, 3], null]));
    const group = byAttr(chart, 'data-part', 'consensus');
    expect(findAll(group, (n) => n.tag === 'polygon' && n.attrs.stroke === LIGHT_CHART_PALETTE.accent)).toHaveLength(0);
    const outline = findAll(group, (n) => n.tag === 'polyline');
    expect(outline).toHaveLength(1);
    expect(points(outline[0]!)).toHaveLength(5);
    const support = byAttr(chart, 'data-gap', 'support');
    expect(drawnTexts(support)).toContain('Unscored');
    expect(drawnTexts(support)).toContain('no votes');
    expect(drawnTexts(byAttr(chart, 'data-gap', 'data'))).toContain('Level 2 · votes 1–4');
    expect(drawnTexts(chart)).toContain('No consensus yet'); // in the legend
    expect(toSvgString(chart)).toContain('Support model: unscored');
  });

  it('draws nothing misleading for a fresh session: no polygon, no band, every gap unscored', () => {
    const chart = radarChart(en, radarInput(baseSession()));
    expect(findAll(byAttr(chart, 'data-part', 'consensus'), () => true)).toHaveLength(1); // the group itself
    expect(findAll(byAttr(chart, 'data-part', 'band'), () => true)).toHaveLength(1);
    expect(drawnTexts(chart).filter((t) => t === 'Unscored')).toHaveLength(6);
  });

  it('uses the palette it is given (dark theme, firm accent)', () => {
    const chart = radarChart(en, input([2, 3, 2, 1, 3, 4]), { ...DARK_CHART_PALETTE, accent: '#aa5500' });
    const svg = toSvgString(chart);
    expect(svg).toContain('stroke="#aa5500"');
    expect(svg).toContain(`fill="${DARK_CHART_PALETTE.ink}"`);
  });

  it('produces standalone SVG text for documents: sized, labelled, no style attributes, readable type', () => {
    const chart = radarChart(en, radarInput(buildSampleWorkshop('s', Date.UTC(2025, 2, 10))));
    const svg = toSvgString(chart);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(chart.attrs).toMatchObject({ role: 'img', viewBox: expect.stringMatching(/^0 0 \d+ \d+$/) });
    expect(svg).not.toMatch(/\sstyle=/);
    const sizes = findAll(chart, (n) => n.tag === 'text').map((n) => Number(n.attrs['font-size']));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    // Drawn at 500 px wide, the smallest text is still about 10 px and names about 12 px.
    expect(500 / Number(chart.attrs.width)).toBeGreaterThan(0.7);
  });

  it('takes the band from the latest revealed round, not an open re-vote', () => {
    let s = withParticipants(baseSession(), [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    s = withRound(s, 'data', { a: 1, b: 4, c: 'unsure' });
    s = withRound(s, 'data', { a: 3, b: 3 });
    s = withRound(s, 'data', { a: 5, b: 5 }, { status: 'open' });
    s = withConsensus(s, { data: 3 });
    const axis = radarInput(s).axes[0]!;
    expect(axis).toMatchObject({ gapId: 'data', consensus: 3, votes: { min: 3, max: 3, roundNumber: 2, count: 2 } });
  });
});

describe('the radar in German', () => {
  it('names the gaps, the levels and the legend in German', () => {
    const de = translatorNow('de');
    const chart = radarChart(de, input([2, 3, 2, 1, 3, null], [[1, 4], [2, 4], [1, 3], [1, 2], [2, 3], null]));
    const texts = drawnTexts(chart).join(' ');
    for (const word of ['Datenqualität', 'Veränderungs-', 'management', 'Stufe 2 · Stimmen 1–4', 'Nicht bewertet', 'Noch kein Konsens', 'Konsens']) expect(texts).toContain(word);
    expect(String(chart.attrs['aria-label'])).toContain('Supportmodell: nicht bewertet');
  });
});
