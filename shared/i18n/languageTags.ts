/**
 * Language tags and the rule that picks one: no catalogue and no formatter here, so the window's
 * tiny first module can choose which catalogue to fetch before anything else is loaded.
 */
export const DEFAULT_LANGUAGE = 'en';
/** A language tag as files and sessions carry it: "en", "de", "pt-BR". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/;

/** The best available language for a wish ("de-AT" → "de"), else English. */
export function bestLanguage(wanted: string | null | undefined, isAvailable: (tag: string) => boolean): string {
  if (!wanted) return DEFAULT_LANGUAGE;
  if (isAvailable(wanted)) return wanted;
  const base = wanted.split('-')[0]!.toLowerCase();
  return isAvailable(base) ? base : DEFAULT_LANGUAGE;
}
