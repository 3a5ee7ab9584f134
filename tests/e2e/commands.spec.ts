/**
 * Commands with undo, end to end on the sample workshop: edit a fact, remove a participant,
 * overwrite a vote, reveal from the command palette, confirm a consensus; then Ctrl+Z takes them
 * back one by one in reverse order (showing the stage each was made on), Ctrl+Shift+Z / Ctrl+Y
 * redo them, and the history survives a reload. The palette is checked with axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

const require = createRequire(import.meta.url);

function scoring(page: Page): Locator {
  return page.getByTestId('scoring-round');
}

/** Ctrl+Z with focus on the page itself (not in a field, where it is the field's own undo). */
async function pressOnPage(page: Page, keys: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(keys);
}

test('edit, remove, overwrite, reveal from the palette, confirm; undo all with Ctrl+Z, redo, keep across a reload', async ({ shell }) => {
  test.setTimeout(180_000); // a long walk through three stages and a reload, on a shared machine
  const page = shell.page;
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.locator('nav.rail button[data-stage="frame"]').click();
  await expect(page.locator('#stage-title')).toContainText('Frame');

  // 1. A fact: the pilot ran 8 weeks; make it 12.
  const weeks = page.getByTestId('fact-pilot.durationWeeks');
  await expect(weeks).toHaveValue('8');
  await weeks.fill('12');
  await weeks.blur();

  // 2. Remove Alex Moreau, who voted in every round.
  const people = page.getByTestId('participant-row');
  await expect(people).toHaveCount(8);
  await page.getByRole('button', { name: 'Remove Alex Moreau' }).click();
  await expect(people).toHaveCount(7);
  await expect(page.locator('.toast', { hasText: 'Removed Alex Moreau and their 6 votes.' })).toBeVisible();

  // 3. On the support gap, Marta's vote is overwritten from the grid.
  await page.locator('nav.rail button[data-stage="gap-support"]').click();
  const round = scoring(page);
  await expect(round.getByTestId('turnout')).toHaveText('3 of 6 voted');
  const marta = round.locator('tr[data-participant]', { hasText: 'Marta Okafor' });
  await marta.locator('th').click();
  await page.keyboard.press('1');
  await expect(round.getByTestId('turnout')).toHaveText('3 of 6 voted');

  // 4. The palette finds "Reveal votes" and runs it.
  await pressOnPage(page, 'Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Command palette' });
  await expect(search).toBeFocused();
  await expect(palette.getByRole('option', { name: /Undo/ })).toBeVisible();
  await search.fill('reveal');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await expect(palette.getByRole('option', { name: /Reveal votes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(palette.getByRole('option', { name: /Reveal votes/ })).toContainText('R');

  // The palette is accessible (dialog, combobox, listbox and options), checked with axe-core.
  // Evaluated through the DevTools protocol: the app's CSP rightly refuses an injected <script>.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const audit = await page.evaluate(async () => {
    type Rule = { id: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run({ include: ['dialog[data-testid="command-palette"]'] });
    return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: result.passes.map((p) => p.id) };
  });
  expect(audit.violations).toEqual([]);
  expect(audit.passes).toEqual(expect.arrayContaining(['aria-required-children', 'aria-allowed-attr', 'color-contrast']));
  await page.screenshot({ path: test.info().outputPath('palette.png') });

  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(round).toHaveAttribute('data-round-status', 'revealed');

  // 5. Confirm a consensus.
  const form = page.getByTestId('consensus-form');
  await form.locator('input[type="radio"][value="2"]').check({ force: true });
  await form.getByLabel('Rationale, in one line').fill('Nobody but the vendor has fixed an incident yet.');
  await form.getByTestId('confirm-consensus').click();
  await expect(form).toBeHidden();
  await expect(page.locator('.consensus-panel')).toContainText('Nobody but the vendor has fixed an incident yet.');

  // Undo, newest first: the consensus, the reveal, the vote, the removal, the fact.
  await pressOnPage(page, 'Control+z');
  await expect(page.locator('.toast', { hasText: 'Undone: Confirm level 2 for Support model.' })).toBeVisible();
  await expect(page.locator('.consensus-panel')).not.toContainText('Nobody but the vendor');
  await pressOnPage(page, 'Control+z');
  await expect(round).toHaveAttribute('data-round-status', 'open');
  await pressOnPage(page, 'Control+z');
  await expect(page.locator('.toast', { hasText: 'Undone: Change the vote of Marta Okafor.' })).toBeVisible();
  await pressOnPage(page, 'Control+z');
  // Undo shows where the change was made: back on Frame, with Alex and his votes.
  await expect(page.locator('#stage-title')).toContainText('Frame');
  await expect(people).toHaveCount(8);
  await expect(page.getByRole('button', { name: 'Remove Alex Moreau' })).toBeVisible();
  await pressOnPage(page, 'Control+z');
  await expect(weeks).toHaveValue('8');

  // The history is kept across a reload: redo everything after it.
  await page.reload();
  await expect(page.locator('#stage-title')).toContainText('Frame');
  await pressOnPage(page, 'Control+Shift+z');
  await expect(page.getByTestId('fact-pilot.durationWeeks')).toHaveValue('12');
  await pressOnPage(page, 'Control+y');
  await expect(page.getByTestId('participant-row')).toHaveCount(7);
  await pressOnPage(page, 'Control+Shift+z');
  await expect(page.locator('#stage-title')).toContainText('Support model');
  await expect(scoring(page).getByTestId('turnout')).toHaveText('3 of 6 voted');
  await pressOnPage(page, 'Control+y');
  await expect(scoring(page)).toHaveAttribute('data-round-status', 'revealed');
  await pressOnPage(page, 'Control+y');
  await expect(page.locator('.consensus-panel')).toContainText('Nobody but the vendor has fixed an incident yet.');
  await pressOnPage(page, 'Control+y');
  await expect(page.locator('.toast', { hasText: 'Nothing to redo.' })).toBeVisible();
});

test('typing keeps its own undo: Ctrl+Z inside a field undoes the typing, not the session', async ({ shell }) => {
  const page = shell.page;
  await page.getByRole('button', { name: 'Open the sample workshop' }).click();
  await page.locator('nav.rail button[data-stage="frame"]').click();
  const weeks = page.getByTestId('fact-pilot.durationWeeks');
  // A session edit first, so a session undo would show.
  await page.getByRole('button', { name: 'Remove Sam Carter' }).click();
  await expect(page.getByTestId('participant-row')).toHaveCount(7);

  await weeks.click();
  await weeks.press('End');
  await page.keyboard.type('0');
  await expect(weeks).toHaveValue('80');
  await page.keyboard.press('Control+z');
  await expect(weeks).toHaveValue('8');
  await expect(page.getByTestId('participant-row')).toHaveCount(7);
});
