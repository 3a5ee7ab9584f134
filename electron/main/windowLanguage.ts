/**
 * The facilitator's window language as main knows it: the menu, the native dialogs and the window
 * titles speak it. The window tells main at start and whenever the person changes it (setMenuLanguage).
 */
import { DEFAULT_LANGUAGE, matchLanguage, translatorNow, type Translator } from '../../shared/i18n';

let current = DEFAULT_LANGUAGE;

export function setMainLanguage(tag: string): string {
  current = matchLanguage(tag);
  return current;
}

/** The translator for what main shows the facilitator (catalogues are registered at start). */
export function mainTranslator(): Translator {
  return translatorNow(current);
}
