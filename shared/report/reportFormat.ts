/**
 * How values read in documents. Numbers and days are written by shared/text in the app's one
 * locale (never the laptop's), so every document says the same thing on every laptop.
 */
import type { LocalizedFact as FactDefinition } from '../framework/types';
import type { FactValue } from '../model/session';
import { APP_LOCALE } from '../text/locale';
import { formatNumber } from '../text/numbers';

export const NOT_RECORDED = 'Not recorded';

/** A fact's value with its unit: "120,000 records", "Yes", "No", the text, or "Not recorded". */
export function formatFactValue(fact: FactDefinition, value: FactValue | undefined): string {
  if (value === undefined || value === null) return NOT_RECORDED;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (fact.unit === '%') return `${formatNumber(value)}%`;
    return fact.unit ? `${formatNumber(value)} ${fact.unit}` : formatNumber(value);
  }
  const text = value.trim();
  return text === '' ? NOT_RECORDED : text;
}

/** "Yes", "No" or "Not recorded" for an optional yes/no. */
export function formatYesNo(value: boolean | null): string {
  if (value === null) return NOT_RECORDED;
  return value ? 'Yes' : 'No';
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
  const initials = letters.map((w) => [...w][0]!.toLocaleUpperCase(APP_LOCALE)).join('');
  return initials === '' ? 'RR' : initials;
}
