/**
 * Session files end to end, in the Chromium shell with stand-in dialogs: save as, open (the same
 * file, a changed one: replace / keep both), a newer-version file refused, a damaged file
 * repaired with its report, restoring a backup (and undoing it), and a save that fails.
 */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FILE_TYPE } from '../../shared/format/envelope';
import { loadSessionText } from '../../shared/format/loadSessionFile';
import type { Session } from '../../shared/model/session';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage } from './pages/WorkshopPage';

const GOLDEN = readFileSync(new URL('../fixtures/session-v1.rrsession', import.meta.url), 'utf8');

function sessionIdOf(page: Page): string {
  const match = /#\/session\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`not on a session: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

async function mirrored(page: Page, id: string): Promise<Session> {
  const listed = await page.evaluate(() => window.readinessRoom!.listMirroredSessions({}));
  if (!listed.ok) throw new Error(listed.error.message);
  const found = listed.value.sessions.find((s) => s.id === id);
  if (!found) throw new Error(`session ${id} is not on disk`);
  return found;
}

async function writeEnvelope(file: string, session: unknown, extra: Record<string, unknown> = {}): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify({ type: FILE_TYPE, version: 1, app: { name: 'Readiness Room', version: '0.1.0' }, savedAt: new Date().toISOString(), session, ...extra }, null, 1)}\n`);
}

test('save as, open it again, then open a changed copy: keep both, or replace (undoable)', async ({ shell, userDataDir }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  await library.waitUntilReady();
  await library.openSample();
  const id = sessionIdOf(page);
  await library.waitUntilSaved();

  // Save as (Ctrl+Shift+S), the dialog answering a path without the extension.
  const target = path.join(userDataDir, 'Documents', 'Harbourline workshop');
  await fs.mkdir(path.dirname(target), { recursive: true });
  shell.setNextSavePath(target);
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('status').filter({ hasText: `Saved “Voice agent for customer service” as ${target}.rrsession.` })).toBeVisible();
  expect(shell.offeredSaveNames).toEqual([expect.stringMatching(/^Voice agent for customer service \d{4}-\d{2}-\d{2}\.rrsession$/)]);
  const file = `${target}.rrsession`;
  const loaded = loadSessionText(await fs.readFile(file, 'utf8'));
  expect(loaded.ok && loaded.session).toEqual(await mirrored(page, id));

  // Back in the library: the file is among the recent files; opening it changes nothing.
  await new WorkshopPage(page).backToLibrary();
  const recent = page.getByTestId('recent-files');
  await expect(recent).toContainText('Harbourline workshop.rrsession');
  shell.setNextOpenPath(file);
  await page.getByRole('button', { name: 'Open file…' }).click();
  await expect(page.getByText('is already in your library, exactly as in Harbourline workshop.rrsession')).toBeVisible();
  await expect(page.locator('[data-screen="workshop"]')).toBeVisible();
  await new WorkshopPage(page).backToLibrary();

  // The file changes elsewhere: opening it asks. Keep both adds a copy with a new id.
  const changed = { ...(loaded.ok ? loaded.session : ({} as Session)), initiative: 'Voice agent, after the steering committee', updatedAt: Date.now() + 60_000 };
  changed.participants = [...changed.participants, { id: `${id}-p99`, name: 'Noor Aziz', role: 'it', stance: 'skeptic', inPilot: false, isFacilitator: false }];
  await writeEnvelope(file, changed);
  shell.setNextOpenPath(file);
  await page.keyboard.press('Control+O');
  const conflict = page.getByRole('dialog', { name: 'This session is already in your library' });
  await expect(conflict).toContainText('“Voice agent for customer service”');
  await expect(conflict.getByText('Newer')).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent, after the steering committee (copy)');
  expect(sessionIdOf(page)).not.toBe(id);
  await new WorkshopPage(page).backToLibrary();
  await expect(library.rows()).toHaveCount(2);

  // Replace: the library's version is backed up first, and Undo brings it back.
  await recent.getByRole('button', { name: 'Open Harbourline workshop.rrsession' }).click();
  await conflict.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent, after the steering committee');
  expect(sessionIdOf(page)).toBe(id);
  await page.getByRole('status').filter({ hasText: 'Replaced “Voice agent for customer service”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent for customer service');
  await expect.poll(async () => (await mirrored(page, id)).initiative).toBe('Voice agent for customer service');
});

test('a file from a newer version is refused, naming both versions, and left untouched', async ({ shell, userDataDir }) => {
  const page = shell.page;
  await new LibraryPage(page).waitUntilReady();
  const file = path.join(userDataDir, 'Documents', 'from-the-future.rrsession');
  await writeEnvelope(file, { id: 'future', anything: 'new' }, { version: 2, app: { name: 'Readiness Room', version: '2.0.0' } });
  const before = await fs.readFile(file);
  shell.setNextOpenPath(file);
  await page.getByRole('button', { name: 'Open file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'This file needs a newer Readiness Room' });
  await expect(dialog).toContainText('This file was written by Readiness Room 2.0.0 in format version 2; this app reads up to version 1.');
  await expect(dialog).toContainText('The file was not changed.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  expect((await fs.readFile(file)).equals(before)).toBe(true);
  await expect(new LibraryPage(page).rows()).toHaveCount(0);
});

test('a damaged file is repaired, with a report of what was repaired, and opens', async ({ shell, userDataDir }) => {
  const page = shell.page;
  await new LibraryPage(page).waitUntilReady();
  const data = JSON.parse(GOLDEN) as { session: Record<string, unknown> & { actions: Record<string, unknown>[]; participants: unknown[] } };
  data.session.actions[0]!.priority = 'urgent!!';
  data.session.participants.push({ name: 'No id' });
  data.session.surprise = true;
  const file = path.join(userDataDir, 'Documents', 'damaged.rrsession');
  await writeEnvelope(file, data.session);
  const before = await fs.readFile(file);

  // Like a double-click in the file manager: the system asks the running app to open it.
  shell.requestFileOpen(file);
  const report = page.getByRole('dialog', { name: 'The file was damaged and has been repaired' });
  await expect(report).toContainText('Readiness Room repaired 3 things so that “Voice agent for customer service” can open. The file itself was not changed.');
  const items = report.getByRole('list', { name: 'What was repaired' }).getByRole('listitem');
  await expect(items).toHaveText([
    'Unknown field "surprise" dropped.',
    '1 damaged participant entry was left out.',
    '1 action entry had missing or unreadable details, which was filled in.',
  ]);
  await report.getByRole('button', { name: 'Open the repaired session' }).click();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent for customer service');
  expect(sessionIdOf(page)).toBe('golden-v1-4f7a9c2e-6b1d-4e8a-9c3f-2d5e8a1b7c40');
  expect((await fs.readFile(file)).equals(before)).toBe(true);
});

test('restore a backup after previewing what changed, then undo the restore', async ({ shell, userDataDir }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  await library.waitUntilReady();
  await library.openSample();
  const id = sessionIdOf(page);
  await library.waitUntilSaved();
  const original = await mirrored(page, id);

  // Replace the session with a changed file (it backs up the original first).
  const changed: Session = {
    ...original,
    initiative: 'Voice agent (changed)',
    updatedAt: original.updatedAt + 1,
    participants: [...original.participants, { id: 'p-new', name: 'Noor Aziz', role: 'it', stance: 'skeptic', inPilot: false, isFacilitator: false }],
    actions: original.actions.slice(2),
  };
  const file = path.join(userDataDir, 'Documents', 'changed.rrsession');
  await writeEnvelope(file, changed);
  shell.setNextOpenPath(file);
  await page.keyboard.press('Control+O');
  await page.getByRole('dialog', { name: 'This session is already in your library' }).getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent (changed)');
  await library.waitUntilSaved();

  // File ▸ Restore a backup…: the list previews what changed since each backup.
  await shell.emit('menuCommand', { command: 'restore-backup' });
  const view = page.getByRole('dialog', { name: 'Restore a backup' });
  const row = view.getByTestId('backup-row').first();
  await expect(row).toContainText('Today');
  await expect(row.getByRole('list')).toHaveText(/frame: initiative.*participants: \+1.*actions: \u22122/s);
  await row.getByRole('button', { name: /^Restore the copy from Today/ }).click();
  await expect(view).toBeHidden();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent for customer service');
  await expect.poll(async () => (await mirrored(page, id)).participants.length).toBe(original.participants.length);

  // Undo: the state before the restore was backed up too.
  await page.getByRole('status').filter({ hasText: 'Restored the copy from today' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent (changed)');
});

test('a save that fails says why, keeps the old file byte for byte and the edits, and saves again', async ({ shell, userDataDir }) => {
  const page = shell.page;
  const library = new LibraryPage(page);
  await library.waitUntilReady();
  await library.openSample();
  const id = sessionIdOf(page);
  await library.waitUntilSaved();
  const workshop = new WorkshopPage(page);
  const stageBefore = (await mirrored(page, id)).currentStageId;

  // The sessions folder disappears (a drive unplugged), a file in its place.
  const folder = path.join(userDataDir, 'sessions');
  const aside = `${folder}.unplugged`;
  const fileName = `${id}.rrsession`;
  const bytesBefore = await fs.readFile(path.join(folder, fileName));
  await fs.rename(folder, aside);
  await fs.writeFile(folder, 'not a folder');

  await workshop.goToStage('Frame');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved to disk.' })).toContainText('is missing or is not a folder any more');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved — retrying');
  expect((await fs.readFile(path.join(aside, fileName))).equals(bytesBefore)).toBe(true);

  // It comes back: the retry saves the edit that was kept in the app.
  await fs.rm(folder);
  await fs.rename(aside, folder);
  await expect(page.getByRole('status').filter({ hasText: 'Saved again' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  const saved = loadSessionText(await fs.readFile(path.join(folder, fileName), 'utf8'));
  expect(saved.ok && saved.session.currentStageId).toBe('frame');
  expect(stageBefore).not.toBe('frame');
});

test('a session file dropped on the window opens', async ({ shell }) => {
  const page = shell.page;
  await new LibraryPage(page).waitUntilReady();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'golden.rrsession', { type: 'application/json' }));
    return transfer;
  }, GOLDEN);
  await page.dispatchEvent('main[data-screen="library"]', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a session or framework file to open it')).toBeVisible();
  await page.dispatchEvent('main[data-screen="library"]', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a session or framework file to open it')).toBeHidden();
  await expect(page.locator('.workshop-initiative')).toHaveText('Voice agent for customer service');
  await expect(page.getByRole('status').filter({ hasText: 'Opened “Voice agent for customer service” from golden.rrsession.' })).toBeVisible();
});

test('start-up survives a damaged file on disk and a damaged IndexedDB, says so, and offers the backups', async ({ shell, restart, userDataDir, profileDir }) => {
  const library = new LibraryPage(shell.page);
  await library.waitUntilReady();
  await library.openSample();
  const id = sessionIdOf(shell.page);
  await library.waitUntilSaved();
  const backup = await shell.page.evaluate((sessionId) => window.readinessRoom!.backupSessionNow({ id: sessionId }), id);
  expect(backup.ok && backup.value.name).toBeTruthy();

  // Quit; the session's file is cut in half and IndexedDB's files are overwritten with noise.
  await shell.close();
  const file = path.join(userDataDir, 'sessions', `${id}.rrsession`);
  const text = await fs.readFile(file, 'utf8');
  await fs.writeFile(file, text.slice(0, text.length / 2));
  const idb = path.join(profileDir, 'Default', 'IndexedDB');
  for (const entry of await fs.readdir(idb, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(ldb|log)$|^MANIFEST/.test(entry.name)) await fs.writeFile(path.join(entry.parentPath, entry.name), 'noise '.repeat(500));
  }

  const again = await restart();
  const after = new LibraryPage(again.page);
  await after.waitUntilReady();
  const banner = again.page.getByTestId('recovery-banner');
  await expect(banner).toContainText('“Voice agent for customer service”: its file on disk could not be read, so the backup from');
  // Chromium may throw the damaged database away by itself, or fail to open it (then the app rebuilds it).
  await expect(banner).toContainText(/The app's working store (was empty|on this laptop was damaged and has been rebuilt): 1 session was brought back from the copies on disk\./);
  await expect(after.row('Voice agent for customer service')).toBeVisible();
  await banner.getByRole('button', { name: 'Restore a backup…' }).click();
  await expect(again.page.getByRole('dialog', { name: 'Restore a backup' }).getByTestId('backup-row')).toHaveCount(1);
});
