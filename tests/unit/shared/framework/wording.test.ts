import { describe, expect, it } from 'vitest';
import { localizeFramework } from '../../../../shared/framework/localize';
import { WORK_ITEMS_FACT_ID, gapBriefing, inSessionWords, sessionWorkItems, workItemsOf } from '../../../../shared/framework/wording';
import { translatorNow } from '../../../../shared/i18n';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const en = translatorNow('en');
const de = translatorNow('de');
const EN = localizeFramework(en);
const DE = localizeFramework(de);
const invoices = { facts: { 'scope.workItems': 'invoices' } };
const none = { facts: {} };

/** Every word of the framework a room reads: briefings, ladders, actions, fact labels and hints, KPI suggestions. */
function allFrameworkText(): string[] {
  return [
    ...EN.gaps.flatMap((g) => [g.name, g.tagline, g.pilotUsuallyHad, g.productionMeans, ...g.questions, ...Object.values(g.ladder), ...g.suggestedActions.flatMap((a) => [a.title, a.description, a.successMeasure])]),
    // The unit-of-work question names channels' words as examples, on purpose.
    ...EN.facts.filter((f) => f.id !== WORK_ITEMS_FACT_ID).flatMap((f) => [f.label, f.hint ?? '', f.unit ?? '']),
    ...EN.kpiSuggestions.flatMap((k) => [k.name, k.hint]),
  ];
}

describe('the framework fits any AI pilot', () => {
  it('says nothing that belongs to one channel', () => {
    // "On call" is how support works anywhere; a call as the unit of work is the voice channel's.
    const channelWords = /\b(accents?|background noise|callers?|(?<!on[- ])calls?|telephony|containment|word error|off-script|intents?)\b/i;
    for (const text of allFrameworkText()) expect(text).not.toMatch(channelWords);
  });

  it('speaks of the session’s unit of work where it has one, and of cases where it has none', () => {
    const data = gapBriefing(EN.gapById('data'), invoices, en);
    expect(data.pilotUsuallyHad).toMatch(/^A few hundred invoices, often around 500/);
    expect(data.questions[0]).toBe('Were the pilot invoices drawn at random from raw production data, or did someone pick and clean them?');
    expect(gapBriefing(EN.gapById('load'), none, en).productionMeans).toMatch(/^Thousands of cases a day/);
    for (const gap of [...EN.gaps, ...DE.gaps]) {
      const b = gapBriefing(gap, invoices, en);
      for (const text of [b.pilotUsuallyHad, b.productionMeans, ...b.questions]) expect(text).not.toContain('{');
    }
  });

  it('speaks German with the session’s word, or of „Fälle“ when it has none', () => {
    const rechnungen = { facts: { 'scope.workItems': 'Rechnungen' }, language: 'de' };
    expect(gapBriefing(DE.gapById('data'), rechnungen, de).pilotUsuallyHad).toMatch(/^Einige hundert Rechnungen, oft rund 500/);
    expect(gapBriefing(DE.gapById('load'), { facts: {}, language: 'de' }, de).productionMeans).toMatch(/^Tausende Fälle am Tag/);
  });

  it('tells an invoice-matching pilot nothing about accents or background noise', () => {
    const data = gapBriefing(EN.gapById('data'), invoices, en);
    expect([data.pilotUsuallyHad, data.productionMeans, ...data.questions].join(' ')).not.toMatch(/accent|noise|call/i);
  });

  it('reads the word as a person typed it, fit for the middle of a sentence', () => {
    expect(workItemsOf({ facts: { 'scope.workItems': '  Insurance   claims ' } })).toBe('insurance claims');
    expect(workItemsOf({ facts: { 'scope.workItems': 'RFPs' } })).toBe('RFPs');
    expect(en.t('framework.default.workItems')).toBe('cases');
    expect(workItemsOf({ facts: { 'scope.workItems': '' } })).toEqual({ id: 'framework.default.workItems' });
    expect(sessionWorkItems({ facts: { 'scope.workItems': 12 } })).toBeNull();
    expect(inSessionWords('e.g. 50 {items}.', invoices, en)).toBe('e.g. 50 invoices.');
    expect(inSessionWords('z. B. 50 {items}.', { facts: {}, language: 'de' }, de)).toBe('z. B. 50 Fälle.');
  });

  it('keeps a German noun’s capital in a German session', () => {
    expect(sessionWorkItems({ facts: { 'scope.workItems': 'Schadensmeldungen' }, language: 'de' })).toBe('Schadensmeldungen');
    expect(sessionWorkItems({ facts: { 'scope.workItems': 'Invoices' }, language: 'en' })).toBe('invoices');
  });

  it('leaves the voice channel to the sample, which speaks of calls and accents', () => {
    const sample = buildSampleWorkshop('s', Date.UTC(2026, 2, 12, 9));
    expect(workItemsOf(sample)).toBe('calls');
    expect(gapBriefing(EN.gapById('load'), sample, en).pilotUsuallyHad).toMatch(/^Tens of calls a day/);
    expect(sample.gaps.data!.risks.map((r) => r.text).join(' ')).toMatch(/accent/);
  });
});
