/** The phone page's files: only what participant/index.html loads, found through its imports. */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadParticipantAssets, localizePage, referencesInCss, referencesInHtml, referencesInScript } from '../../../../../electron/services/room/participantAssets';
import { fakeRendererDir } from './roomTestKit';

describe('participant assets', () => {
  it('finds scripts, modulepreloads and stylesheets in the page', () => {
    const html = '<script type="module" crossorigin src="../assets/p-1.js"></script><link rel="modulepreload" href="../assets/c-2.js"><link rel="stylesheet" href="../assets/p.css"><link rel="canonical" href="https://example.com/">';
    expect(referencesInHtml(html)).toEqual(['../assets/p-1.js', '../assets/c-2.js', '../assets/p.css']);
  });

  it('finds the relative imports of a built script, static and dynamic', () => {
    expect(referencesInScript('import{a as b}from"./x-1.js";import"./y.js";const z=()=>import("./z.js");import k from "react"')).toEqual(['./x-1.js', './y.js', './z.js']);
    // The lazily loaded catalogues, as Vite writes them.
    expect(referencesInScript('const c={"de.json":()=>$(()=>import(`./de-DD.js`).then(e=>e.default),[],import.meta.url)}')).toEqual(['./de-DD.js']);
    expect(referencesInCss('a{background:url(./i.svg)} b{background:url("data:image/png;base64,AA")}')).toEqual(['./i.svg']);
  });

  it('loads the page and exactly its files', async () => {
    const dir = await fakeRendererDir();
    const assets = await loadParticipantAssets(dir);
    expect([...assets.files.keys()].sort()).toEqual(['/assets/phone-1.css', '/assets/phone-1.js', '/assets/shared-1.js']);
    await rm(dir, { recursive: true, force: true });
  });

  it('says so when the phone page was not built', async () => {
    await expect(loadParticipantAssets('/nonexistent/renderer')).rejects.toThrow('The phone page has not been built');
  });

  it('serves the page’s shell in the session’s language: <html lang>, the title and the words before the script runs', async () => {
    const { readFile } = await import('node:fs/promises');
    const shell = await readFile('renderer/participant/index.html', 'utf8');
    const german = localizePage(shell, 'de');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('<title data-i18n="phone.page.title">Readiness Room · Abstimmung</title>');
    expect(german).toContain('Verbindung zum Raum wird hergestellt …');
    expect(german).toContain('Diese Abstimmungsseite benötigt JavaScript.');
    expect(german).not.toContain('Connecting to the room');
    expect(localizePage(shell, 'en')).toContain('<html lang="en">');
    // A language without a catalogue falls back to English; a hostile tag never reaches the markup.
    expect(localizePage(shell, 'xx')).toContain('<html lang="en">');
    expect(localizePage(shell, '"><script>')).toContain('<html lang="en">');
  });
});
