/**
 * The firm's own framework, made in the window: duplicate the built-in one, add "Governance &
 * legal" with its ladder, remove "Change management", shorten two timeboxes, undo and redo, save
 * as a template; the saved framework keeps every change and is offered for a new session.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { BUILT_IN, COPY, FrameworksPage, GOVERNANCE } from './pages/FrameworksPage';
import { LibraryPage } from './pages/LibraryPage';

const LADDER = GOVERNANCE.en.ladder;
const LADDER_DE = GOVERNANCE.de.ladder;

test('a framework is duplicated, edited with undo, saved as a template and offered for a new session', async ({ shell }) => {
  const page = shell.page;
  await new LibraryPage(page).waitUntilReady();
  await page.getByRole('button', { name: 'Frameworks', exact: true }).click();
  await expect(page.locator('main[data-screen="frameworks"][data-ready="true"]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: `Duplicate ${BUILT_IN}` }).click();
  const editor = page.locator('main[data-screen="framework-editor"]');
  await expect(editor).toBeVisible();
  await expect(editor.getByText('Changes not saved')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Parts of the framework' });
  await expect(nav.getByRole('listitem')).toHaveCount(6);

  // A seventh gap: focus lands in its name; its ladder is five fields.
  await nav.getByRole('button', { name: 'Add a gap' }).click();
  await expect(page.getByTestId('gap-name')).toBeFocused();
  await page.getByTestId('gap-name').fill('Governance & legal');
  for (const [i, text] of LADDER.entries()) await page.getByTestId(`ladder-${i + 1}`).fill(text);
  await page.getByTestId('ladder-5').blur();
  await expect(nav.getByRole('button', { name: 'Governance & legal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Governance & legal', level: 2 })).toBeVisible();
  // The framework holds German too: what German still lacks is said in sentences, then written.
  await expect(page.getByText('There is no name for gap 7 (“Governance & legal”) in German.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Writing in').selectOption('de');
  await expect(page.getByTestId('gap-name')).toHaveAttribute('placeholder', 'Governance & legal');
  await page.getByTestId('gap-name').fill('Governance & Recht');
  for (const [i, text] of LADDER_DE.entries()) await page.getByTestId(`ladder-${i + 1}`).fill(text);
  await page.getByTestId('ladder-5').blur();
  await expect(page.getByText('to fix before saving', { exact: false })).toHaveCount(0);
  await page.getByLabel('Writing in').selectOption('en');

  // Remove "Change management"; Undo brings it back, Redo takes it away again.
  await nav.getByRole('button', { name: 'Change management' }).click();
  await page.getByRole('button', { name: 'Remove Change management' }).click();
  await expect(nav.getByRole('button', { name: 'Change management' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(nav.getByRole('button', { name: 'Change management' })).toBeVisible();
  await expect(page.getByText('Undone: Remove “Change management”')).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(nav.getByRole('button', { name: 'Change management' })).toHaveCount(0);
  await expect(nav.getByRole('listitem')).toHaveCount(6);

  // Two shorter timeboxes; Ctrl+Z outside a field undoes the last, Ctrl+Shift+Z redoes it.
  await nav.getByRole('button', { name: 'Agenda' }).click();
  const frame = page.getByLabel('Minutes for Frame');
  const criteria = page.getByLabel('Minutes for Success criteria');
  await frame.fill('10');
  await criteria.fill('15');
  await page.getByRole('heading', { name: 'Agenda', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(criteria).toHaveValue('20');
  await page.keyboard.press('Control+Shift+z');
  await expect(criteria).toHaveValue('15');
  await expect(frame).toHaveValue('10');
  // The agenda follows the gaps: no stage for the removed gap, one for the new.
  const agenda = page.getByRole('list', { name: 'Agenda' });
  await expect(agenda).not.toContainText('Change management');
  await expect(agenda).toContainText('Governance & legal');

  // A timebox of 0 is named next to its field and blocks saving.
  await frame.fill('0');
  await expect(page.getByText('Stage 1 of the agenda has a timebox of 0 minutes; each stage needs between 1 and 600 whole minutes.')).toBeVisible();
  await page.getByRole('button', { name: 'Save as template' }).click();
  await expect(page.getByText('One thing needs fixing before the framework can be saved.')).toBeVisible();
  await frame.fill('10');
  await expect(page.getByText('Stage 1 of the agenda has a timebox of 0 minutes', { exact: false })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Save as template' }).click();
  await expect(page.getByText(`Saved “${COPY}” as a template (revision 1).`)).toBeVisible();
  await expect(editor.getByText('Saved, revision 1')).toBeVisible();

  // The library lists it; opened again, it holds every change.
  await page.getByRole('button', { name: 'Frameworks', exact: true }).click();
  const row = page.getByTestId('framework-row').filter({ hasText: COPY });
  await expect(row).toContainText('6 gaps');
  await row.getByRole('button', { name: `Edit ${COPY}` }).click();
  await expect(nav.getByRole('button', { name: 'Governance & legal' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Change management' })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Governance & legal' }).click();
  await expect(page.getByTestId('ladder-3')).toHaveValue(LADDER[2]!);
  await nav.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByLabel('Minutes for Frame')).toHaveValue('10');
  await expect(page.getByLabel('Minutes for Success criteria')).toHaveValue('15');

  // A new session may follow it; the built-in one is the default.
  await page.getByRole('button', { name: 'Frameworks', exact: true }).click();
  await page.getByRole('button', { name: 'Sessions', exact: true }).click();
  await page.getByRole('button', { name: 'New session' }).first().click();
  const choice = page.getByRole('dialog', { name: 'New workshop session' }).getByLabel('Framework');
  await expect(choice).toHaveValue('default');
  await expect(choice.getByRole('option')).toHaveText([BUILT_IN, COPY]);

  // A session made from it runs on its gaps and its agenda.
  const dialog = page.getByRole('dialog', { name: 'New workshop session' });
  await choice.selectOption({ label: COPY });
  await dialog.getByLabel('Initiative').fill('Claims triage');
  await dialog.getByLabel('Client').fill('Northwind');
  await dialog.getByRole('button', { name: 'Create session' }).click();
  await expect(page.locator('[data-screen="workshop"]')).toBeVisible();
  const rail = page.getByRole('navigation', { name: 'Workshop agenda' });
  await expect(rail.getByRole('button', { name: /Governance & legal/ })).toBeVisible();
  await expect(rail.getByRole('button', { name: /Change management/ })).toHaveCount(0);
  await rail.getByRole('button', { name: /Governance & legal/ }).click();
  await expect(page.locator('#stage-title')).toContainText('Governance & legal');
  await expect(page.getByText(LADDER[2]!)).toBeVisible();
});

test('gaps move by keyboard; a framework is exported, deleted with Undo, and imported from its file', async ({ shell }) => {
  const page = shell.page;
  await new LibraryPage(page).waitUntilReady();
  await page.getByRole('button', { name: 'Frameworks', exact: true }).click();
  await page.getByRole('button', { name: `Duplicate ${BUILT_IN}` }).click();
  const nav = page.getByRole('navigation', { name: 'Parts of the framework' });
  await nav.getByRole('button', { name: 'Support model' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(nav.getByRole('button', { name: 'Support model' })).toBeFocused();
  await expect(nav.getByRole('listitem')).toHaveText(['Data quality', 'User capability', 'Infrastructure load', 'Support model', 'Integration complexity', 'Change management']);
  await nav.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').nth(5)).toContainText('Support model');

  await page.getByRole('button', { name: 'Save as template' }).click();
  await expect(page.getByText('Saved, revision 1')).toBeVisible();
  await page.getByRole('button', { name: 'Frameworks', exact: true }).click();
  const rows = page.getByTestId('framework-row');

  // The app refuses to write into its own data folder: the file goes where a person would put it.
  const frameworks = new FrameworksPage(page);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-framework-'));
  const file = path.join(folder, 'firm-method.rrframework');
  await frameworks.exportTo(shell, COPY, file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ type: 'readiness-room-framework' });

  await frameworks.delete(COPY);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);
  await frameworks.delete(COPY);

  await frameworks.importFrom(shell, file);
  await expect(rows.filter({ hasText: COPY })).toContainText('6 gaps');
  await rows.filter({ hasText: COPY }).getByRole('button', { name: `Edit ${COPY}` }).click();
  await expect(nav.getByRole('listitem')).toHaveText(['Data quality', 'User capability', 'Infrastructure load', 'Support model', 'Integration complexity', 'Change management']);
  await rm(folder, { recursive: true, force: true });
});

test('a framework file dropped on the window is imported; the drop card names both kinds of file', async ({ shell }) => {
  const page = shell.page;
  const frameworks = new FrameworksPage(page);
  await new LibraryPage(page).waitUntilReady();
  await frameworks.open();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'firm-method.rrframework', { type: 'application/json' }));
    return transfer;
  }, await readFile(new URL('../fixtures/framework-v1.rrframework', import.meta.url), 'utf8'));
  await page.dispatchEvent('main[data-screen="frameworks"]', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a session or framework file to open it')).toBeVisible();
  await expect(page.getByText('A .rrsession or .rrframework file, saved from Readiness Room')).toBeVisible();
  await page.dispatchEvent('main[data-screen="frameworks"]', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a session or framework file to open it')).toBeHidden();
  await expect(frameworks.row('Northbridge AI readiness method')).toContainText('7 gaps');
});

test('leaving the editor with unsaved edits asks first, in the app’s own dialog, whatever asked to leave', async ({ shell }) => {
  const page = shell.page;
  const frameworks = new FrameworksPage(page);
  await new LibraryPage(page).waitUntilReady();
  await frameworks.open();
  await frameworks.duplicateBuiltIn();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });

  // Ctrl+L (the library) asks; staying keeps the draft and the editor's address.
  const address = await page.evaluate(() => window.location.hash);
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('Control+l');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText(`“${COPY}” has changes that are not saved as a template.`);
  expect(await axeViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(frameworks.editor()).toContainText('Changes not saved');
  expect(await page.evaluate(() => window.location.hash)).toBe(address);

  // The address asks too (a link, the history): Escape stays.
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address);

  // The back link asks; discarding leaves nothing saved.
  await page.getByRole('button', { name: 'Frameworks', exact: true }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.locator('main[data-screen="frameworks"][data-ready="true"]')).toBeVisible();
  await expect(frameworks.rows()).toHaveCount(1);

  // Save and leave: saved, then where Ctrl+L asked to go.
  await frameworks.duplicateBuiltIn();
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('Control+l');
  await ask.getByRole('button', { name: 'Save and leave' }).click();
  await new LibraryPage(page).waitUntilReady();
  await frameworks.open();
  await expect(frameworks.row(COPY)).toContainText('Revision 1');

  // With nothing unsaved, leaving asks nothing.
  await frameworks.edit(COPY);
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('Control+l');
  await new LibraryPage(page).waitUntilReady();
  await expect(ask).toBeHidden();
});
