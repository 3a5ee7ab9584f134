/** The built-in framework with its words in every language the app ships, loaded once. */
import { availableLanguages, loadTranslator, type Catalogue } from '../../../../shared/i18n';
import { builtInFramework } from '../../../../shared/framework/builtInFramework';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { catalogueFiles } from '../../i18n/catalogueFiles';

let loaded: Promise<Framework> | null = null;

export function builtInWithWords(): Promise<Framework> {
  loaded ??= Promise.all(availableLanguages().map(async (tag) => [tag, await catalogueFiles[tag]!()] as const)).then(
    (entries) => builtInFramework(Object.fromEntries(entries) as Record<string, Catalogue>),
    (error: unknown) => {
      loaded = null;
      throw error;
    },
  );
  return loaded;
}

/** One message in each of the given languages (a copy's name, written in every language it holds). */
export async function wordsInEach(languages: readonly string[], words: (t: Awaited<ReturnType<typeof loadTranslator>>) => string): Promise<Record<string, string>> {
  const entries = await Promise.all(languages.map(async (language) => [language, words(await loadTranslator(language))] as const));
  return Object.fromEntries(entries);
}
