/**
 * A Translator turns message ids into words in one language, with ICU plurals and selects
 * (intl-messageformat) and numbers, dates and ratios through Intl in that language's locale.
 *
 * Most messages are plain text: they are returned as they are, with no formatter built for them.
 * The others are compiled once per translator, from their ICU source or from the syntax tree the
 * build parsed ahead (shared/i18n/compileCatalogue.ts: the window ships no ICU parser). One set of
 * Intl formatters serves every message of a translator.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { compiledText, expandMessage, type CompiledMessage } from './compiledMessage';
import { isLocalizedValue, isMessage, type Message, type MessageValue, type MessageValues } from './message';
import type { MessageId } from './messageIds';

/** A message as a catalogue holds it: its ICU source, or that source already parsed by the build. */
export type CatalogueMessage = string | CompiledMessage;

/**
 * A catalogue: flat, id → ICU message. `language.name` and `language.locale` are required. The
 * files hold sources only; the window's build hands over a compiled one (compileCatalogue).
 */
export type Catalogue = Readonly<Record<string, CatalogueMessage>>;

export interface Translator {
  /** The language tag of the catalogue: "en", "de". */
  readonly language: string;
  /** The locale numbers and dates are written in: "en-GB", "de-DE". */
  readonly locale: string;
  /** The words for an id. */
  t(id: MessageId, values?: MessageValues): string;
  /** The words for a message that shared/ returned. */
  text(message: Message): string;
  /** Whether the catalogue has this id (a framework may name ids a custom catalogue lacks). */
  has(id: string): boolean;
}

/**
 * A missing id never breaks a screen or a document: the id itself is shown and reported once.
 * (The catalogue test keeps every language complete; this is for a catalogue added by hand.)
 */
export type MissingMessageHandler = (report: string) => void;

// shared/ is typed without DOM or Node; every host it runs in has a console.
declare const console: { error(report: string): void };

const reported = new Set<string>();
const reportOnce: MissingMessageHandler = (report) => {
  if (reported.has(report)) return;
  reported.add(report);
  console.error(report);
};

/**
 * Whether an ICU source is plain text, read as it is written: without braces there is no
 * argument, plural or select (and `#` means nothing outside a plural), and without an apostrophe
 * nothing is quoted.
 */
export function isPlainMessage(source: string): boolean {
  return !/[{}']/.test(source);
}

/** Literal text, or a formatter for the rest. */
type Compiled = string | IntlMessageFormat;

/** The Intl formatters of one translator, each built once per set of options. */
function sharedFormatters(): Formatters {
  const remembered = <A extends unknown[], F>(make: (...args: A) => F) => {
    const made = new Map<string, F>();
    return (...args: A): F => {
      const key = JSON.stringify(args);
      let found = made.get(key);
      if (found === undefined) {
        found = make(...args);
        made.set(key, found);
      }
      return found;
    };
  };
  return {
    getNumberFormat: remembered((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
    getDateTimeFormat: remembered((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
    getPluralRules: remembered((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
  };
}

export function createTranslator(language: string, catalogue: Catalogue, onMissing: MissingMessageHandler = reportOnce): Translator {
  const declaredLocale = catalogue['language.locale'];
  const locale = typeof declaredLocale === 'string' ? declaredLocale : language;
  const formatters = sharedFormatters();
  const compiled = new Map<string, Compiled>();

  const formatter = (message: string | MessageFormatElement[]) => new IntlMessageFormat(message, locale, undefined, { ignoreTag: true, formatters });
  const compile = (message: CatalogueMessage): Compiled => {
    if (typeof message === 'string') return isPlainMessage(message) ? message : formatter(message);
    return compiledText(message) ?? formatter(expandMessage(message));
  };

  const resolveValue = (value: MessageValue): unknown => {
    if (isLocalizedValue(value)) return value.localized(locale);
    if (isMessage(value)) return translate(value.id, value.values);
    return value;
  };

  function translate(id: string, values?: MessageValues): string {
    let format = compiled.get(id);
    if (format === undefined) {
      const source = catalogue[id];
      if (source === undefined) {
        onMissing(`The ${language} catalogue has no message "${id}".`);
        return id;
      }
      format = compile(source);
      compiled.set(id, format);
    }
    if (typeof format === 'string') return format;
    if (values === undefined) return String(format.format());
    const resolved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) resolved[key] = resolveValue(value);
    return String(format.format(resolved as Record<string, string | number | boolean | Date | null | undefined>));
  }

  return {
    language,
    locale,
    t: (id, values) => translate(id, values),
    text: (message) => translate(message.id, message.values),
    has: (id) => catalogue[id] !== undefined,
  };
}
