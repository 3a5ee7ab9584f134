/**
 * A Translator turns message ids into words in one language, with ICU plurals and selects
 * (intl-messageformat) and numbers, dates and ratios through Intl in that language's locale.
 * Compiled messages are kept per translator: a screen re-rendering the same ids compiles nothing.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { isLocalizedValue, isMessage, type Message, type MessageValue, type MessageValues } from './message';
import type { MessageId } from './messageIds';

/** A catalogue file: flat, id → ICU message. `language.name` and `language.locale` are required. */
export type Catalogue = Readonly<Record<string, string>>;

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

export function createTranslator(language: string, catalogue: Catalogue, onMissing: MissingMessageHandler = reportOnce): Translator {
  const locale = catalogue['language.locale'] ?? language;
  const compiled = new Map<string, IntlMessageFormat>();

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
      format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
      compiled.set(id, format);
    }
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
