/**
 * The window's language, chosen from the facilitator's saved preference or else the system's. Light
 * on purpose (no store, no formatter): main.ts uses it to fetch the catalogue before the app loads.
 */
import { bestLanguage } from '../../../shared/i18n/languageTags';
import { catalogueFiles } from './catalogueFiles';

/** Where the store keeps the preferences (zustand persist: `{ state: { windowLanguage, … } }`). */
export const PREFERENCES_KEY = 'readiness-room.preferences';

/** The catalogue the window speaks for a preference; null follows the system's language. */
export function windowLanguageFor(preference: string | null): string {
  const system = typeof navigator === 'undefined' ? null : navigator.language;
  return bestLanguage(preference ?? system, (tag) => Object.hasOwn(catalogueFiles, tag));
}

/** The saved preference, read before the store exists; null when none or unreadable. */
export function savedWindowLanguage(): string | null {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? 'null');
    const tag = (saved as { state?: { windowLanguage?: unknown } } | null)?.state?.windowLanguage;
    return typeof tag === 'string' ? tag : null;
  } catch {
    return null;
  }
}
