import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../shared/model/createSession';
import type { Session } from '../../../../shared/model/session';
import { ratioReadout } from '../../../../shared/scoring/ratioReadout';
import { localizeFramework } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
function withFacts(facts: Session['facts']): Session {
  return { ...createSession({ initiative: 'Voice agent', client: 'Northwind', id: 's1', now: NOW }), facts };
}

describe('ratioReadout', () => {
  it('reads a large jump as a sentence with the numbers behind it', () => {
    const r = ratioReadout(withFacts({ 'pilot.transactionsPerDay': 50, 'production.peakTransactionsPerDay': 7500 }), 'ratio.volume', EN)!;
    expect(r).toMatchObject({ state: 'ready', value: 150, display: '150×', large: true, title: 'Daily volume' });
    expect(r.sentence).toBe('Peak volume is 150× the pilot’s');
    expect(r.detail).toBe('7,500 per day in production, 50 in the pilot');
  });

  it('is not large below 10×, and large from exactly 10×', () => {
    expect(ratioReadout(withFacts({ 'pilot.users': 10, 'production.users': 95 }), 'ratio.users', EN)).toMatchObject({ display: '9.5×', large: false });
    expect(ratioReadout(withFacts({ 'pilot.users': 10, 'production.users': 100 }), 'ratio.users', EN)).toMatchObject({ display: '10×', large: true });
  });

  it('names the missing facts, pilot first', () => {
    const r = ratioReadout(withFacts({ 'production.records': 50_000 }), 'ratio.records', EN)!;
    expect(r).toMatchObject({ state: 'missing', value: null, display: '—', large: false, missing: ['Records used in the pilot'] });
    expect(r.sentence).toMatch(/Fill in “Records used in the pilot”/);
    expect(ratioReadout(withFacts({}), 'ratio.records', EN)!.missing).toHaveLength(2);
  });

  it('treats text or null values as missing', () => {
    expect(ratioReadout(withFacts({ 'pilot.records': '500', 'production.records': null }), 'ratio.records', EN)!.state).toBe('missing');
  });

  it('reads a pilot with none of something as a jump from zero', () => {
    const r = ratioReadout(withFacts({ 'pilot.systemsIntegrated': 0, 'production.systemsNeeded': 5 }), 'ratio.systems', EN)!;
    expect(r).toMatchObject({ state: 'from-zero', display: '0 → 5', large: true });
    expect(r.sentence).toBe('The pilot connected no production system; production needs 5 systems');
    expect(ratioReadout(withFacts({ 'pilot.systemsIntegrated': 0, 'production.systemsNeeded': 0 }), 'ratio.systems', EN)!.state).toBe('both-zero');
  });

  it('has wording for every ratio of the framework and refuses unknown ids', () => {
    const s = withFacts({});
    for (const ratio of EN.ratios) expect(ratioReadout(s, ratio, EN)!.title).not.toBe(ratio.label);
    expect(ratioReadout(s, 'ratio.nope', EN)).toBeNull();
  });

  it('reads a 12.5× jump as 12.5×, as the Curated-data flag does', () => {
    const r = ratioReadout(withFacts({ 'pilot.records': 400, 'production.records': 5000 }), 'ratio.records', EN)!;
    expect(r.display).toBe('12.5×');
    expect(r.sentence).toBe('Production data is 12.5× the pilot sample');
  });
});
