/**
 * The pieces the domain's messages are built from: lists ("A, B and C"), gap and level names,
 * quoted names, and numbers written in the locale of whoever reads the message.
 */
import { localized, msg, type Message, type MessageValue } from '../i18n';
import { formatDay } from '../text/dates';
import { formatLevel, formatNumber } from '../text/numbers';
import { formatRatio } from '../text/ratio';

/** "A", "A and B", "A, B and C" (or "… or C") in the reader's language; items may be messages. */
export function listMessage(items: readonly MessageValue[], kind: 'and' | 'or' = 'and'): MessageValue {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  if (items.length === 2) return msg(kind === 'and' ? 'common.list.and' : 'common.list.or', { first: items[0], last: items[1] });
  return msg('common.list.comma', { first: items[0], rest: listMessage(items.slice(1), kind) });
}

/** A gap's name ("Data quality", „Datenqualität“) and a level's generic name ("Planned", „Geplant“): the framework's own messages. */
export { gapNameMessage, levelNameMessage } from '../framework/localize';

/** A name in the reader's quotation marks: “Cost per call”, „Kosten pro Anruf“. */
export function quotedMessage(text: MessageValue): Message {
  return msg('common.quoted', { text });
}

/** Several sentences read as one text. */
export function sentences(parts: readonly Message[]): Message {
  return parts.reduce((first, second) => msg('common.sentences', { first, second }));
}

/** A number grouped in the reader's locale ("2,400" / „2.400“), up to one decimal. */
export const numberValue = (n: number, maximumFractionDigits = 1) => localized((locale) => formatNumber(n, maximumFractionDigits, locale));
/** A production ÷ pilot ratio: "150×", „12,5×“. */
export const ratioValue = (ratio: number) => localized((locale) => formatRatio(ratio, locale));
/** A mean or median on the 1–5 scale: "2.5", „2,5“, "—". */
export const levelValue = (value: number | null) => localized((locale) => formatLevel(value, locale));
/** A stored day: "12 Mar 2025", „12. März 2025“. */
export const dayValue = (iso: string, style: 'long' | 'short' = 'long') => localized((locale) => formatDay(iso, style, locale));
