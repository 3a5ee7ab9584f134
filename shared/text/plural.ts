/** Counted nouns: "1 action", "3 actions", with the locale's plural rule choosing the form. */
import { APP_LOCALE, pluralRules } from './locale';
import { formatNumber } from './numbers';

/** The form of a word (or phrase) that goes with `count`: pluralWord(1, 'was', 'were') → "was". */
export function pluralWord(count: number, one: string, other = `${one}s`, locale: string = APP_LOCALE): string {
  return pluralRules(locale).select(count) === 'one' ? one : other;
}

/** The count and the word: plural(3, 'action') → "3 actions"; plural(1200, 'record') → "1,200 records". */
export function plural(count: number, one: string, other = `${one}s`, locale: string = APP_LOCALE): string {
  return `${formatNumber(count, 1, locale)} ${pluralWord(count, one, other, locale)}`;
}
