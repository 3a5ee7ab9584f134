/**
 * The tracker round trip end to end in the Chromium shell at 1280×720: the sample workshop's
 * tracker exported, edited by the client with a real spreadsheet library (three statuses, one
 * owner, one added row), imported with the preview, undone, and imported again; a CSV file is
 * refused with a sentence. Build first: `npm run build`.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { returnedTracker, trackerLines, type TrackerLine } from '../fixtures/returnedTracker';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

async function openStage(page: Page, stage: RegExp): Promise<void> {
  const button = page.getByRole('navigation', { name: 'Workshop agenda' }).getByRole('button', { name: stage });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'step');
}

test('the tracker comes back: preview, apply, undo, apply again; a CSV file is refused; the menu imports from any stage', async ({ shell }) => {
  test.slow();
  const page = shell.page;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-tracker-'));
  try {
    await page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await openStage(page, /Export/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel(/Action tracker \(Excel\)/).check();
    shell.setNextFolder(folder);
    await page.getByRole('button', { name: 'Export 1 document' }).click();
    await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 60_000 });
    const exportedName = (await readdir(folder)).find((f) => f.endsWith('.xlsx'))!;
    const exported = new Uint8Array(await readFile(path.join(folder, exportedName)));

    // The client's edits: three open actions done or under way, one new owner, one row of their own.
    const lines = await trackerLines(exported);
    const open = lines.filter((l) => l.status === 'Open');
    const [first, second, third, fourth] = open as [TrackerLine, TrackerLine, TrackerLine, TrackerLine];
    const returned = await returnedTracker(exported, {
      edits: [
        { id: first.id, set: { Status: 'Done' } },
        { id: second.id, set: { Status: 'Done' } },
        { id: third.id, set: { Status: 'In progress' } },
        { id: fourth.id, set: { Owner: 'Someone New', Notes: 'Vendor call booked for Tuesday' } },
      ],
      added: [{ Action: 'Brief the night-shift supervisors', Owner: 'Priya', Status: 'Open' }],
    });
    const returnedFile = path.join(folder, 'tracker from the client.xlsx');
    await writeFile(returnedFile, returned);

    await openStage(page, /Action plan/);
    await page.screenshot({ path: test.info().outputPath('action-plan.png') });
    const plan = page.locator('.action-plan');
    const item = (title: string) => plan.getByRole('listitem', { name: title, exact: true });
    const dialog = page.getByRole('dialog', { name: 'Import the returned tracker' });

    const importAndPreview = async () => {
      shell.setNextOpenPath(returnedFile);
      await page.getByRole('button', { name: 'Import tracker…' }).click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { name: '4 actions change' })).toBeVisible();
      await expect(dialog.getByRole('heading', { name: '1 row matches no action and is not imported' })).toBeVisible();
      await expect(dialog.locator(`[data-action-id="${first.id}"] [data-field="status"]`)).toHaveText('Status: Open → Done');
      await expect(dialog.locator(`[data-action-id="${third.id}"] [data-field="status"]`)).toHaveText('Status: Open → In progress');
      await expect(dialog.locator(`[data-action-id="${fourth.id}"] [data-field="owner"]`)).toHaveText(`Owner: ${fourth.owner || '(empty)'} → Someone New`);
      await expect(dialog.locator(`[data-action-id="${fourth.id}"] [data-field="notes"]`)).toHaveText('Notes: (empty) → Vendor call booked for Tuesday');
      await expect(dialog.locator('[data-reason="new"]')).toContainText('Brief the night-shift supervisors');
    };

    // Cancel changes nothing.
    await importAndPreview();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('tracker-preview.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(item(first.title)).toHaveAttribute('data-status', 'open');

    // Apply: one step, by keyboard (Apply has the focus).
    await importAndPreview();
    await expect(dialog.getByRole('button', { name: 'Apply the changes to 4 actions' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(item(first.title)).toHaveAttribute('data-status', 'done');
    await expect(item(second.title)).toHaveAttribute('data-status', 'done');
    await expect(item(third.title)).toHaveAttribute('data-status', 'in-progress');
    await expect(item(fourth.title).getByLabel('Owner')).toHaveValue('Someone New');
    await expect(page.getByText('Imported the tracker: 4 actions changed.')).toBeVisible();
    // The client's notes sit with the action, behind its details.
    await item(fourth.title).getByRole('button', { name: /Success measure/ }).click();
    await expect(item(fourth.title).getByLabel('Notes')).toHaveValue('Vendor call booked for Tuesday');
    expect(await axeViolations(page)).toEqual([]);
    await item(fourth.title).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('tracker-notes.png') });

    // One Undo brings everything back.
    await page.getByRole('heading', { level: 1, name: 'Action plan' }).click();
    await page.keyboard.press('Control+z');
    await expect(item(first.title)).toHaveAttribute('data-status', 'open');
    await expect(item(second.title)).toHaveAttribute('data-status', 'open');
    await expect(item(third.title)).toHaveAttribute('data-status', 'open');
    await expect(item(fourth.title).getByLabel('Owner')).toHaveValue(fourth.owner);
    await expect(item(fourth.title).getByLabel('Notes')).toHaveValue('');

    // And again: the same preview, applied.
    await importAndPreview();
    await dialog.getByRole('button', { name: 'Apply the changes to 4 actions' }).click();
    await expect(item(first.title)).toHaveAttribute('data-status', 'done');
    await expect(item(third.title)).toHaveAttribute('data-status', 'in-progress');

    // A CSV file: a sentence, nothing changed.
    const csv = path.join(folder, 'Jira import.csv');
    await writeFile(csv, 'Summary,Assignee\n');
    shell.setNextOpenPath(csv);
    await page.getByRole('button', { name: 'Import tracker…' }).click();
    await expect(dialog.getByRole('alert')).toContainText('CSV files cannot be imported');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(item(first.title)).toHaveAttribute('data-status', 'done');

    // From another stage, File ▸ Import the returned tracker… goes to the action plan and opens it.
    await openStage(page, /Export/);
    shell.setNextOpenPath(returnedFile);
    await shell.emit('menuCommand', { command: 'import-tracker' });
    await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: '1 row matches no action and is not imported' })).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // And by keyboard from another stage: the palette finds it by name (light and dark).
    await openStage(page, /Verdict/);
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await page.keyboard.press('Control+k');
      await palette.getByRole('combobox', { name: 'Command palette' }).fill('tracker');
      await expect(palette.getByRole('option', { name: /Import the returned tracker/ })).toHaveAttribute('aria-selected', 'true');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`palette-tracker-${theme}.png`) });
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();
    }
    shell.setNextOpenPath(returnedFile);
    await page.keyboard.press('Control+k');
    await palette.getByRole('combobox', { name: 'Command palette' }).fill('tracker');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
