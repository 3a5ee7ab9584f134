import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../shared/model/createSession';
import type { Session } from '../../../../shared/model/session';
import { ratioReadout } from '../../../../shared/scoring/ratioReadout';
import { localizeFramework } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');
const EN = localizeFramework(en);
const de = translatorNow('de');
const DE = localizeFramework(de);

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
function withFacts(facts: Session['facts']): Session {
  return { ...createSession({ initiative: 'Voice agent', client: 'Northwind', id: 's1', now: NOW }), facts };
}

describe('ratioReadout', () => {
  it('reads a large jump as a sentence with the numbers behind it', () => {
    const r = ratioReadout(withFacts({ 'pilot.transactionsPerDay': 50, 'production.peakTransactionsPerDay': 7500 }), 'ratio.volume', EN)!;
    expect(r).toMatchObject({ state: 'ready', value: 150, large: true });
    expect(en.text(r.display)).toBe('150×');
    expect(en.text(r.title)).toBe('Daily volume');
    expect(en.text(r.sentence)).toBe('Peak volume is 150× the pilot’s');
    expect(en.text(r.detail!)).toBe('7,500 per day in production, 50 in the pilot');
    expect(de.text(ratioReadout(withFacts({ 'pilot.transactionsPerDay': 50, 'production.peakTransactionsPerDay': 7500 }), 'ratio.volume', DE)!.detail!)).toMatch(/^7\.500 .* im Produktivbetrieb, 50 im Pilot$/);
  });

  it('is not large below 10×, and large from exactly 10×', () => {
    const small = ratioReadout(withFacts({ 'pilot.users': 10, 'production.users': 95 }), 'ratio.users', EN)!;
    expect(small.large).toBe(false);
    expect(en.text(small.display)).toBe('9.5×');
    expect(de.text(small.display)).toBe('9,5×');
    const large = ratioReadout(withFacts({ 'pilot.users': 10, 'production.users': 100 }), 'ratio.users', EN)!;
    expect(large.large).toBe(true);
    expect(en.text(large.display)).toBe('10×');
  });

  it('names the missing facts, pilot first', () => {
    const r = ratioReadout(withFacts({ 'production.records': 50_000 }), 'ratio.records', EN)!;
    expect(r).toMatchObject({ state: 'missing', value: null, large: false, missing: ['Records used in the pilot'] });
    expect(en.text(r.display)).toBe('—');
    expect(en.text(r.sentence)).toMatch(/Fill in “Records used in the pilot” to see/);
    expect(en.text(ratioReadout(withFacts({}), 'ratio.records', EN)!.sentence)).toMatch(/Fill in “.+” and “.+” to see/);
    expect(ratioReadout(withFacts({}), 'ratio.records', EN)!.missing).toHaveLength(2);
  });

  it('treats text or null values as missing', () => {
    expect(ratioReadout(withFacts({ 'pilot.records': '500', 'production.records': null }), 'ratio.records', EN)!.state).toBe('missing');
  });

  it('reads a pilot with none of something as a jump from zero', () => {
    const r = ratioReadout(withFacts({ 'pilot.systemsIntegrated': 0, 'production.systemsNeeded': 5 }), 'ratio.systems', EN)!;
    expect(r).toMatchObject({ state: 'from-zero', large: true });
    expect(en.text(r.display)).toBe('0 → 5');
    expect(en.text(r.sentence)).toBe('The pilot connected no production system; production needs 5 systems');
    expect(ratioReadout(withFacts({ 'pilot.systemsIntegrated': 0, 'production.systemsNeeded': 0 }), 'ratio.systems', EN)!.state).toBe('both-zero');
  });

  it('has wording for every ratio of the framework and refuses unknown ids', () => {
    const s = withFacts({});
    for (const ratio of EN.ratios) expect(en.text(ratioReadout(s, ratio, EN)!.title)).not.toBe(ratio.label);
    expect(ratioReadout(s, 'ratio.nope', EN)).toBeNull();
  });

  it('reads a 12.5× jump as 12.5×, as the Curated-data flag does', () => {
    const r = ratioReadout(withFacts({ 'pilot.records': 400, 'production.records': 5000 }), 'ratio.records', EN)!;
    expect(en.text(r.display)).toBe('12.5×');
    expect(en.text(r.sentence)).toBe('Production data is 12.5× the pilot sample');
  });
});
