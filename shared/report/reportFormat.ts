/**
 * How values read in documents. Pure and locale-free (dates are written out in English, numbers
 * with en-US grouping) so every document says the same thing on every laptop.
 */
import type { FactDefinition } from '../framework/types';
import type { FactValue } from '../model/session';
import { formatCount } from '../scoring/ratioReadout';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-12" → "12 March 2025"; anything else is returned as it is. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "12 Mar 2025": for table cells. */
export function formatShortDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month.slice(0, 3)} ${match[1]}` : iso;
}

/** The calendar day of an instant, in UTC, as YYYY-MM-DD. */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const NOT_RECORDED = 'Not recorded';

/** A fact's value with its unit: "120,000 records", "Yes", "No", the text, or "Not recorded". */
export function formatFactValue(fact: FactDefinition, value: FactValue | undefined): string {
  if (value === undefined || value === null) return NOT_RECORDED;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (fact.unit === '%') return `${formatCount(value)}%`;
    return fact.unit ? `${formatCount(value)} ${fact.unit}` : formatCount(value);
  }
  const text = value.trim();
  return text === '' ? NOT_RECORDED : text;
}

/** "Yes", "No" or "Not recorded" for an optional yes/no. */
export function formatYesNo(value: boolean | null): string {
  if (value === null) return NOT_RECORDED;
  return value ? 'Yes' : 'No';
}

/** A median or mean: "2", "2.5". */
export function formatLevelNumber(value: number | null): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** One line of text from a field that may hold several: runs of white space become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Letters safe in a file name on Windows, macOS and Linux; the rest becomes a space. */
export function safeFileName(text: string, maxLength = 90): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = text.replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = [...cleaned].slice(0, maxLength).join('').trim();
  return cut === '' ? 'Readiness Room' : cut;
}

/** Up to two capital letters from a firm's name, for the monogram that stands in for a logo. */
export function monogramOf(name: string): string {
  const words = name
    .split(/[\s\-–—&+/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const letters = words.length >= 2 ? [words[0]!, words[1]!] : words.length === 1 ? [words[0]!] : [];
  const initials = letters.map((w) => [...w][0]!.toLocaleUpperCase('en-US')).join('');
  return initials === '' ? 'RR' : initials;
}
