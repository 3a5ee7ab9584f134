// @vitest-environment jsdom
/**
 * The window's first module picks the catalogue to fetch from the saved preference before the
 * store exists: it must pick what the store will (a wrong guess fetches a language not in use).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueFiles } from '../../../../renderer/src/i18n/catalogueFiles';
import { PREFERENCES_KEY, savedWindowLanguage, windowLanguageFor } from '../../../../renderer/src/i18n/windowLanguagePreference';
import { useAppStore } from '../../../../renderer/src/store/appStore';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('the window language read before the app starts', () => {
  it('lists one lazily loaded catalogue per language file', () => {
    expect(Object.keys(catalogueFiles).sort()).toEqual(['de', 'en']);
  });

  it('reads the preference the store saves', async () => {
    await useAppStore.getState().setWindowLanguage('de');
    expect(localStorage.getItem(PREFERENCES_KEY)).toContain('"windowLanguage":"de"');
    expect(savedWindowLanguage()).toBe('de');
    expect(windowLanguageFor(savedWindowLanguage())).toBe('de');
    await useAppStore.getState().setWindowLanguage(null);
    expect(savedWindowLanguage()).toBeNull();
  });

  it('treats a missing or damaged preference as none', () => {
    expect(savedWindowLanguage()).toBeNull();
    localStorage.setItem(PREFERENCES_KEY, '{not json');
    expect(savedWindowLanguage()).toBeNull();
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ state: { windowLanguage: 7 } }));
    expect(savedWindowLanguage()).toBeNull();
  });

  it('follows the system language without a preference, by its base, else English', () => {
    vi.stubGlobal('navigator', { language: 'de-AT' });
    expect(windowLanguageFor(null)).toBe('de');
    vi.stubGlobal('navigator', { language: 'ja-JP' });
    expect(windowLanguageFor(null)).toBe('en');
    expect(windowLanguageFor('de-CH')).toBe('de');
  });
});
