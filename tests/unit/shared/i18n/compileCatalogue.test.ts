/**
 * The window's catalogues are parsed by the build (compileCatalogue) and formatted without a
 * parser: every message of every real catalogue must read from its compiled form exactly as
 * intl-messageformat reads its source, for every plural form and select option it has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FOLDER } from '../../../../electron/services/i18n/nodeCatalogues';
import { compileCatalogue } from '../../../../shared/i18n/compileCatalogue';
import { compactMessage, expandMessage } from '../../../../shared/i18n/compiledMessage';
import { createTranslator, isPlainMessage, type MessageId, type MessageValues } from '../../../../shared/i18n';

const files = readdirSync(CATALOGUE_FOLDER).filter((f) => f.endsWith('.json'));
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(`${CATALOGUE_FOLDER}/${file}`, 'utf8')) as Record<string, string>;

/** Values that walk a message's branches: each plural count and each select option, one set per branch. */
function valueSets(elements: MessageFormatElement[]): Record<string, string | number>[] {
  const base: Record<string, string | number> = {};
  const variations: Record<string, string | number>[] = [];
  const walk = (list: MessageFormatElement[]): void => {
    for (const element of list) {
      if (element.type === TYPE.argument) base[element.value] = `‹${element.value}›`;
      else if (element.type === TYPE.number) base[element.value] = 2400.5;
      else if (element.type === TYPE.plural) {
        base[element.value] = 1;
        for (const count of [0, 1, 2, 5, 21, 1000]) variations.push({ [element.value]: count });
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.select) {
        base[element.value] = 'other';
        for (const key of Object.keys(element.options)) variations.push({ [element.value]: key });
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(elements);
  return [base, ...variations.map((variation) => ({ ...base, ...variation }))];
}

describe('compiled catalogues', () => {
  for (const file of files) {
    it(`${file} reads compiled as its source reads`, () => {
      const source = read(file);
      const compiled = compileCatalogue(source);
      const translator = createTranslator('xx', compiled);
      const locale = source['language.locale']!;
      expect(translator.locale).toBe(locale);
      let plain = 0;
      for (const [id, message] of Object.entries(source)) {
        if (typeof compiled[id] === 'string') plain++;
        const reference = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
        for (const values of valueSets(parse(message, { ignoreTag: true }))) {
          expect(translator.t(id as MessageId, values as MessageValues), id).toBe(String(reference.format(values)));
        }
      }
      // Most messages are plain text, which the translator returns with no formatter at all.
      expect(plain).toBeGreaterThan(Object.keys(source).length / 2);
    });

    it(`${file}: the compact form gives back the parser's syntax tree`, () => {
      for (const message of Object.values(read(file))) {
        const tree = parse(message, { ignoreTag: true });
        expect(expandMessage(compactMessage(tree))).toEqual(tree);
      }
    });
  }

  it('keeps the source of a plain message, so it is read as written', () => {
    const compiled = compileCatalogue({ 'language.locale': 'en-GB', plain: 'Close the session', quoted: "The room's {count, plural, one {# vote} other {# votes}}" });
    expect(compiled.plain).toBe('Close the session');
    expect(Array.isArray(compiled.quoted)).toBe(true);
  });

  it('reads any text without braces or apostrophes as itself, as the ICU parser does', () => {
    // Often the characters ICU treats specially, so the property meets them.
    const unit = fc.oneof(fc.constantFrom("'", '#', '<', '>', '/', '|', '\\', '’', ' ', 'a'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        fc.pre(isPlainMessage(text));
        const parsed = parse(text, { ignoreTag: true });
        expect(parsed.map((element) => (element.type === TYPE.literal ? element.value : '?')).join('')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the message that is not valid ICU', () => {
    expect(() => compileCatalogue({ 'language.locale': 'en-GB', 'broken.one': 'Hello {name' })).toThrow(/"broken\.one" is not a valid ICU message/);
  });
});
