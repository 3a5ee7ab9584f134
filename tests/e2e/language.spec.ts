/**
 * The two languages: the window's (the facilitator's own, kept on this computer, the menu follows
 * it) and each session's (the client's: the projector, the phones and the documents speak it).
 */
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test('the window speaks German when asked, also after a reload; a session made in German is changed back on Frame', async ({ shell }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  await library.waitUntilReady();
  await expect(page.getByRole('heading', { name: 'Workshop sessions' })).toBeVisible();

  // The picker in the library's header re-words the whole window at once.
  await page.getByLabel('Window language').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Workshop-Sitzungen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Führen Sie Ihren ersten Readiness-Workshop durch' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Alle Änderungen gespeichert');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await page.reload();
  await library.waitUntilReady();
  await expect(page.getByRole('heading', { name: 'Workshop-Sitzungen' })).toBeVisible();
  await expect(page.getByLabel('Fenstersprache')).toHaveValue('de');

  // A new session speaks the window's language unless told otherwise.
  await page.getByRole('button', { name: 'Neue Sitzung' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Neue Workshop-Sitzung' });
  await dialog.getByLabel('Initiative').fill('Schadenfall-Triage');
  await dialog.getByLabel('Kunde').fill('Nordwind Versicherung');
  await expect(dialog.getByLabel('Sitzungssprache')).toHaveValue('de');
  await expect(dialog.getByText('Projektor, Smartphones und Dokumente sprechen diese Sprache.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Sitzung anlegen' }).click();
  await expect(page.locator('[data-screen="workshop"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rahmen', level: 1 })).toBeVisible();

  // Frame: the session's language, changed back to English as one undoable step.
  const sessionLanguage = page.getByTestId('session-language');
  await expect(sessionLanguage).toHaveValue('de');
  await sessionLanguage.selectOption('en');
  await expect(sessionLanguage).toHaveValue('en');
  await page.getByRole('heading', { name: 'Rahmen', level: 1 }).click();
  await page.keyboard.press('Control+Z');
  await expect(sessionLanguage).toHaveValue('de');
  await page.keyboard.press('Control+Shift+Z');
  await expect(sessionLanguage).toHaveValue('en');

  // The window stays German (the session's language is the client's, not the window's) …
  await expect(page.getByRole('button', { name: 'Bibliothek' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('session-language')).toHaveValue('en');

  // … until the facilitator switches it back, here from the command palette.
  await page.keyboard.press('Control+K');
  const palette = page.getByTestId('command-palette');
  await palette.getByRole('combobox').fill('english');
  await expect(palette.getByRole('option')).toHaveText(['Fenstersprache: English']);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Frame', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
