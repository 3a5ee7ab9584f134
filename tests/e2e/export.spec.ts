/**
 * The Export stage end to end in the Chromium shell: every format ticked by default, the folder
 * from the (stand-in) dialog, a progress list, "Show in folder", and a clear message when the
 * folder has gone. The documents come from the real services, PDF included.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from '../../shared/report/exportFormats';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

/** Every format is ticked by default: as many documents as the list has. */
const ALL = EXPORT_FORMATS.length;
const EXTENSIONS = EXPORT_FORMATS.map((f) => `.${EXPORT_FORMAT_INFO[f].extension}`).sort();

test('exports every document of the sample workshop into the chosen folder', async ({ shell }) => {
  // Every document, the PDF through a second Chromium: give it the slow-test budget.
  test.slow();
  const page = shell.page;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-export-'));
  try {
    await page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await page.locator('.rail').getByRole('button', { name: /Export/ }).click();
    await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();

    const boxes = page.locator('.export-formats input[type="checkbox"]');
    await expect(boxes).toHaveCount(ALL);
    for (const box of await boxes.all()) await expect(box).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);

    // Cancelling the folder dialog writes nothing and says nothing alarming.
    await page.getByRole('button', { name: `Export ${ALL} documents` }).click();
    await expect(page.locator('.export-progress')).toHaveCount(0);

    shell.setNextFolder(folder);
    await page.getByRole('button', { name: `Export ${ALL} documents` }).click();
    await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.export-item[data-state="done"]')).toHaveCount(ALL);
    await expect(page.getByTestId('export-folder')).toContainText(folder);

    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(ALL);
    expect(files.map((f) => path.extname(f)).sort()).toEqual(EXTENSIONS);
    expect(files.filter((f) => f.endsWith(' import.csv')).sort()).toEqual([
      'Harbourline Energy – Voice agent for customer service – Azure DevOps import.csv',
      'Harbourline Energy – Voice agent for customer service – Jira import.csv',
    ]);
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

test('offers the actions for Jira and for Azure DevOps, to pick one or both', async ({ shell }) => {
  const page = shell.page;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-export-'));
  try {
    await page.getByRole('button', { name: 'Open the sample workshop' }).click();
    await page.locator('.rail').getByRole('button', { name: /Export/ }).click();
    const jira = page.getByLabel(/Actions for Jira/);
    const azure = page.getByLabel(/Actions for Azure DevOps/);
    await expect(jira).toBeChecked();
    await expect(azure).toBeChecked();

    await page.getByRole('button', { name: 'Clear' }).click();
    await azure.check();
    shell.setNextFolder(folder);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByRole('button', { name: 'Export 1 document' }).click();
    await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 60_000 });

    const files = await readdir(folder);
    expect(files).toEqual(['Harbourline Energy – Voice agent for customer service – Azure DevOps import.csv']);
    const text = await readFile(path.join(folder, files[0]!), 'utf8');
    expect(text.startsWith('\uFEFF"Work Item Type","Title","Description","Assigned To","Priority","Tags"\r\n')).toBe(true);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
