import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../../shared/framework/facts';
import { GAPS, gapById } from '../../../../shared/framework/gaps';
import { KPI_SUGGESTIONS } from '../../../../shared/framework/kpiSuggestions';
import { WORK_ITEMS_FACT_ID, gapBriefing, inSessionWords, workItemsOf } from '../../../../shared/framework/wording';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const invoices = { facts: { 'scope.workItems': 'invoices' } };
const none = { facts: {} };

/** Every word of the framework a room reads: briefings, ladders, actions, fact labels and hints, KPI suggestions. */
function allFrameworkText(): string[] {
  return [
    ...GAPS.flatMap((g) => [g.name, g.tagline, g.pilotUsuallyHad, g.productionMeans, ...g.questions, ...Object.values(g.ladder), ...g.suggestedActions.flatMap((a) => [a.title, a.description, a.successMeasure])]),
    // The unit-of-work question names channels' words as examples, on purpose.
    ...FACTS.filter((f) => f.id !== WORK_ITEMS_FACT_ID).flatMap((f) => [f.label, f.hint ?? '', f.unit ?? '']),
    ...KPI_SUGGESTIONS.flatMap((k) => [k.name, k.hint]),
  ];
}

describe('the framework fits any AI pilot', () => {
  it('says nothing that belongs to one channel', () => {
    // "On call" is how support works anywhere; a call as the unit of work is the voice channel's.
    const channelWords = /\b(accents?|background noise|callers?|(?<!on[- ])calls?|telephony|containment|word error|off-script|intents?)\b/i;
    for (const text of allFrameworkText()) expect(text).not.toMatch(channelWords);
  });

  it('speaks of the session’s unit of work where it has one, and of cases where it has none', () => {
    const data = gapBriefing(gapById('data'), invoices);
    expect(data.pilotUsuallyHad).toMatch(/^A few hundred invoices, often around 500/);
    expect(data.questions[0]).toBe('Were the pilot invoices drawn at random from raw production data, or did someone pick and clean them?');
    expect(gapBriefing(gapById('load'), none).productionMeans).toMatch(/^Thousands of cases a day/);
    for (const gap of GAPS) {
      const b = gapBriefing(gap, invoices);
      for (const text of [b.pilotUsuallyHad, b.productionMeans, ...b.questions]) expect(text).not.toContain('{');
    }
  });

  it('tells an invoice-matching pilot nothing about accents or background noise', () => {
    const data = gapBriefing(gapById('data'), invoices);
    expect([data.pilotUsuallyHad, data.productionMeans, ...data.questions].join(' ')).not.toMatch(/accent|noise|call/i);
  });

  it('reads the word as a person typed it, fit for the middle of a sentence', () => {
    expect(workItemsOf({ facts: { 'scope.workItems': '  Insurance   claims ' } })).toBe('insurance claims');
    expect(workItemsOf({ facts: { 'scope.workItems': 'RFPs' } })).toBe('RFPs');
    expect(workItemsOf({ facts: { 'scope.workItems': '' } })).toBe('cases');
    expect(workItemsOf({ facts: { 'scope.workItems': 12 } })).toBe('cases');
    expect(inSessionWords('e.g. 50 {items}.', invoices)).toBe('e.g. 50 invoices.');
  });

  it('leaves the voice channel to the sample, which speaks of calls and accents', () => {
    const sample = buildSampleWorkshop('s', Date.UTC(2026, 2, 12, 9));
    expect(workItemsOf(sample)).toBe('calls');
    expect(gapBriefing(gapById('load'), sample).pilotUsuallyHad).toMatch(/^Tens of calls a day/);
    expect(sample.gaps.data.risks.map((r) => r.text).join(' ')).toMatch(/accent/);
  });
});
