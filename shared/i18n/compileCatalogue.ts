/**
 * The build parses a catalogue's ICU messages ahead, so the window needs no ICU parser and parses
 * nothing at run time: plain messages stay as they are (the translator returns them as written),
 * the others become the syntax trees intl-messageformat formats, written compactly
 * (compiledMessage.ts). Parsed exactly as the translator
 * would parse the source; a message that does not parse fails the build.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { compactMessage } from './compiledMessage';
import { isPlainMessage, type CatalogueMessage } from './translator';

export function compileCatalogue(catalogue: Readonly<Record<string, string>>): Record<string, CatalogueMessage> {
  const locale = catalogue['language.locale'];
  const parseLocale = locale === undefined ? undefined : new Intl.Locale(locale);
  const compiled: Record<string, CatalogueMessage> = {};
  for (const [id, source] of Object.entries(catalogue)) {
    try {
      compiled[id] = isPlainMessage(source) ? source : compactMessage(parse(source, { ignoreTag: true, locale: parseLocale }));
    } catch (error) {
      throw new Error(`The message "${id}" is not a valid ICU message: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return compiled;
}
