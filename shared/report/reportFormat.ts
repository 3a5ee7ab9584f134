/**
 * How values read in documents. Numbers and days are written by shared/text in the documents'
 * locale (the session's language, never the laptop's), so every document says the same thing on
 * every laptop.
 */
import type { LocalizedFact as FactDefinition } from '../framework/types';
import type { Translator } from '../i18n/translator';
import type { FactValue } from '../model/session';
import { APP_LOCALE } from '../text/locale';
import { formatNumber } from '../text/numbers';

/** A value as a document writes it, and whether anything was recorded at all. */
export interface FormattedValue {
  text: string;
  recorded: boolean;
}

/** A fact's value with its unit: "120,000 records" ("120.000 records" in German), "Yes", "No", the text, or "Not recorded". */
export function formatFactValue(fact: FactDefinition, value: FactValue | undefined, i18n: Translator): FormattedValue {
  const missing = { text: i18n.t('report.value.notRecorded'), recorded: false };
  if (value === undefined || value === null) return missing;
  if (typeof value === 'boolean') return { text: i18n.t(value ? 'common.yes' : 'common.no'), recorded: true };
  if (typeof value === 'number') {
    const n = formatNumber(value, 1, i18n.locale);
    if (fact.unit === '%') return { text: i18n.t('report.value.percent', { value: n }), recorded: true };
    return { text: fact.unit ? `${n} ${fact.unit}` : n, recorded: true };
  }
  const text = value.trim();
  return text === '' ? missing : { text, recorded: true };
}

/** "Yes", "No" or "Not recorded" for an optional yes/no. */
export function formatYesNo(value: boolean | null, i18n: Translator): FormattedValue {
  if (value === null) return { text: i18n.t('report.value.notRecorded'), recorded: false };
  return { text: i18n.t(value ? 'common.yes' : 'common.no'), recorded: true };
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
