/**
 * A re-assessment end to end: a baseline workshop scored on every gap (opened from a session file
 * written with tests/fixtures), its tracker exported, edited by the client with a spreadsheet
 * library, imported with the preview, undone and imported again; then a re-assessment started from
 * the library, scored again in the room — two gaps higher, one lower, three the same — and its
 * comparison stage, report and deck, which must show exactly those movements and the flags closed
 * since. Deleting the baseline changes nothing: the
 * re-assessment carries its own copy.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makeEnvelope, serializeEnvelope } from '../../shared/format/envelope';
import { buildLargeSession } from '../fixtures/largeSession';
import { MOVED_DOWN, MOVED_UP, REASSESSED_LEVELS } from '../fixtures/reassessment';
import { docxText, pptxText } from '../fixtures/documentText';
import { returnedTracker, trackerLines, type TrackerLine } from '../fixtures/returnedTracker';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage } from './pages/WorkshopPage';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

/** Three voters (and a facilitator); the room disagreed on Data quality, champions against skeptics. */
const BASELINE = buildLargeSession({ participants: 3, roundsPerGap: 1, actions: 6, id: 'baseline-e2e' });
const INITIATIVE = BASELINE.initiative;

/** The built-in gaps' names, as the rail shows them. */
const GAP_NAMES: Readonly<Record<string, string>> = {
  data: 'Data quality',
  users: 'User capability',
  load: 'Infrastructure load',
  integration: 'Integration complexity',
  change: 'Change management',
  support: 'Support model',
};

async function expectTheMovements(page: Page): Promise<void> {
  const comparison = page.getByTestId('comparison');
  const rows = comparison.getByTestId('compare-gap');
  await expect(rows).toHaveCount(6);
  const directions = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-gap'), tr.getAttribute('data-direction')]));
  const expected = Object.keys(REASSESSED_LEVELS).map((gapId) => [gapId, MOVED_UP.includes(gapId) ? 'up' : MOVED_DOWN.includes(gapId) ? 'down' : 'same']);
  expect(directions).toEqual(expected);
  await expect(comparison.locator('tr[data-direction="up"], tr[data-direction="down"]')).toHaveCount(3);
  await expect(comparison.locator('tr[data-gap="data"]')).toContainText('Up 1 level');
  await expect(comparison.locator('tr[data-gap="load"]')).toContainText('Up 1 level');
  await expect(comparison.locator('tr[data-gap="support"]')).toContainText('Down 1 level');
  await expect(comparison.locator('tr[data-gap="data"]')).toContainText('Re-assessed at level 3.');
  await expect(comparison.getByTestId('compare-gaps-up')).toHaveText('2');
  await expect(comparison.getByTestId('compare-gaps-down')).toHaveText('1');

  // The flags closed since: the room no longer disagrees on Data quality, nor do its camps.
  const closed = comparison.getByTestId('compare-flags-closed').locator('li');
  expect(await closed.allInnerTexts()).toEqual(['The room disagrees: Data quality', 'Champion–skeptic split: Data quality']);
  await expect(comparison.getByTestId('compare-flags-opened')).toHaveCount(0);

  // The radar draws both assessments, and says so in its name.
  const radar = comparison.getByTestId('compare-radar').getByRole('img');
  await expect(radar).toHaveAttribute('aria-label', /Assessment 1 · .* against Assessment 2 · .*Data quality: up from level 2 to 3; .*Support model: down from level 3 to 2/);
}

test('a baseline’s tracker comes back from the client; its re-assessment, two gaps higher and one lower, shows exactly those movements and the flags closed in its comparison, report and deck', async ({ shell, userDataDir }) => {
  // Six rounds and every document (the PDF through a second Chromium).
  test.slow();
  const page = shell.page;
  const library = new LibraryPage(page);
  const workshop = new WorkshopPage(page);
  await library.waitUntilReady();

  // The baseline, scored on every gap, comes in through the app's own file import.
  const file = path.join(userDataDir, 'Documents', 'baseline.rrsession');
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, serializeEnvelope(makeEnvelope(BASELINE, '0.1.0', new Date())));
  shell.setNextOpenPath(file);
  await page.getByRole('button', { name: 'Open file…' }).click();
  await expect(page.locator('[data-screen="workshop"]')).toBeVisible();

  // Between the workshops the client updates the exported tracker with a spreadsheet library:
  // three statuses, one owner, and one row of their own that matches no action.
  await workshop.goToStage(/Export/);
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel(/Action tracker \(Excel\)/).check();
  const trackerFolder = path.join(userDataDir, 'Documents', 'tracker');
  await fs.mkdir(trackerFolder, { recursive: true });
  shell.setNextFolder(trackerFolder);
  await page.getByRole('button', { name: 'Export 1 document' }).click();
  await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Select all' }).click();
  const exported = new Uint8Array(await fs.readFile(path.join(trackerFolder, (await fs.readdir(trackerFolder)).find((f) => f.endsWith('.xlsx'))!)));
  const [done1, done2, underWay, reassigned] = (await trackerLines(exported)).filter((line) => line.status === 'Open') as [TrackerLine, TrackerLine, TrackerLine, TrackerLine];
  const returned = path.join(trackerFolder, 'tracker from the client.xlsx');
  await fs.writeFile(
    returned,
    await returnedTracker(exported, {
      edits: [
        { id: done1.id, set: { Status: 'Done' } },
        { id: done2.id, set: { Status: 'Done' } },
        { id: underWay.id, set: { Status: 'In progress' } },
        { id: reassigned.id, set: { Owner: 'Someone New' } },
      ],
      added: [{ Action: 'Brief the night-shift supervisors', Owner: 'Priya', Status: 'Open' }],
    }),
  );

  // Imported with its preview, undone, imported again.
  await workshop.goToStage(/Action plan/);
  const plan = page.locator('.action-plan');
  const status = (line: TrackerLine) => plan.getByRole('listitem', { name: line.title, exact: true });
  const dialog = page.getByRole('dialog', { name: 'Import the returned tracker' });
  const importTracker = async () => {
    shell.setNextOpenPath(returned);
    await page.getByRole('button', { name: 'Import tracker…' }).click();
    await expect(dialog.getByRole('heading', { name: '4 actions change' })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: '1 row matches no action and is not imported' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Apply the changes to 4 actions' }).click();
    await expect(dialog).toBeHidden();
    await expect(status(done1)).toHaveAttribute('data-status', 'done');
    await expect(status(underWay)).toHaveAttribute('data-status', 'in-progress');
  };
  await importTracker();
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).click();
  await page.keyboard.press('Control+z');
  await expect(status(done1)).toHaveAttribute('data-status', 'open');
  await expect(status(underWay)).toHaveAttribute('data-status', 'open');
  await importTracker();
  await workshop.backToLibrary();

  // Start a re-assessment: it opens on its first stage, with the baseline's people.
  await page.getByRole('button', { name: `Start a re-assessment of ${INITIATIVE}`, exact: true }).click();
  await expect(workshop.stageTitle()).toContainText('Frame');
  // The actions still open after the client's update come along with their status; the done ones stay behind.
  await workshop.goToStage(/Action plan/);
  await expect(status(underWay)).toHaveAttribute('data-status', 'in-progress');
  await expect(status(reassigned)).toBeVisible();
  await expect(status(done1)).toHaveCount(0);
  await expect(status(done2)).toHaveCount(0);
  for (const [gapId, level] of Object.entries(REASSESSED_LEVELS)) await workshop.scoreGap(GAP_NAMES[gapId]!, String(level).repeat(3), `Re-assessed at level ${level}.`);

  await workshop.goToStage(/^Comparison/);
  await expectTheMovements(page);
  expect(await axeViolations(page, 'main.stage')).toEqual([]);

  // The report and the deck say the same, read back from the files the Export stage writes.
  await workshop.goToStage(/Export/);
  const folder = path.join(userDataDir, 'Documents', 'exports');
  await fs.mkdir(folder, { recursive: true });
  shell.setNextFolder(folder);
  await page.getByRole('button', { name: /^Export \d+ documents$/ }).click();
  await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 90_000 });
  const written = await fs.readdir(folder);
  const document = async (suffix: string) => new Uint8Array(await fs.readFile(path.join(folder, written.find((f) => f.endsWith(suffix))!)));
  const sections = {
    report: (await docxText(await document('Readiness report.docx'))).text,
    deck: (await pptxText(await document('Steering committee deck.pptx'))).text,
  };
  for (const [name, text] of Object.entries(sections)) {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat, name).toContain(name === 'deck' ? 'What changed' : 'What changed since the last assessment');
    expect(flat.split('↑ Up 1 level').length - 1, name).toBe(2);
    expect(flat.split('↓ Down 1 level').length - 1, name).toBe(1);
  }
  expect(sections.report).toContain('The room disagrees: Data quality');
  await workshop.goToStage(/^Comparison/);

  // The library says which assessment is which.
  await workshop.backToLibrary();
  await expect(library.row(INITIATIVE)).toHaveCount(2);
  await expect(library.row(INITIATIVE).getByTestId('assessment-number')).toHaveText('Re-assessment · assessment 2');

  // Deleting the baseline never breaks the re-assessment: it carries its own copy.
  await page.getByRole('button', { name: `Delete ${INITIATIVE}`, exact: true }).click();
  await expect(library.row(INITIATIVE)).toHaveCount(1);
  await library.open(INITIATIVE);
  await expect(workshop.stageTitle()).toContainText('Comparison');
  await page.reload();
  await expectTheMovements(page);
});
