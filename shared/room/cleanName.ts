/**
 * A name as the room keeps and shows it: control characters, bidirectional overrides and other
 * invisible formatting characters removed (a name typed on a phone must not reorder the
 * projector's text, as "\u202Egnp.exe Eve" would), whitespace folded. Zero-width joiners stay:
 * emoji sequences and some scripts need them.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const JOINERS = new Set(['\u200C', '\u200D']);
/** Line breaks and tabs separate words: they become spaces. */
const SPACES = new Set(['\t', '\n', '\r', '\u0085', '\u2028', '\u2029']);

export function cleanName(name: string): string {
  return name
    .replace(INVISIBLE, (c) => (JOINERS.has(c) ? c : SPACES.has(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}
