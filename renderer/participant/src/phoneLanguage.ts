/**
 * The language this phone shows: the one its person chose on this phone (remembered in its
 * localStorage), else the session's (the laptop says it with every state, and in the page's
 * `<html lang>`), else English. Choosing changes nothing for anyone else, nor in the session.
 * Only the catalogue of the language shown is loaded.
 */
import { availableLanguages, languageName, loadTranslator, matchLanguage, type Translator } from '../../../shared/i18n';
import { h } from './dom';

const STORAGE_KEY = 'readiness-room.phone-language';

export interface LanguagePreference {
  load(): string | null;
  save(tag: string): void;
}

export function localLanguagePreference(storage: Storage | null): LanguagePreference {
  let memory: string | null = null;
  return {
    load: () => {
      try {
        const stored = storage ? storage.getItem(STORAGE_KEY) : memory;
        return stored && availableLanguages().includes(stored) ? stored : null;
      } catch {
        return memory;
      }
    },
    save: (tag) => {
      memory = tag;
      try {
        storage?.setItem(STORAGE_KEY, tag);
      } catch {
        // Private browsing may refuse storage: the choice holds until the page is reloaded.
      }
    },
  };
}

/** The language to show: the person's choice, else the session's, else English. */
export function phoneLanguage(chosen: string | null, session: string | null): string {
  return matchLanguage(chosen ?? session);
}

/** Loads a language and puts it on the page: `<html lang>` (hyphenation, screen readers) and the title. */
export async function translatorFor(tag: string): Promise<Translator> {
  const translator = await loadTranslator(tag);
  document.documentElement.lang = translator.language;
  document.title = translator.t('phone.page.title');
  return translator;
}

/**
 * The small language control: a labelled native select listing every language by its own name.
 * `choose` is called with the tag the person picked.
 */
export function languageControl(choose: (tag: string) => void): { node: HTMLElement; update(current: Translator): void } {
  const select = h('select', { id: 'phone-language', className: 'lang-select' }) as HTMLSelectElement;
  for (const tag of availableLanguages()) select.append(h('option', { value: tag, lang: tag }, languageName(tag)));
  select.addEventListener('change', () => choose(select.value));
  const label = h('label', { for: 'phone-language', className: 'lang-label' });
  const node = h('div', { className: 'lang-switch' }, label, select);
  return {
    node,
    update(current) {
      label.textContent = current.t('phone.language.label');
      select.value = current.language;
    },
  };
}
