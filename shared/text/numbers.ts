/**
 * Numbers as people read and type them: grouped ("2,400,000"), at most one decimal on screen, and
 * typed back in with or without the grouping. One rule for the window, the phone and the documents.
 */
import { APP_LOCALE, numberFormat } from './locale';

/** "2,400,000", "12.5", "0.3": grouped, with up to `maximumFractionDigits` decimals (trailing zeros dropped). */
export function formatNumber(n: number, maximumFractionDigits = 1, locale: string = APP_LOCALE): string {
  return numberFormat(locale, { maximumFractionDigits }).format(n);
}

/**
 * A file's size in megabytes, "50.1 MB": rounded up, so a file just over a limit never reads as
 * the limit itself.
 */
export function formatMegabytes(bytes: number, locale: string = APP_LOCALE): string {
  return `${formatNumber(Math.ceil(bytes / 1024 / 1024 * 10) / 10, 1, locale)} MB`;
}

/** What a number field shows for a stored value: grouped like the display, every decimal kept. */
export function formatNumberInput(n: number, locale: string = APP_LOCALE): string {
  return numberFormat(locale, { maximumFractionDigits: 10 }).format(n);
}

/** A median or a mean on the 1–5 scale: "2", "2.5", or "—" when there is none. */
export function formatLevel(value: number | null, locale: string = APP_LOCALE): string {
  return value === null || !Number.isFinite(value) ? '—' : formatNumber(value, 1, locale);
}

/** A difference between two means: "+1.5", "-0.5", "0". */
export function formatDifference(value: number, locale: string = APP_LOCALE): string {
  return numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

function separatorsOf(locale: string): { group: string; decimal: string } {
  const parts = numberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * A number as typed: "2,400,000", "2 400 000", "2400000" and "1_000" all read as numbers; the
 * locale's grouping and spaces are ignored and its decimal mark is understood.
 */
export function parseNumber(text: string, locale: string = APP_LOCALE): ParsedNumber {
  const { group, decimal } = separatorsOf(locale);
  let plain = text.replace(/[\s\u00a0\u202f_]/g, '');
  if (plain === '') return { kind: 'empty' };
  plain = plain.split(group).join('');
  if (decimal !== '.') plain = plain.split(decimal).join('.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return { kind: 'invalid' };
  const value = Number(plain);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
