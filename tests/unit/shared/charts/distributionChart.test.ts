import { describe, expect, it } from 'vitest';
import { distributionChart } from '../../../../shared/charts/distributionChart';
import { toSvgString, type SvgNode } from '../../../../shared/charts/svgTree';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../../shared/framework/levelColors';
import type { Distribution } from '../../../../shared/scoring/stats';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');

const D: Distribution = { 1: 1, 2: 3, 3: 0, 4: 2, 5: 0, unsure: 1 };

function find(node: SvgNode | string, match: (n: SvgNode) => boolean, found: SvgNode[] = []): SvgNode[] {
  if (typeof node === 'string') return found;
  if (match(node)) found.push(node);
  for (const child of node.children ?? []) find(child, match, found);
  return found;
}

function textsOf(node: SvgNode): string[] {
  return find(node, (n) => n.tag === 'text').map((n) => (n.children ?? []).join(''));
}

describe('distributionChart', () => {
  for (const orientation of ['vertical', 'horizontal'] as const) {
    it(`prints every count, number and label, in the level colours (${orientation})`, () => {
      const chart = distributionChart(en, D, { orientation, median: 2 });
      const groups = find(chart, (n) => n.tag === 'g' && 'data-key' in n.attrs);
      expect(groups.map((g) => [g.attrs['data-key'], g.attrs['data-count']])).toEqual([
        ['1', 1],
        ['2', 3],
        ['3', 0],
        ['4', 2],
        ['5', 0],
        ['unsure', 1],
      ]);
      const texts = textsOf(chart);
      for (const label of ['1', '2', '3', '4', '5', '?', 'Pilot only', 'Proven', 'Not sure', 'Median 2']) expect(texts).toContain(label);
      for (const key of ['1', '2', '4'] as const) {
        const group = groups.find((g) => g.attrs['data-key'] === key)!;
        expect(textsOf(group)).toContain(String(D[Number(key) as 1 | 2 | 4]));
      }
      const svg = toSvgString(chart);
      expect(svg).toContain(LEVEL_COLORS[2].fill);
      expect(svg).toContain(UNSURE_COLOR.fill);
      expect(svg).toContain('Votes per level — level 1: 1, level 2: 3, level 3: 0, level 4: 2, level 5: 0, not sure: 1. Median 2.');
      expect(svg).not.toContain('style=');
    });
  }

  it('draws a level bar only where someone voted, taller for more votes', () => {
    const chart = distributionChart(en, D, {});
    const bars = (key: string) => find(chart, (n) => n.tag === 'g' && n.attrs['data-key'] === key)[0]!.children!.filter((c): c is SvgNode => typeof c !== 'string' && c.tag === 'rect');
    // chip only (no bar) for level 3; bar + chip for level 2
    expect(bars('3')).toHaveLength(1);
    expect(bars('2')).toHaveLength(2);
    expect(Number(bars('2')[0]!.attrs.height)).toBeGreaterThan(Number(bars('4')[0]!.attrs.height));
  });

  it('lists names under their bar when given, and none when not', () => {
    const names = { 2: ['Marta Okafor', 'Priya Shah', 'Tom Becker'], unsure: ['Lena Fischer'] };
    const named = toSvgString(distributionChart(en, D, { names }));
    for (const name of ['Marta Okafor', 'Priya Shah', 'Tom Becker', 'Lena Fischer']) expect(named).toContain(name);
    const anonymous = toSvgString(distributionChart(en, D, {}));
    for (const name of ['Marta', 'Lena']) expect(anonymous).not.toContain(name);
    const horizontal = toSvgString(distributionChart(en, D, { names, orientation: 'horizontal' }));
    expect(horizontal).toContain('Marta Okafor, Priya Shah, Tom Becker');
  });

  it('shortens long lists and escapes names', () => {
    const many = Array.from({ length: 12 }, (_, i) => `P${i + 1}`);
    const chart = distributionChart(en, { 1: 0, 2: 12, 3: 0, 4: 0, 5: 0, unsure: 0 }, { names: { 2: [...many.slice(0, 11), 'A <b> & "c"'] }, maxNames: 5 });
    const texts = textsOf(chart);
    expect(texts).toContain('P4');
    expect(texts).not.toContain('P5');
    expect(texts).toContain('+ 8 more');
    const svg = toSvgString(distributionChart(en, D, { names: { 1: ['A <b> & "c"'] } }));
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('places a half-level median between two columns and leaves it out when null', () => {
    const chart = distributionChart(en, D, { median: 2.5 });
    const marker = find(chart, (n) => n.tag === 'g' && 'data-median' in n.attrs)[0]!;
    const line = marker.children![0] as SvgNode;
    const centre = (key: string) => {
      const group = find(chart, (n) => n.tag === 'g' && n.attrs['data-key'] === key)[0]!;
      const chip = group.children!.find((c): c is SvgNode => typeof c !== 'string' && c.tag === 'text' && c.attrs['font-size'] === 18)!;
      return Number(chip.attrs.x);
    };
    expect(Number(line.attrs.x1)).toBeCloseTo((centre('2') + centre('3')) / 2, 5);
    expect(textsOf(chart)).toContain('Median 2.5');
    expect(find(distributionChart(en, D, { median: null }), (n) => 'data-median' in n.attrs)).toHaveLength(0);
  });

  it('grows taller with names and keeps a viewBox matching its size', () => {
    const plain = distributionChart(en, D, { width: 600 });
    const named = distributionChart(en, D, { width: 600, names: { 2: ['A', 'B', 'C'] } });
    expect(Number(named.attrs.height)).toBeGreaterThan(Number(plain.attrs.height));
    expect(plain.attrs.viewBox).toBe(`0 0 600 ${plain.attrs.height}`);
    expect(plain.attrs.role).toBe('img');
  });
});

describe('the distribution chart in German', () => {
  it('names levels, the median and the counts in the translator’s language and locale', () => {
    const de = translatorNow('de');
    const chart = distributionChart(de, { 1: 1, 2: 3, 3: 0, 4: 2, 5: 0, unsure: 1 }, { median: 2.5, names: { 2: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] }, maxNames: 4 });
    const texts = textsOf(chart);
    for (const label of ['Nur Pilot', 'Bewährt', 'Unsicher', 'Median 2,5', '+ 6 weitere']) expect(texts).toContain(label);
    expect(toSvgString(chart)).toContain('Stimmen je Stufe – Stufe 1: 1, Stufe 2: 3, Stufe 3: 0, Stufe 4: 2, Stufe 5: 0, unsicher: 1. Median 2,5.');
  });
});
