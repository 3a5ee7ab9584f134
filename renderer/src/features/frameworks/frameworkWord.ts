import type { Framework } from '../../../../shared/framework/frameworkSchema';

/** A word of a framework in a language, else in the language it was written in; null when it has none. */
export function frameworkWord(framework: Framework, language: string, key: string): string | null {
  return framework.text[language]?.[key] ?? framework.text[framework.languages[0]!]?.[key] ?? null;
}

/** A language's name in the words of another ("Englisch" in German): for sentences, where an autonym would read oddly. */
export function languageNameIn(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
