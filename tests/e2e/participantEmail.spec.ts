/**
 * A participant's optional e-mail address in the Frame stage: typed under the participant's name,
 * a malformed one refused with a sentence (and marked), a good one kept across
 * a reload. Build first: `npx electron-vite build`.
 */
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test('participants take an optional e-mail address, and a malformed one is explained', async ({ shell }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  await library.waitUntilReady();
  await library.createSession('Claims triage assistant', 'Northwind Insurance');
  await expect(page.locator('main[data-stage-kind="frame"]')).toBeVisible();

  // Added as before (the add row stays name, role, stance, boxes), then the address under the name.
  await page.getByTestId('add-participant-name').fill('Ana Silva');
  await page.getByTestId('add-participant-name').press('Enter');
  const rows = page.getByTestId('participant-row');
  await expect(rows).toHaveCount(1);
  const ana = rows.first().getByRole('textbox', { name: 'E-mail address of Ana Silva' });
  await ana.fill('ana at northwind');
  await ana.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('“ana at northwind” is not an e-mail address. Write it as name@company.com, or leave the field empty.');
  await expect(ana).toHaveAttribute('aria-invalid', 'true');
  // The refused address, its message and the row stay accessible.
  expect(await axeViolations(page, '.frame-card')).toEqual([]);
  await ana.fill('ana.silva@northwind.example');
  await ana.press('Tab');
  await expect(ana).not.toHaveAttribute('aria-invalid', 'true');

  // Without an address is fine too.
  await page.getByTestId('add-participant-name').fill('Bo Lindqvist');
  await page.getByTestId('add-participant-name').press('Enter');
  await expect(rows).toHaveCount(2);
  const bo = rows.nth(1).getByRole('textbox', { name: 'E-mail address of Bo Lindqvist' });
  await expect(bo).toHaveValue('');

  // Editing in place: refused and marked, then corrected.
  await bo.fill('bo@');
  await bo.press('Enter');
  await expect(page.getByRole('alert')).toContainText('“bo@” is not an e-mail address.');
  await expect(bo).toHaveAttribute('aria-invalid', 'true');
  await expect(bo).toHaveValue('bo@');
  await bo.fill('  bo@northwind.example ');
  await bo.press('Enter');
  await expect(bo).not.toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(page.locator('main[data-stage-kind="frame"]')).toBeVisible();
  await expect(rows.nth(0).getByTestId('participant-email')).toHaveValue('ana.silva@northwind.example');
  await expect(rows.nth(1).getByTestId('participant-email')).toHaveValue('bo@northwind.example');
});
