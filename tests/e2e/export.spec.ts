/**
 * The Export stage end to end in the Chromium shell: every format ticked by default, the folder
 * from the (stand-in) dialog, a progress list, "Show in folder", and a clear message when the
 * folder has gone. The documents come from the real services, PDF included.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

test('exports every document of the sample workshop into the chosen folder', async ({ shell }) => {
  // Seven documents, the PDF through a second Chromium: give it the slow-test budget.
  test.slow();
  const page = shell.page;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-export-'));
  try {
    await page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await page.locator('.rail').getByRole('button', { name: /Export/ }).click();
    await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();

    const boxes = page.locator('.export-formats input[type="checkbox"]');
    // Seven documents and, since the sample's verdict is Not yet, the pilot-redesign charter in two formats.
    await expect(boxes).toHaveCount(9);
    for (const box of await boxes.all()) await expect(box).toBeChecked();

    // Cancelling the folder dialog writes nothing and says nothing alarming.
    await page.getByRole('button', { name: 'Export 9 documents' }).click();
    await expect(page.locator('.export-progress')).toHaveCount(0);

    shell.setNextFolder(folder);
    await page.getByRole('button', { name: 'Export 9 documents' }).click();
    await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.export-item[data-state="done"]')).toHaveCount(9);
    await expect(page.getByTestId('export-folder')).toContainText(folder);

    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(9);
    expect(files.map((f) => path.extname(f)).sort()).toEqual(['.csv', '.docx', '.docx', '.ics', '.md', '.pdf', '.pdf', '.pptx', '.xlsx']);
    expect(files.every((f) => f.startsWith('Harbourline Energy – Voice agent for customer service – '))).toBe(true);
    const pdf = await readFile(path.join(folder, files.find((f) => f.endsWith('.pdf'))!));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const show = page.getByRole('button', { name: 'Show in folder' });
    await expect(show).toBeFocused();
    await show.click();
    await expect.poll(() => shell.shownInFolder.length).toBe(1);
    expect(path.dirname(shell.shownInFolder[0]!)).toBe(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('says clearly when the folder is gone, and writes nothing', async ({ shell }) => {
  const page = shell.page;
  const parent = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-export-'));
  try {
    await page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await page.locator('.rail').getByRole('button', { name: /Export/ }).click();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByRole('button', { name: 'Choose at least one document' })).toBeDisabled();
    await page.getByLabel(/Report \(Markdown\)/).check();
    await page.getByLabel(/Calendar of due dates/).check();

    shell.setNextFolder(path.join(parent, 'unplugged-drive'));
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByRole('button', { name: 'Export 2 documents' }).click();

    await expect(page.getByRole('alert')).toContainText('The folder is no longer there. Choose the folder again.');
    await expect(page.getByRole('heading', { name: 'Nothing was saved' })).toBeVisible();
    await expect(page.locator('.export-item[data-state="failed"]')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
    expect(await readdir(parent)).toEqual([]);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
});

test.describe('in the Chromium shell, which has no folder dialog', () => {
  const exportFolder = path.join(os.tmpdir(), `rr-e2e-exports-${process.pid}`, 'Readiness Room exports');
  test.use({ shellOptions: { exportFolder } });
  test.afterAll(async () => {
    await rm(path.dirname(exportFolder), { recursive: true, force: true });
  });

  test('shows its exports folder before anything is written, offers no dead "Change folder" button, and writes there', async ({ shell }) => {
    const page = shell.page;
    await page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await page.locator('.rail').getByRole('button', { name: /Export/ }).click();

    // The folder is shown (and created) at once, with why it cannot be changed here.
    await expect(page.getByTestId('export-folder')).toHaveText(exportFolder);
    await expect(page.getByTestId('export-fixed-note')).toContainText('has no folder dialog');
    await expect(page.getByRole('button', { name: /Choose folder|Change folder/ })).toHaveCount(0);
    expect(await readdir(exportFolder)).toEqual([]);

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel(/Report \(Markdown\)/).check();
    await page.getByLabel(/Calendar of due dates/).check();
    await page.getByRole('button', { name: 'Export 2 documents' }).click();
    await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 60_000 });
    expect((await readdir(exportFolder)).map((f) => path.extname(f)).sort()).toEqual(['.ics', '.md']);

    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => shell.shownInFolder.length).toBe(1);
    expect(path.dirname(shell.shownInFolder[0]!)).toBe(exportFolder);
  });
});
