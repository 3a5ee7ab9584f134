import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatAgo, formatDay, formatInstant, formatMonth, isCalendarDay, isIsoDate, localDay } from '../../../../shared/text/dates';

// UTC+2 all year (the POSIX sign is inverted): no daylight-saving change moves the boundaries.
const UTC_PLUS_2 = 'Etc/GMT-2';

describe('localDay in UTC+2', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = UTC_PLUS_2;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('is the local day at 23:30, when UTC is still on the same day', () => {
    const at = Date.UTC(2026, 2, 12, 21, 30); // 23:30 on 12 March in UTC+2
    expect(new Date(at).getHours()).toBe(23); // the zone really is in force
    expect(localDay(at)).toBe('2026-03-12');
  });

  it('is the local day at 00:30, when UTC is still on the day before', () => {
    const at = Date.UTC(2026, 2, 12, 22, 30); // 00:30 on 13 March in UTC+2
    expect(new Date(at).toISOString().slice(0, 10)).toBe('2026-03-12');
    expect(localDay(at)).toBe('2026-03-13');
  });

  it('shows an instant in local time', () => {
    expect(formatInstant(Date.UTC(2026, 2, 12, 22, 30), 'dayClock')).toBe('13 Mar, 00:30');
  });

  it('shows a stored day as written, whatever the zone', () => {
    expect(formatDay('2026-03-13')).toBe('13 March 2026');
  });
});

describe('days', () => {
  it('knows a stored day by its shape', () => {
    expect(isIsoDate('2026-03-12')).toBe(true);
    expect(isIsoDate('2026-3-12')).toBe(false);
    expect(isIsoDate('12/03/2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('knows a real calendar day', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-1-01')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('writes a day out, and leaves what is not a day as it is', () => {
    expect(formatDay('2025-03-12')).toBe('12 March 2025');
    expect(formatDay('2025-03-12', 'short')).toBe('12 Mar 2025');
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    expect(formatDay('next Tuesday')).toBe('next Tuesday');
    expect(formatMonth('2026-12')).toBe('December 2026');
    expect(formatMonth('2026-13')).toBe('2026-13');
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-11', '2026-03-12')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-02')).toBe(2);
    expect(() => addDays('soon', 1)).toThrow(RangeError);
  });

  it('says how long ago', () => {
    const now = Date.UTC(2026, 2, 12, 12, 0);
    expect(formatAgo(now - 59_000, now)).toBe('just now');
    expect(formatAgo(now - 12 * 60_000, now)).toBe('12 minutes ago');
    expect(formatAgo(now - 3 * 3_600_000, now)).toBe('3 hours ago');
    expect(formatAgo(now - 30 * 3_600_000, now)).toBe('yesterday');
  });

  it('refuses an invalid instant with null', () => {
    expect(formatInstant('not a time', 'clock')).toBeNull();
  });
});
