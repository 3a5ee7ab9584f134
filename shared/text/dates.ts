/**
 * Calendar days and instants as people mean them.
 *
 * A day is a YYYY-MM-DD string on the local calendar of the laptop in the room: "today" is the
 * facilitator's today, not UTC's (at 00:30 in UTC+2 it is already tomorrow there, still yesterday
 * in UTC). A stored day is shown as written, whatever the time zone; an instant is shown in local time.
 */
import { APP_LOCALE, dateTimeFormat, relativeTimeFormat } from './locale';

/** The shape of a stored day. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant (now by default): 23:30 on 12 March in UTC+2 is "…-03-12". */
export function localDay(at: Date | number = Date.now()): string {
  const date = typeof at === 'number' ? new Date(at) : at;
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** Year, month and day of a real calendar day, or null ("2026-02-30" is not one). */
function partsOf(iso: string): { y: number; m: number; d: number } | null {
  if (!ISO_DATE.test(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d ? { y, m, d } : null;
}

/** A stored day that the calendar knows: "2024-02-29" is one, "2025-02-29" is not. */
export function isCalendarDay(value: unknown): value is string {
  return typeof value === 'string' && partsOf(value) !== null;
}

/** The day `days` after (or before, if negative) a day: addDays('2026-02-28', 1) → "2026-03-01". */
export function addDays(iso: string, days: number): string {
  const p = partsOf(iso);
  if (!p) throw new RangeError(`Not a calendar day: ${iso}`);
  return new Date(Date.UTC(p.y, p.m - 1, p.d + days)).toISOString().slice(0, 10);
}

/** Whole days from one day to another: daysBetween('2026-03-11', '2026-03-12') → 1. */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = partsOf(fromIso);
  const b = partsOf(toIso);
  if (!a || !b) throw new RangeError(`Not a calendar day: ${a ? toIso : fromIso}`);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
}

const DAY_STYLES = {
  /** "12 March 2025": prose and document covers. */
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  /** "12 Mar 2025": table cells and lists. */
  short: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A stored day for reading: "12 March 2025" (or "12 Mar 2025"); anything that is not a day is returned as it is. */
export function formatDay(iso: string, style: keyof typeof DAY_STYLES = 'long', locale: string = APP_LOCALE): string {
  const p = partsOf(iso);
  return p ? dateTimeFormat(locale, DAY_STYLES[style]).format(Date.UTC(p.y, p.m - 1, p.d)) : iso;
}

/**
 * A day as a person typed it in a spreadsheet, read back into a stored day, or null: "2026-04-05",
 * the day-first numbers both our locales write ("5.4.2026", "05/04/2026") and the locale's own
 * month names ("5 Apr 2026", "5. April 2026"). Month-first numbers are not guessed at.
 */
export function readTypedDay(text: string, locale: string = APP_LOCALE): string | null {
  const trimmed = text.trim();
  if (ISO_DATE.test(trimmed)) return isCalendarDay(trimmed) ? trimmed : null;
  const day = (y: number, m: number, d: number): string | null => {
    const iso = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
    return isCalendarDay(iso) ? iso : null;
  };
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (numeric) return day(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\.?\s+([\p{L}.]+)\s+(\d{4})$/u.exec(trimmed);
  if (!named) return null;
  const month = monthByName(locale).get(named[2]!.replace(/\.$/, '').toLocaleLowerCase(locale));
  return month ? day(Number(named[3]), month, Number(named[1])) : null;
}

/** The locale's long and short month names and their first three letters (lower case, no final dot) → 1–12. */
function monthByName(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const style of ['long', 'short'] as const) {
    const format = dateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const name = format.format(Date.UTC(2000, m - 1, 1)).replace(/\.$/, '').toLocaleLowerCase(locale);
      names.set(name, m);
      // "Sep" as well as the locale's "Sept": the first three letters of a name are always understood.
      if (style === 'long') names.set(name.slice(0, 3), m);
    }
  }
  return names;
}

/** "2026-03" → "March 2026"; anything else is returned as it is. */
export function formatMonth(yearMonth: string, locale: string = APP_LOCALE): string {
  const p = partsOf(`${yearMonth}-01`);
  return p ? dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(p.y, p.m - 1, 1)) : yearMonth;
}

const INSTANT_STYLES = {
  /** "10:42" */
  clock: { hour: '2-digit', minute: '2-digit' },
  /** "12 Mar, 10:42" */
  dayClock: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  /** "12 March, 10:42" */
  longDayClock: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  /** "Thu 12 Mar, 10:42" */
  weekdayClock: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  /** "12 Mar 2026, 10:42" */
  dateClock: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type InstantStyle = keyof typeof INSTANT_STYLES;

/** A moment in local time, in one of the app's styles; null when `at` is not a valid time. */
export function formatInstant(at: Date | number | string, style: InstantStyle, locale: string = APP_LOCALE): string | null {
  const date = at instanceof Date ? at : new Date(at);
  return Number.isFinite(date.getTime()) ? dateTimeFormat(locale, INSTANT_STYLES[style]).format(date) : null;
}

/** "just now", "12 minutes ago", "3 hours ago", "yesterday", "4 days ago". */
export function formatAgo(at: Date | number, now: Date | number, locale: string = APP_LOCALE): string {
  const seconds = Math.round((Number(now) - Number(at)) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  const relative = relativeTimeFormat(locale);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  return relative.format(-Math.round(hours / 24), 'day');
}
