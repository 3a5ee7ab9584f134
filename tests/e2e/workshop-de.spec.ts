/**
 * The workshop in German, screen by screen: the window switched to Deutsch, the sample workshop
 * made in German, every stage of the rail visited (rounds revealed and one open), the command
 * palette and the projector's view opened. On each screen the page's text (and what assistive
 * technology reads: labels, titles, placeholders, options) is scanned for the English catalogue's
 * phrases that German does not share (tests/fixtures/englishLeaks.ts): not one may be left; axe-core
 * checks each of those screens too.
 */
import type { Page } from '@playwright/test';
import { findLeaks, readCatalogue, untranslatedPhrases } from '../fixtures/englishLeaks';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

const de = readCatalogue('de');
const ENGLISH = untranslatedPhrases();

/** Everything a person sees or hears on the page, as one text. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const read: string[] = [document.body.innerText];
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) read.push(value);
      }
    }
    for (const option of document.querySelectorAll('option')) read.push(option.textContent ?? '');
    read.push(document.title);
    return read.join('\n');
  });
}

/** No English phrase, and no WCAG 2.1 A/AA violation (German text is longer: nothing may clip or lose contrast). */
async function expectNoEnglish(page: Page, where: string): Promise<void> {
  expect.soft({ where, english: findLeaks(await screenText(page), ENGLISH) }).toEqual({ where, english: [] });
  expect.soft({ where, axe: await axeViolations(page) }).toEqual({ where, axe: [] });
}

test('the whole workshop in German leaves no English word on any screen', async ({ shell }) => {
  test.setTimeout(180_000);
  const page = shell.page;
  const library = new LibraryPage(page);
  await library.waitUntilReady();

  await page.getByLabel('Window language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoEnglish(page, 'library (empty)');

  // The sample workshop is made in the window's language: a German client's workshop.
  await page.getByRole('button', { name: de['library.empty.sample'] }).click();
  await expect(page.locator('[data-screen="workshop"]')).toBeVisible();

  const rail = page.getByRole('navigation', { name: de['workshop.rail.label'] });
  const stages = rail.getByRole('button');
  const count = await stages.count();
  expect(count).toBeGreaterThanOrEqual(12);
  const roundStates = new Set<string>();
  for (let i = 0; i < count; i++) {
    await stages.nth(i).click();
    // The stage before may still be on screen for a moment: wait until the clicked one is current.
    await expect(stages.nth(i)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('#stage-title')).toBeVisible();
    if ((await stages.nth(i).locator('.rail-number').count()) > 0) {
      const round = page.getByTestId('scoring-round');
      await expect(round).toBeVisible();
      roundStates.add((await round.getAttribute('data-round-status')) ?? '');
    }
    const title = (await page.locator('#stage-title').innerText()).trim();
    await expectNoEnglish(page, `stage ${i + 1}: ${title}`);
  }

  // The sample holds every kind of round: revealed with consensus (gaps 1–5) and one still open
  // (gap 6, voting in progress), so the stages above covered the scoring screens in both states.
  expect([...roundStates].sort()).toEqual(['open', 'revealed']);

  // The command palette, in German, and the library with the sample listed.
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  await expectNoEnglish(page, 'command palette');
  await page.keyboard.press('Escape');

  // The projector's view speaks the session's language (German here).
  const sessionId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  expect(sessionId).not.toBe('');
  await page.getByRole('button', { name: de['workshop.top.library'] }).click();
  await library.waitUntilReady();
  await expectNoEnglish(page, 'library');
  await page.goto(`${shell.appUrl}#/presenter/${encodeURIComponent(sessionId)}`);
  await expect(page.getByTestId('presenter-view').or(page.locator('[data-screen="presenter"]')).first()).toBeVisible();
  await expectNoEnglish(page, 'presenter');
});
