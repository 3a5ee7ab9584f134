/**
 * The languages the app can speak: one catalogue file each in shared/i18n/catalogues/ (adding a
 * language is adding one file). Each environment registers how it reaches the files — the window
 * and the phone page load them lazily (Vite), Node reads them from disk — and asks for a Translator
 * by tag. A catalogue is loaded only when its language is asked for.
 */
import { bestLanguage, DEFAULT_LANGUAGE, LANGUAGE_TAG } from './languageTags';
import { createTranslator, type Catalogue, type Translator } from './translator';

export { DEFAULT_LANGUAGE, LANGUAGE_TAG };

export type CatalogueLoader = () => Catalogue | Promise<Catalogue>;

const loaders = new Map<string, CatalogueLoader>();
const loaded = new Map<string, Promise<Translator>>();
const loadedNow = new Map<string, Translator>();

/** Tell the app where each catalogue is; the tag is the file's name without ".json". */
export function registerCatalogues(byTag: Readonly<Record<string, CatalogueLoader>>): void {
  for (const [tag, loader] of Object.entries(byTag)) {
    if (!LANGUAGE_TAG.test(tag)) throw new Error(`"${tag}" is not a language tag a catalogue file may be named after.`);
    loaders.set(tag, loader);
    loaded.delete(tag);
    loadedNow.delete(tag);
  }
}

/** The tags of every registered catalogue, English first, then alphabetical. */
export function availableLanguages(): string[] {
  return [...loaders.keys()].sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));
}

/** The best registered language for a wish ("de-AT" → "de"), else English. */
export function matchLanguage(wanted: string | null | undefined): string {
  return bestLanguage(wanted, (tag) => loaders.has(tag));
}

/** A language's own name for itself ("Deutsch"), from Intl, so listing languages loads no catalogue. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

export function loadTranslator(tag: string): Promise<Translator> {
  const language = matchLanguage(tag);
  let found = loaded.get(language);
  if (found === undefined) {
    const loader = loaders.get(language);
    if (loader === undefined) return Promise.reject(new Error(`No catalogue is registered for "${language}".`));
    found = Promise.resolve(loader()).then((catalogue) => createTranslator(language, catalogue));
    loaded.set(language, found);
  }
  return found;
}

/** For Node, where catalogues are read synchronously: the translator at once. */
export function translatorNow(tag: string): Translator {
  const language = matchLanguage(tag);
  const known = loadedNow.get(language);
  if (known !== undefined) return known;
  const loader = loaders.get(language);
  if (loader === undefined) throw new Error(`No catalogue is registered for "${language}".`);
  const catalogue = loader();
  if (catalogue instanceof Promise) throw new Error(`The "${language}" catalogue loads asynchronously here; use loadTranslator.`);
  const translator = createTranslator(language, catalogue);
  loadedNow.set(language, translator);
  return translator;
}
