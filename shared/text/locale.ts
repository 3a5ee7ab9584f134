/**
 * The one locale the app writes in, and the `Intl` objects built for it.
 *
 * Every helper in shared/text takes a locale (default APP_LOCALE) so a language chosen later can be
 * passed in without changing the rules. `Intl` constructors are slow (tens of milliseconds for the
 * first few), so each formatter is built on first use and kept: nothing is built at import.
 */
export const APP_LOCALE = 'en-GB';

const built = new Map<string, unknown>();

function memo<T>(kind: string, locale: string, options: object, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = built.get(key) as T | undefined;
  if (found === undefined) {
    found = build();
    built.set(key, found);
  }
  return found;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return memo('plural', locale, {}, () => new Intl.PluralRules(locale));
}

export function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  return memo('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return memo('collator', locale, options, () => new Intl.Collator(locale, options));
}

/** How many formatters exist: lets a test prove that importing builds none. */
export function builtFormatterCount(): number {
  return built.size;
}
