import { describe, expect, it } from 'vitest';
import { createTranslator, localized, msg, type MessageId } from '../../../../shared/i18n';
import { availableLanguages, languageName, matchLanguage, translatorNow } from '../../../../shared/i18n';
import { formatRatio } from '../../../../shared/text/ratio';

// Ids outside the real catalogue are made up here to test the mechanism itself.
const id = (value: string) => value as MessageId;

const english = createTranslator('en', {
  'language.locale': 'en-GB',
  'test.count': '{count, plural, one {# action} other {# actions}}',
  'test.nested': 'Gap: {gap}',
  'test.gap': 'Data quality',
  'test.ratio': 'Production is {ratio} the pilot',
});
const missing: string[] = [];
const german = createTranslator(
  'de',
  {
    'language.locale': 'de-DE',
    'test.count': '{count, plural, one {# Maßnahme} other {# Maßnahmen}}',
  },
  (report) => missing.push(report),
);

describe('translator', () => {
  it('chooses plural forms and groups numbers in its locale', () => {
    expect(english.t(id('test.count'), { count: 1 })).toBe('1 action');
    expect(english.t(id('test.count'), { count: 2400 })).toBe('2,400 actions');
    expect(german.t(id('test.count'), { count: 2400 })).toBe('2.400 Maßnahmen');
  });

  it('resolves nested messages and values written by shared/text', () => {
    expect(english.text(msg(id('test.nested'), { gap: msg(id('test.gap')) }))).toBe('Gap: Data quality');
    const ratio = localized((locale) => formatRatio(12.5, locale));
    expect(english.t(id('test.ratio'), { ratio })).toBe('Production is 12.5× the pilot');
  });

  it('shows the id of a message its catalogue lacks and reports it, never throws', () => {
    expect(german.t(id('test.gap'))).toBe('test.gap');
    expect(missing).toEqual(['The de catalogue has no message "test.gap".']);
  });
});

describe('languages', () => {
  it('lists English first and matches regional tags to their language', () => {
    expect(availableLanguages()[0]).toBe('en');
    expect(availableLanguages()).toContain('de');
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('xx')).toBe('en');
    expect(languageName('de')).toBe('Deutsch');
  });

  it('loads the real catalogues with their locales', () => {
    expect(translatorNow('de').locale).toBe('de-DE');
    expect(translatorNow('en').t('common.cancel')).toBe('Cancel');
    expect(translatorNow('de-CH').t('common.cancel')).toBe('Abbrechen');
  });
});
