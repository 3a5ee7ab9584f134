/**
 * The guards of the catalogue: every language holds exactly English's ids, with the same
 * placeholders, every message is valid ICU, and ids stay sorted (so two changes merge cleanly).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FOLDER } from '../../../../electron/services/i18n/nodeCatalogues';

const files = readdirSync(CATALOGUE_FOLDER).filter((f) => f.endsWith('.json'));
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(`${CATALOGUE_FOLDER}/${file}`, 'utf8')) as Record<string, string>;
const english = read('en.json');

/** "count:plural", "name:argument", "b:tag" — what a translation must keep of its English message. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into.add(`${element.value}:argument`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(element.options)) placeholders(option.value, into);
        break;
      case TYPE.tag:
        into.add(`${element.value}:tag`);
        placeholders(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

describe('catalogues', () => {
  it('English and German are both there', () => {
    expect(files).toEqual(expect.arrayContaining(['en.json', 'de.json']));
  });

  for (const file of files) {
    describe(file, () => {
      const catalogue = read(file);

      it('is a flat map of ids to strings, sorted by id', () => {
        for (const value of Object.values(catalogue)) expect(typeof value).toBe('string');
        const ids = Object.keys(catalogue);
        expect(ids).toEqual([...ids].sort());
      });

      it('names its language and a locale Intl knows', () => {
        expect(catalogue['language.name']).toBeTruthy();
        expect(Intl.NumberFormat.supportedLocalesOf([catalogue['language.locale']!])).toHaveLength(1);
      });

      it('has exactly the ids of the English catalogue', () => {
        const missing = Object.keys(english).filter((id) => !(id in catalogue));
        const extra = Object.keys(catalogue).filter((id) => !(id in english));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('keeps every placeholder of the English message and adds none', () => {
        const differing: string[] = [];
        for (const [id, message] of Object.entries(catalogue)) {
          const source = english[id];
          if (source === undefined) continue;
          const want = [...placeholders(parse(source))].sort();
          const got = [...placeholders(parse(message))].sort();
          if (want.join() !== got.join()) differing.push(`${id}: ${got.join(' ')} ≠ ${want.join(' ')}`);
        }
        expect(differing).toEqual([]);
      });

      it('holds only valid ICU messages', () => {
        const broken: string[] = [];
        for (const [id, message] of Object.entries(catalogue)) {
          try {
            parse(message);
          } catch (error) {
            broken.push(`${id}: ${(error as Error).message}`);
          }
        }
        expect(broken).toEqual([]);
      });
    });
  }
});
