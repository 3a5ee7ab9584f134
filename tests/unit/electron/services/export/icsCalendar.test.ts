import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar } from '../../../../../electron/services/export/icsCalendar';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel } from './exportFixture';

describe('icsCalendar', () => {
  const model = fixtureModel();
  const ics = icsCalendar(model);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  const dated = model.actions.filter((a) => a.dueDate !== null);

  it('parses with a real parser: one VEVENT per dated action', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Readiness Room');
    expect(events).toHaveLength(dated.length);
    expect(dated.length).toBeLessThan(model.actions.length);
  });

  it('writes all-day events with UID, DTSTAMP, DTSTART;VALUE=DATE and the next day as DTEND', () => {
    const uids = new Set<string>();
    events.forEach((vevent, i) => {
      const action = dated[i]!;
      const event = new ICAL.Event(vevent);
      uids.add(event.uid);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(action.dueDate);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-03-12T17:30:00Z');
      expect(event.summary).toBe(`${action.status === 'done' ? 'Done' : 'Due'}: ${action.title}`);
      expect(event.description).toContain(`Owner: ${action.owner || 'not yet named'}`);
    });
    expect(uids.size).toBe(events.length);
    expect(ics).toMatch(/^DTSTART;VALUE=DATE:\d{8}\r$/m);
  });

  it('folds every line at 75 octets with CRLF, and the text survives unfolding', () => {
    const lines = ics.split('\r\n');
    expect(lines[lines.length - 1]).toBe('');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const long = events.map((e) => new ICAL.Event(e)).find((e) => e.summary.includes('夜班支持手册'))!;
    expect(long.summary).toContain(`${TRICKY.arabic}’s night team — 夜班支持手册`);
    expect(long.summary).toContain('📞');
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const formula = events.map((e) => new ICAL.Event(e)).find((e) => e.summary.includes(TRICKY.formula))!;
    expect(formula.description).toContain(`Second line with ${TRICKY.commaQuote}.`);
    const runbook = events.map((e) => new ICAL.Event(e)).find((e) => e.summary.includes('夜班支持手册'))!;
    expect(runbook.description).toContain('Cover: billing; meter readings; outages.');
    // Escaped in the raw text (read unfolded: where a line folds depends on the parameters before it).
    expect(ics.replace(/\r\n /g, '')).toContain('Cover: billing\\; meter readings\\; outages.');
  });

  it('never splits a character when folding', () => {
    const folded = foldLine(`SUMMARY:${'語'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'語'.repeat(60)}`);
  });
});
