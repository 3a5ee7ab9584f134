import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage } from './pages/WorkshopPage';

test('a new session is found by search and survives a reload', async ({ shell }) => {
  const library = new LibraryPage(shell.page);
  await library.waitUntilReady();
  await expect(shell.page.getByRole('heading', { name: 'Run your first readiness workshop' })).toBeVisible();

  await library.createSession('Claims triage assistant', 'Northwind Insurance');
  await new WorkshopPage(shell.page).backToLibrary();
  await library.createSession('Invoice matching', 'Contoso');
  await new WorkshopPage(shell.page).backToLibrary();
  await expect(library.rows()).toHaveCount(2);

  await library.search('northwind');
  await expect(library.rows()).toHaveCount(1);
  await expect(library.row('Claims triage assistant')).toBeVisible();
  await library.search('nothing like this');
  await expect(shell.page.getByText('No session matches')).toBeVisible();

  await shell.page.reload();
  await library.waitUntilReady();
  await expect(library.rows()).toHaveCount(2);
});

test('a wiped IndexedDB is restored from the copies on disk', async ({ shell, restart }) => {
  const library = new LibraryPage(shell.page);
  await library.waitUntilReady();
  await library.createSession('Voice agent pilot', 'Harbourline Energy');
  await new WorkshopPage(shell.page).backToLibrary();
  await library.waitUntilSaved();

  const fresh = await restart({ indexedDb: 'wipe' });
  const after = new LibraryPage(fresh.page);
  await after.waitUntilReady();
  await expect(after.row('Voice agent pilot')).toBeVisible();
  await expect(after.row('Voice agent pilot')).toContainText('Harbourline Energy');
});

test('delete can be undone, and stays deleted after a restart', async ({ shell, restart }) => {
  const library = new LibraryPage(shell.page);
  await library.waitUntilReady();
  await library.createSession('Keep me', 'Client A');
  await new WorkshopPage(shell.page).backToLibrary();
  await library.createSession('Delete me', 'Client B');
  await new WorkshopPage(shell.page).backToLibrary();

  await library.delete('Keep me');
  await expect(library.row('Keep me')).toHaveCount(0);
  await library.undo();
  await expect(library.row('Keep me')).toBeVisible();

  await library.delete('Delete me');
  await expect(library.row('Delete me')).toHaveCount(0);
  await library.waitUntilSaved();
  const again = await restart({ indexedDb: 'wipe' });
  const after = new LibraryPage(again.page);
  await after.waitUntilReady();
  await expect(after.row('Keep me')).toBeVisible();
  await expect(after.row('Delete me')).toHaveCount(0);
});

test('duplicate makes a linked re-assessment; archive hides until asked', async ({ shell }) => {
  const library = new LibraryPage(shell.page);
  await library.waitUntilReady();
  await library.createSession('Fraud scoring', 'Bank Co');
  await new WorkshopPage(shell.page).backToLibrary();
  await shell.page.getByRole('button', { name: 'Start a re-assessment of Fraud scoring' }).click();
  // The re-assessment opens on its first stage, where its participants are edited as always.
  const workshop = new WorkshopPage(shell.page);
  await expect(workshop.stageTitle()).toContainText('Frame');
  await expect(workshop.rail().getByRole('button', { name: /^Comparison/ })).toBeVisible();
  await workshop.backToLibrary();
  await expect(library.row('Fraud scoring')).toHaveCount(2);
  await expect(library.row('Fraud scoring').filter({ hasText: 'Re-assessment · assessment 2' })).toHaveCount(1);

  await shell.page.getByRole('button', { name: 'Archive Fraud scoring (assessment 2)' }).click();
  await expect(library.row('Fraud scoring')).toHaveCount(1);
  await expect(library.row('Fraud scoring')).not.toContainText('Re-assessment');
  await shell.page.getByLabel(/Show archived/).check();
  await expect(library.row('Fraud scoring').filter({ hasText: 'Re-assessment' })).toContainText('Archived');
});

test('the phase rail navigates by mouse and keyboard, and the stage survives a reload', async ({ shell }) => {
  const library = new LibraryPage(shell.page);
  await library.waitUntilReady();
  await library.createSession('Rail test', 'Client');
  const workshop = new WorkshopPage(shell.page);
  await expect(workshop.stageTitle()).toHaveText('Frame');

  await workshop.goToStage(/Infrastructure load/);
  await expect(shell.page.getByText('Gap 3 of 6')).toBeVisible();

  await shell.page.keyboard.press('Alt+ArrowDown');
  await expect(workshop.stageTitle()).toContainText('Integration complexity');
  await shell.page.keyboard.press('Alt+ArrowUp');
  await expect(workshop.stageTitle()).toContainText('Infrastructure load');

  // Arrow keys move focus within the rail; Enter opens the focused stage.
  await workshop.rail().locator('[aria-current="step"]').focus();
  await shell.page.keyboard.press('ArrowDown');
  await shell.page.keyboard.press('ArrowDown');
  await shell.page.keyboard.press('Enter');
  await expect(workshop.stageTitle()).toContainText('Change management');

  await shell.page.reload();
  await expect(workshop.stageTitle()).toContainText('Change management');
});
