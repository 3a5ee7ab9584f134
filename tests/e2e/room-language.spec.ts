/**
 * The phone page speaks the session's language: a German session's phones show German from the
 * first paint (no English word of the phone's catalogue on the page, `<html lang="de">`), on a
 * 360 px phone without clipping. A phone may switch its own page to English: it stays so after a
 * reload, and nothing changes for another phone or in the session.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { launchPhonesBrowser } from './pages/PhonePage';

const NARROW_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

const english = JSON.parse(readFileSync('shared/i18n/catalogues/en.json', 'utf8')) as Record<string, string>;
const german = JSON.parse(readFileSync('shared/i18n/catalogues/de.json', 'utf8')) as Record<string, string>;
/** The phone's English words (whole messages without placeholders) that German says otherwise. */
const phoneEnglish = Object.entries(english)
  .filter(([id, text]) => /^(phone|roomProtocol|roomServer)\./.test(id) && !text.includes('{') && german[id] !== text)
  .map(([, text]) => text);

async function englishOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return phoneEnglish.filter((words) => text.includes(words));
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

let phonesBrowser: Browser;

test.beforeAll(async () => {
  phonesBrowser = await launchPhonesBrowser();
});
test.afterAll(async () => {
  await phonesBrowser.close();
});

test('a German session’s phones speak German; one phone switches itself to English', async ({ shell }) => {
  test.setTimeout(180_000);
  const page = shell.page;
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await expect(page.getByRole('navigation', { name: 'Workshop agenda' })).toBeVisible();

  // The session speaks German (its language is set where the session is stored; the window stays English).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('readiness-room');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite');
          const store = tx.objectStore('sessions');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const session of all.result as { language?: string; updatedAt: number; deletedAt: number | null }[]) {
              if (session.deletedAt === null) store.put({ ...session, language: 'de', updatedAt: Date.now() });
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // The window reopens the session it had open, now read afresh from storage.
  await page.reload();
  await page.getByRole('navigation', { name: 'Workshop agenda' }).getByRole('button', { name: /Data quality/ }).click();
  await page.getByTestId('revote').click();
  await expect(page.getByTestId('scoring-round')).toHaveAttribute('data-round-status', 'open');

  await page.getByTestId('room-button').click();
  await page.getByRole('button', { name: 'Rehearse on this laptop only' }).click();
  const joinUrl = (await page.locator('img.room-qr').getAttribute('data-join-url'))!;
  await page.getByRole('button', { name: 'Done', exact: true }).click();

  // A phone joins: German from the first screen, narrow and unclipped.
  const context = await phonesBrowser.newContext(NARROW_PHONE);
  const roomOrigin = new URL(joinUrl).origin;
  await context.route((url) => url.origin !== roomOrigin, (route) => route.abort('blockedbyclient'));
  const phone = await context.newPage();
  await phone.goto(joinUrl);
  await expect(phone.getByRole('heading', { name: 'Dem Raum beitreten' })).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'de');
  expect(await phone.title()).toBe('Readiness Room · Abstimmung');
  expect(await englishOn(phone)).toEqual([]);
  expect(await fitsWidth(phone)).toBe(true);

  await phone.getByLabel('Ihr Name').fill('Ines Laurent');
  await phone.getByRole('button', { name: 'Beitreten', exact: true }).click();
  await expect(phone.getByRole('group', { name: 'Wählen Sie die Stufe, die am besten passt' })).toBeVisible();
  await expect(phone.locator('.gap-line')).toContainText('Lücke 1 von 6 · Runde');
  expect(await englishOn(phone)).toEqual([]);
  expect(await fitsWidth(phone)).toBe(true);
  await phone.getByRole('radio', { name: /^3 · / }).check();
  await phone.getByRole('button', { name: 'Meine Stimme senden' }).click();
  await expect(phone.getByText('Stimme erhalten')).toBeVisible();
  expect(await englishOn(phone)).toEqual([]);
  expect(await fitsWidth(phone)).toBe(true);

  // This phone switches its own page to English: at once, and still after a reload.
  await phone.getByLabel('Sprache').selectOption('en');
  await expect(phone.getByText('Vote received')).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'en');
  await expect(phone.getByLabel('Language')).toHaveValue('en');
  await phone.reload();
  await expect(phone.getByText('Vote received')).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('lang', 'en');

  // Nothing changed for anyone else: another phone still gets the session's German.
  const other = await phonesBrowser.newContext(NARROW_PHONE);
  await other.route((url) => url.origin !== roomOrigin, (route) => route.abort('blockedbyclient'));
  const second = await other.newPage();
  await second.goto(joinUrl);
  await expect(second.getByRole('heading', { name: 'Dem Raum beitreten' })).toBeVisible();
  await expect(second.locator('html')).toHaveAttribute('lang', 'de');

  await other.close();
  await context.close();
});
