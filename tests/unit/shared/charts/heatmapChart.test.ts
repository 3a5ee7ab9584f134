import { describe, expect, it } from 'vitest';
import { heatmapChart } from '../../../../shared/charts/heatmapChart';
import { toSvgString } from '../../../../shared/charts/svgTree';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../../shared/framework/levelColors';
import type { Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { heatmapInput } from '../../../../shared/summary/heatmapInput';
import { baseSession, withConsensus, withParticipants, withRound, type PersonSpec } from '../scoring/sessionBuilder';
import { drawnTexts, findAll } from './chartHelpers';
import { translatorNow } from '../../../../shared/i18n';
import { wrapWords } from '../../../../shared/charts/chartPalette';

const en = translatorNow('en');

const SAMPLE = buildSampleWorkshop('s', Date.UTC(2025, 2, 10));

function anonymous(session: Session): Session {
  return { ...session, settings: { ...session.settings, anonymous: true } };
}

function room(people: PersonSpec[]): Session {
  let s = withParticipants(baseSession(), people);
  s = withRound(s, 'data', Object.fromEntries(people.map((p, i) => [p.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5])));
  return s;
}

describe('heatmapInput', () => {
  it('has one column per gap with the round shown, and one row per voter grouped by stance', () => {
    const input = heatmapInput(SAMPLE);
    expect(input.columns.map((c) => c.gapId)).toEqual(['data', 'users', 'load', 'integration', 'change', 'support']);
    expect(input.columns.map((c) => c.roundNumber)).toEqual([1, 1, 1, 1, 1, null]); // support's round is still open
    expect(input.columns.map((c) => c.consensus)).toEqual([2, 2, 2, 1, 3, null]);
    expect(input.groups.map((g) => [translatorNow('en').text(g.label), g.rows.map((r) => r.label)])).toEqual([
      ['Champions', ['Marta Okafor', 'Priya Shah', 'Alex Moreau']],
      ['Neutral', ['Daniel Reyes', 'Sam Carter']],
      ['Skeptics', ['Tom Becker', 'Lena Fischer']],
    ]);
    // Lena Fischer: data 1, users not sure, …, support blank (not revealed).
    expect(input.groups[2]!.rows[1]!.cells).toEqual([1, 'unsure', 1, 1, 3, null]);
  });

  it('leaves a cell blank for someone who did not vote', () => {
    let s = withParticipants(baseSession(), [{ id: 'a' }, { id: 'b' }]);
    s = withRound(s, 'data', { a: 4 });
    const rows = heatmapInput(s).groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.cells[0])).toEqual([4, null]);
  });

  it('in anonymous mode shows no names and merges stance groups under 3 people into "Others"', () => {
    const people: PersonSpec[] = [
      { id: 'c1', stance: 'champion', name: 'Cara' },
      { id: 'c2', stance: 'champion', name: 'Cole' },
      { id: 'c3', stance: 'champion', name: 'Cyd' },
      { id: 'c4', stance: 'champion', name: 'Cleo' },
      { id: 'n1', stance: 'neutral', name: 'Nina' },
      { id: 'n2', stance: 'neutral', name: 'Ned' },
      { id: 's1', stance: 'skeptic', name: 'Sol' },
    ];
    const input = heatmapInput(anonymous(room(people)));
    expect(input.anonymous).toBe(true);
    expect(input.groups.map((g) => [g.kind, g.rows.length])).toEqual([
      ['champion', 4],
      ['others', 3],
    ]);
    expect(input.groups.flatMap((g) => g.rows).every((r) => r.label === null)).toBe(true);
    const svg = toSvgString(heatmapChart(en, input));
    for (const p of people) expect(svg).not.toContain(p.name!);
    expect(svg).toContain('names hidden');
  });

  it('in anonymous mode shows everyone as one group when the merged "Others" would still be under 3', () => {
    const people: PersonSpec[] = [
      { id: 'c1', stance: 'champion' },
      { id: 'c2', stance: 'champion' },
      { id: 'c3', stance: 'champion' },
      { id: 's1', stance: 'skeptic' },
      { id: 's2', stance: 'skeptic' },
    ];
    const input = heatmapInput(anonymous(room(people)));
    expect(input.groups.map((g) => [g.kind, translatorNow('en').text(g.label), g.rows.length])).toEqual([['everyone', 'Everyone', 5]]);
  });

  it('in anonymous mode orders rows by their votes, so entry order gives nobody away', () => {
    const people: PersonSpec[] = [1, 2, 3, 4, 5].map((n) => ({ id: `p${n}`, stance: 'neutral' as const }));
    const forward = room(people);
    const reversed = { ...forward, participants: [...forward.participants].reverse() };
    const a = heatmapInput(anonymous(forward));
    const b = heatmapInput(anonymous(reversed));
    expect(a).toEqual(b);
    expect(a.groups[0]!.rows.map((r) => r.cells[0])).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('heatmapChart', () => {
  it('fills each cell with the level colour and writes its number; "?" for not sure; blank for no vote', () => {
    let s = withParticipants(baseSession(), [{ id: 'a', name: 'Ann' }, { id: 'b', name: 'Bob' }, { id: 'c', name: 'Cem' }]);
    s = withRound(s, 'data', { a: 1, b: 'unsure' });
    s = withConsensus(s, { data: 2 });
    const chart = heatmapChart(en, heatmapInput(s));
    const rects = findAll(chart, (n) => n.tag === 'rect');
    expect(rects.some((r) => r.attrs.fill === LEVEL_COLORS[1].fill)).toBe(true);
    expect(rects.some((r) => r.attrs.fill === UNSURE_COLOR.fill)).toBe(true);
    const texts = drawnTexts(chart);
    expect(texts).toEqual(expect.arrayContaining(['Ann', 'Bob', 'Cem', '1', '?', 'Consensus', '2', 'not revealed', 'round 1', 'unscored', 'Not sure', 'No vote']));
    // Cem did not vote: 6 empty outlines for Cem, 5 each for Ann and Bob, none drawn with a number.
    const blanks = rects.filter((r) => r.attrs.fill === 'none' && r.attrs.width !== 24);
    expect(blanks).toHaveLength(5 + 5 + 6);
  });

  it('writes the gap number and name over each column, in the gap colour', () => {
    const chart = heatmapChart(en, heatmapInput(SAMPLE));
    const badges = findAll(chart, (n) => n.tag === 'circle');
    expect(badges.map((b) => b.attrs.fill)).toEqual(['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#332288', '#4D4D4D']);
    const texts = drawnTexts(chart);
    for (const word of ['Data quality', 'Integration', 'complexity', 'Support model']) expect(texts).toContain(word);
    expect(texts).toContain('CHAMPIONS · 3');
  });

  it('says so when no votes have been revealed', () => {
    const chart = heatmapChart(en, heatmapInput(baseSession()));
    expect(drawnTexts(chart)).toContain('No votes have been revealed yet.');
  });

  it('grows with the room and stays valid SVG without style attributes', () => {
    const chart = heatmapChart(en, heatmapInput(SAMPLE));
    const svg = toSvgString(chart);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(Number(chart.attrs.height)).toBeGreaterThan(7 * 32);
    expect(chart.attrs.viewBox).toBe(`0 0 ${chart.attrs.width} ${chart.attrs.height}`);
  });
});

describe('the heatmap in German', () => {
  it('names gaps, rounds, the legend and its description in German', () => {
    const de = translatorNow('de');
    const chart = heatmapChart(de, heatmapInput(SAMPLE));
    const texts = drawnTexts(chart);
    for (const word of ['Datenqualität', 'Supportmodell', 'Runde 1', 'Konsens', 'Keine Stimme', 'Unsicher', 'Geplant']) expect(texts).toContain(word);
    expect(String(chart.attrs['aria-label'])).toMatch(/^Stimmen nach Teilnehmenden und Lücke \(7 Teilnehmende\)/);
  });
});

describe('wrapping long compounds', () => {
  it('breaks a long word at its soft hyphen and shows the hyphen only at the break', () => {
    expect(wrapWords('Veränderungs\u00admanagement', 15)).toEqual(['Veränderungs-', 'management']);
    expect(wrapWords('Daten\u00adqualität', 15)).toEqual(['Datenqualität']);
    expect(wrapWords('Integration complexity', 14)).toEqual(['Integration', 'complexity']);
  });
});
