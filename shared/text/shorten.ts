/**
 * Text cut at a length limit, never silently: a document that must cut a text (a cell, a box, a
 * field's limit) ends it with "…" and the visible mark "(shortened)" in the document's language,
 * so the reader knows there is more in the session. The cut falls between words when a word ends
 * in the last third of the room; one long word is cut inside.
 */
import type { Translator } from '../i18n/translator';

export interface Shortened {
  text: string;
  /** Whether the text was cut (and so carries the mark). */
  shortened: boolean;
}

/** `text` in at most `max` characters (code points), the mark included when it is cut. */
export function shortenVisibly(text: string, max: number, i18n: Pick<Translator, 't'>): Shortened {
  const chars = [...text];
  if (chars.length <= max) return { text, shortened: false };
  const mark = `… ${i18n.t('cli.shortened')}`;
  const room = Math.max(0, max - [...mark].length);
  let cut = chars.slice(0, room);
  const lastSpace = cut.findLastIndex((ch) => /\s/u.test(ch));
  if (lastSpace >= Math.ceil((room * 2) / 3)) cut = cut.slice(0, lastSpace);
  return { text: `${cut.join('').trimEnd()}${mark}`, shortened: true };
}
