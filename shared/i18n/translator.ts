/**
 * A Translator turns message ids into words in one language, with ICU plurals and selects
 * (intl-messageformat) and numbers, dates and ratios through Intl in that language's locale.
 *
 * Most messages are plain text: they are returned as they are, with no formatter built for them.
 * The others are compiled once per translator, from their ICU source or from the syntax tree the
 * build parsed ahead (shared/i18n/compileCatalogue.ts: the window ships no ICU parser). One set of
 * Intl formatters serves every message of a translator.
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatToParts, IntlMessageFormat, type Formatters } from 'intl-messageformat';
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

/** Literal text, or the syntax tree of the rest. */
type Compiled = string | MessageFormatElement[];

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

  // The syntax tree is formatted directly: an IntlMessageFormat per message would resolve its
  // locale through Intl.NumberFormat.supportedLocalesOf each time, the slowest step of a
  // window's first render. (The window's build has no parser: its catalogue arrives parsed.)
  const compile = (message: CatalogueMessage): Compiled => {
    if (typeof message === 'string') return isPlainMessage(message) ? message : parse(message, { ignoreTag: true });
    return compiledText(message) ?? expandMessage(message);
  };
  const format = (tree: MessageFormatElement[], values?: Record<string, unknown>): string =>
    formatToParts(tree, locale, formatters, IntlMessageFormat.formats, values as Record<string, string | number>)
      .map((part) => String(part.value))
      .join('');

  const resolveValue = (value: MessageValue): unknown => {
    if (isLocalizedValue(value)) return value.localized(locale);
    if (isMessage(value)) return translate(value.id, value.values);
    return value;
  };

  function translate(id: string, values?: MessageValues): string {
    let message = compiled.get(id);
    if (message === undefined) {
      const source = catalogue[id];
      if (source === undefined) {
        onMissing(`The ${language} catalogue has no message "${id}".`);
        return id;
      }
      message = compile(source);
      compiled.set(id, message);
    }
    if (typeof message === 'string') return message;
    if (values === undefined) return format(message);
    const resolved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) resolved[key] = resolveValue(value);
    return format(message, resolved);
  }

  return {
    language,
    locale,
    t: (id, values) => translate(id, values),
    text: (message) => translate(message.id, message.values),
    has: (id) => catalogue[id] !== undefined,
  };
}
