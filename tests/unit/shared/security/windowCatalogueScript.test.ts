// @vitest-environment jsdom
/**
 * The window page's inline script asks for a catalogue before any module runs. It is allowed by
 * its hash (a changed script without a new hash would be blocked, and the window would start a
 * fetch later), and it must pick the language the window then loads — else it fetches a
 * language not in use.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_KEY, windowLanguageFor, savedWindowLanguage } from '../../../../renderer/src/i18n/windowLanguagePreference';
import { APP_CSP } from '../../../../shared/security/csp';
import { WINDOW_CATALOGUE_META, WINDOW_CATALOGUE_SCRIPT, WINDOW_CATALOGUE_SCRIPT_HASH } from '../../../../shared/security/windowCatalogueScript';

const FILES: Record<string, string> = { en: './assets/en-AAAAAAAA.js', de: './assets/de-BBBBBBBB.js' };

/** Runs the script on a page listing the two catalogues; returns the href it preloaded. */
function preloaded(): string | null {
  document.head.innerHTML = Object.entries(FILES)
    .map(([language, href]) => `<meta name="${WINDOW_CATALOGUE_META}" data-language="${language}" content="${href}">`)
    .join('');
  new Function(WINDOW_CATALOGUE_SCRIPT)();
  return document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href') ?? null;
}

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('the window page’s catalogue script', () => {
  it('is allowed by the hash the app’s CSP and the page’s meta policy carry', () => {
    const hash = `'sha256-${createHash('sha256').update(WINDOW_CATALOGUE_SCRIPT, 'utf8').digest('base64')}'`;
    expect(WINDOW_CATALOGUE_SCRIPT_HASH).toBe(hash);
    expect(APP_CSP).toContain(`script-src 'self' ${hash};`);
    const page = readFileSync(path.join(process.cwd(), 'renderer', 'index.html'), 'utf8');
    expect(page).toContain(`script-src 'self' ${hash};`);
    expect(WINDOW_CATALOGUE_SCRIPT).toContain(`'${PREFERENCES_KEY}'`);
  });

  const cases: Array<[preference: unknown, system: string]> = [
    ['de', 'en-US'],
    ['en', 'de-DE'],
    [null, 'de-AT'],
    [null, 'ja-JP'],
    ['de-CH', 'en-GB'],
    ['__proto__', 'fr-FR'],
    [42, 'de-DE'],
  ];
  it.each(cases)('picks what the window will load (preference %j, system %s)', (preference, system) => {
    vi.stubGlobal('navigator', { language: system });
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ state: { windowLanguage: preference }, version: 1 }));
    expect(preloaded()).toBe(FILES[windowLanguageFor(savedWindowLanguage())]);
  });

  it('survives damaged preferences and preloads English', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    localStorage.setItem(PREFERENCES_KEY, '{broken');
    expect(preloaded()).toBe(FILES.en);
  });
});
