import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import { DARK_CHART_PALETTE } from '../../../../shared/charts/chartPalette';
import { roadmapChart, roadmapSvg } from '../../../../shared/charts/roadmapChart';
import { buildRoadmap } from '../../../../shared/report/reportPlan';
import type { ActionRow } from '../../../../shared/report/reportModel';
import type { SvgNode } from '../../../../shared/charts/svgTree';
import { actionRow } from '../report/actionRow';
import { drawnTexts, findAll } from './chartHelpers';

const en = translatorNow('en');

function row(ref: string, dueDate: string | null, title = `Title ${ref}`, owner = 'Dana'): ActionRow {
  return actionRow({ ref, dueDate, title, owner });
}

describe('roadmapChart', () => {
  it('draws one column per bucket and one card per action, with the bucket labels and the start', () => {
    const roadmap = buildRoadmap('2025-03-12', [row('A1', '2025-03-20'), row('A2', '2025-05-01'), row('A3', null, 'Write the runbook', '')], en);
    const svg = roadmapChart(en, roadmap);
    expect(findAll(svg, (n) => n.attrs['data-bucket'] !== undefined).map((n) => n.attrs['data-bucket'])).toEqual(['d30', 'd60', 'd90', 'undated']);
    expect(findAll(svg, (n) => n.attrs['data-action'] !== undefined).map((n) => n.attrs['data-action'])).toEqual(['A1', 'A2', 'A3']);
    const texts = drawnTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Workshop 12 Mar 2025', 'First 30 days', 'Days 31–60', 'Days 61–90', 'No due date', 'Nothing due', 'Write the runbook', 'No owner yet']));
    expect(svg.attrs.role).toBe('img');
    expect(String(svg.attrs['aria-label'])).toContain('Roadmap of 3 open actions from the workshop on 12 Mar 2025.');
    expect(String(svg.attrs['aria-label'])).toContain('Days 61–90 (until 10 Jun 2025): nothing due.');
  });

  it('caps each column and says how many more, in words that agree with the number', () => {
    const many = Array.from({ length: 9 }, (_, i) => row(`A${i + 1}`, '2025-03-20'));
    const one = roadmapChart(en, buildRoadmap('2025-03-12', many, en), { maxPerColumn: 8 });
    expect(findAll(one, (n) => n.attrs['data-action'] !== undefined)).toHaveLength(8);
    expect(drawnTexts(one)).toContain('1 more action');
    const seven = roadmapChart(en, buildRoadmap('2025-03-12', many, en), { maxPerColumn: 2 });
    expect(drawnTexts(seven)).toContain('7 more actions');
    // Height follows the tallest column, so a taller cap gives a taller picture.
    expect(Number(one.attrs.height)).toBeGreaterThan(Number(seven.attrs.height));
  });

  it('keeps a 300-character word inside its card and the picture inside its width', () => {
    const word = 'x'.repeat(300);
    const pic = roadmapChart(en, buildRoadmap('2025-03-12', [row('A1', '2025-03-20', word, 'مدير المشروع 🚀'), row('A2', '2025-03-21', '=1+1 @SUM(A1)')], en), { width: 800 });
    const card = findAll(pic, (n) => n.attrs['data-action'] === 'A1')[0]!;
    const cardWidth = Number((card.children![0] as { attrs: Record<string, number> }).attrs.width);
    for (const text of drawnTexts(card)) expect(text.length * 14 * 0.56).toBeLessThanOrEqual(cardWidth);
    expect(drawnTexts(pic)).toContain('=1+1 @SUM(A1)');
    expect(pic.attrs.width).toBe(800);
  });

  it('cuts nothing: a card grows to hold its whole title, due date and owner', () => {
    const title = 'Write the support runbook for the night team with escalation, rollback and vendor hand-off';
    const owner = 'Aylin Demirtaş-Vanderbilt';
    const pic = roadmapChart(en, buildRoadmap('2025-03-12', [row('A1', '2025-03-20', title, owner), row('A2', '2025-03-21')], en), { width: 800 });
    const texts = drawnTexts(findAll(pic, (n) => n.attrs['data-action'] === 'A1')[0]!);
    expect(texts.some((text) => text.includes('…'))).toBe(false);
    expect(texts.join(' ')).toContain(title.split(' ').slice(-3).join(' '));
    expect(texts.join(' ').replace(/\s+/g, ' ')).toContain(owner);
    // The taller card pushes the picture down: the next card starts below it.
    const [first, second] = findAll(pic, (n) => n.attrs['data-action'] !== undefined).map((g) => (g.children![0] as SvgNode).attrs);
    expect(Number(first!.y) + Number(first!.height)).toBeLessThan(Number(second!.y) + 1);
  });

  it('roadmapSvg gives self-contained SVG text, its size and alt text; the palette is honoured', () => {
    const roadmap = buildRoadmap('2025-03-12', [row('A1', '2025-03-20')], en);
    const pic = roadmapSvg(en, roadmap, { palette: { ...DARK_CHART_PALETTE, background: '#101010' }, width: 1200 });
    expect(pic.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(pic.svg).toContain('fill="#101010"');
    expect(pic.width).toBe(1200);
    expect(pic.height).toBeGreaterThan(100);
    expect(pic.alt).toContain('A1 Title A1');
  });
});
