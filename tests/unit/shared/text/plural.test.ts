import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../../../shared/text/plural';

describe('plural', () => {
  it('says one for exactly one and the other form for every other count, zero included', () => {
    expect(plural(1, 'action')).toBe('1 action');
    expect(plural(0, 'action')).toBe('0 actions');
    expect(plural(2, 'action')).toBe('2 actions');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(plural(1, 'person', 'people')).toBe('1 person');
  });

  it('groups the count like every other number', () => {
    expect(plural(1200, 'record')).toBe('1,200 records');
  });

  it('gives the word alone for verbs and phrases', () => {
    expect(pluralWord(1, 'was', 'were')).toBe('was');
    expect(pluralWord(3, 'was', 'were')).toBe('were');
    expect(pluralWord(0, 'gap has', 'gaps have')).toBe('gaps have');
  });
});
