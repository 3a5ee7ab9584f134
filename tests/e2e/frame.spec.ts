/**
 * Frame and Success criteria in the real app: pilot and production figures give their ratio,
 * five participants go in by keyboard alone and survive a reload, and a suggested KPI is one
 * click away. Build first: `npx electron-vite build`.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { LibraryPage } from './pages/LibraryPage';
import { expect, test } from './fixtures';

const PEOPLE = [
  // `roleKey` and `stanceKey` are typed on the focused <select>: its type-ahead picks the option.
  { name: 'Ana Silva', roleKey: 'b', role: 'business-owner', stanceKey: 'c', stance: 'champion', inPilot: true },
  { name: 'Bo Lindqvist', roleKey: 'i', role: 'it', stanceKey: 's', stance: 'skeptic', inPilot: false },
  { name: 'Chen Wei', roleKey: 's', role: 'support', stanceKey: 'n', stance: 'neutral', inPilot: true },
  { name: 'Dana Roy', roleKey: 'l', role: 'legal', stanceKey: 's', stance: 'skeptic', inPilot: false },
  { name: 'Eli Moss', roleKey: 'e', role: 'end-user', stanceKey: 'n', stance: 'neutral', inPilot: false },
] as const;

async function createSession(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.waitUntilReady();
  await library.createSession('Claims triage assistant', 'Northwind Insurance');
  await expect(page.locator('main[data-stage-kind="frame"]')).toBeVisible();
}

test('Frame: facts give ratios, participants go in by keyboard and survive a reload; a KPI comes from a suggestion', async ({ shell }) => {
  const page = shell.page;
  await createSession(page);

  // Pilot against production: the ratio is computed as soon as both figures are in.
  const records = page.getByTestId('ratio-ratio.records');
  await expect(records).toContainText('—');
  await page.getByTestId('fact-pilot.records').fill('500');
  await page.getByTestId('fact-production.records').fill('50,000');
  await page.getByTestId('fact-pilot.transactionsPerDay').fill('40');
  await page.getByTestId('fact-production.peakTransactionsPerDay').fill('6000');
  await page.getByTestId('fact-production.peakTransactionsPerDay').blur();
  await expect(records).toContainText('100×');
  await expect(records).toContainText('Production data is 100× the pilot sample');
  await expect(records).toHaveAttribute('data-large', 'true');
  await expect(page.getByTestId('ratio-ratio.volume')).toContainText('150×');
  await expect(page.getByTestId('ratio-ratio.users')).toContainText('—');

  // Numbers show back grouped as typed, and the team's own word for its work reaches the hints.
  await expect(page.getByTestId('fact-production.records')).toHaveValue('50,000');
  await expect(page.getByTestId('fact-production.peakTransactionsPerDay')).toHaveValue('6,000');
  await page.getByTestId('fact-scope.workItems').fill('Invoices');
  await page.getByTestId('fact-scope.workItems').blur();
  await expect(page.locator('[data-field="pilot.transactionsPerDay"]')).toContainText('e.g. 50 invoices');

  // Five participants, keyboard only: name, Tab, role, Tab, stance, Tab, pilot box, Enter.
  const name = page.getByTestId('add-participant-name');
  await name.focus();
  for (const person of PEOPLE) {
    await page.keyboard.type(person.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.roleKey);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.stanceKey);
    await page.keyboard.press('Tab');
    if (person.inPilot) await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('');
  }
  const summary = page.getByTestId('participant-summary');
  await expect(summary).toHaveText('5 participants · 1 champion · 2 skeptics · 2 took part in the pilot');

  // Nobody from operations is in the room: the card says which voice is missing.
  const missingVoices = page.getByTestId('missing-voices');
  await expect(missingVoices).toHaveText('Missing voices: nobody in the room comes from Operations, who must run the system in production.');
  expect(await axeViolations(page, '[data-field="participants"]')).toEqual([]);

  // An empty name is refused with a message; nothing is added.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Type a name first');
  await expect(summary).toContainText('5 participants');

  // Removing someone offers Undo, which puts them back in place.
  await page.getByRole('button', { name: 'Remove Eli Moss' }).click();
  await expect(summary).toContainText('4 participants');
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(summary).toContainText('5 participants');

  // Everything is still there after a reload, in order, with roles and stances.
  await page.reload();
  await expect(page.locator('main[data-stage-kind="frame"]')).toBeVisible();
  const rows = page.getByTestId('participant-row');
  await expect(rows).toHaveCount(PEOPLE.length);
  for (const [i, person] of PEOPLE.entries()) {
    const row = rows.nth(i);
    await expect(row.getByTestId('participant-name')).toHaveValue(person.name);
    await expect(row).toHaveAttribute('data-stance', person.stance);
    await expect(row.getByRole('combobox', { name: /^Role of/ })).toHaveValue(person.role);
    await expect(row.getByRole('checkbox', { name: /took part in the pilot/ })).toBeChecked({ checked: person.inPilot });
  }
  await expect(summary).toHaveText('5 participants · 1 champion · 2 skeptics · 2 took part in the pilot');
  await expect(page.getByTestId('ratio-ratio.records')).toContainText('100×');
  await expect(page.getByTestId('fact-production.records')).toHaveValue('50,000');

  // Success criteria: one click adds a suggested KPI, and the suggestion is no longer offered.
  await page.locator('.rail').getByRole('button', { name: /Success criteria/ }).click();
  await expect(page.locator('main[data-stage-kind="criteria"]')).toBeVisible();
  const chip = page.getByRole('button', { name: '+ Straight-through rate' });
  await chip.click();
  await expect(page.getByTestId('kpi-card')).toHaveCount(1);
  await expect(page.getByTestId('kpi-name')).toHaveValue('Straight-through rate');
  await expect(page.getByTestId('kpi-name')).toBeFocused();
  await expect(chip).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('kpi-name')).toHaveValue('Straight-through rate');
});

test('Frame: the firm logo is chosen by keyboard, a hostile SVG is refused in a sentence, removing it is undone', async ({ shell }) => {
  const page = shell.page;
  await createSession(page);
  const field = page.getByTestId('firm-logo');
  const input = page.getByTestId('firm-logo-input');
  await expect(field).toContainText('No logo yet.');

  // Keyboard: the file control comes right after the session language, and shows its focus.
  await page.getByTestId('session-language').focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await expect(field.locator('label', { hasText: 'Choose a logo…' })).toHaveCSS('outline-style', 'solid');

  // A hostile SVG is refused with a sentence; nothing is stored.
  const hostile = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><rect width="10" height="10"/></svg>';
  await input.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(hostile) });
  await expect(page.getByTestId('firm-logo-error')).toHaveText(
    'The logo was not used. The SVG contains an event handler (such as onload), which a logo must not contain. Export it again as a plain drawing.',
  );
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('firm-logo-preview')).toHaveCount(0);
  expect(await axeViolations(page, '[data-testid="firm-logo"]')).toEqual([]);

  // A sound SVG is shown, survives a reload, and the control says "Replace".
  const good = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80"><rect width="80" height="80" rx="12" fill="#1f5fbf"/><rect x="96" y="24" width="140" height="32" fill="#0b2f66"/></svg>';
  await input.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(good) });
  const preview = page.getByTestId('firm-logo-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('alt', 'The firm’s logo');
  await expect(page.getByTestId('firm-logo-error')).toHaveCount(0);
  expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.reload();
  await expect(page.getByTestId('firm-logo-preview')).toBeVisible();
  await expect(field.locator('label', { hasText: 'Replace logo…' })).toBeVisible();
  expect(await axeViolations(page, '.frame-card')).toEqual([]);

  // Removing it offers Undo, which brings the same logo back.
  await page.getByTestId('firm-logo-remove').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('firm-logo-preview')).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('firm-logo-preview')).toBeVisible();
});
