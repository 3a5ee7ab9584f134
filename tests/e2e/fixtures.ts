/**
 * Playwright fixtures for end-to-end tests in the Chromium shell (electron/shell/chromiumShell.ts).
 *
 *   import { test, expect } from './fixtures';
 *   test('…', async ({ shell, restart, userDataDir }) => {
 *     await shell.page.reload();                              // reload the window
 *     const again = await restart();                          // quit + start, IndexedDB kept
 *     const fresh = await restart({ indexedDb: 'wipe' });     // quit + start, IndexedDB gone, files kept
 *   });
 *
 * Every test gets a fresh temporary userDataDir (the services' data: sessions, backups) holding a
 * persistent Chromium profile (`<userDataDir>/chromium-profile`, where IndexedDB lives). A restart
 * reuses both and the server's port, because IndexedDB is keyed by origin and the origin includes
 * the port. After `restart()` the previous shell is closed: use the one it returns.
 * Configure with `test.use({ shellOptions: { colorScheme: 'dark', viewport: {...} } })`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchChromiumShell, rendererDir, type ChromiumShell, type ChromiumShellOptions } from '../../electron/shell/chromiumShell';

export { expect };

export type ShellOptions = Pick<ChromiumShellOptions, 'viewport' | 'colorScheme' | 'appVersion' | 'open' | 'exportFolder' | 'appWindow'>;

export interface RestartOptions {
  /** 'keep' (default): like quitting and reopening the app. 'wipe': the browser storage was lost. */
  indexedDb?: 'keep' | 'wipe';
}

export interface ShellFixtures {
  /** Options for every shell of the test (test.use). */
  shellOptions: ShellOptions;
  /** Fresh temporary folder per test, removed afterwards (kept when the test fails). */
  userDataDir: string;
  /** The Chromium profile inside userDataDir. */
  profileDir: string;
  /** A launched shell (headless) with the app opened. */
  shell: ChromiumShell;
  /** Closes the current shell and starts a new one on the same userDataDir, profile and port. */
  restart: (options?: RestartOptions) => Promise<ChromiumShell>;
}

/** Deletes the IndexedDB of a Chromium profile (only while no browser uses it). */
export async function wipeIndexedDb(profileDir: string): Promise<void> {
  await rm(path.join(profileDir, 'Default', 'IndexedDB'), { recursive: true, force: true });
}

export const test = base.extend<ShellFixtures & { shellHolder: { current: ChromiumShell | null } }>({
  shellOptions: [{}, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright wants an object pattern here
  userDataDir: async ({}, use, testInfo) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-e2e-'));
    await use(dir);
    if (testInfo.status === testInfo.expectedStatus) await rm(dir, { recursive: true, force: true });
    else console.log(`kept ${dir} for inspection`);
  },

  profileDir: async ({ userDataDir }, use) => {
    await use(path.join(userDataDir, 'chromium-profile'));
  },

  // Depends on userDataDir so the browser is closed before the folder is removed.
  shellHolder: async ({ userDataDir: _userDataDir }, use) => {
    const holder: { current: ChromiumShell | null } = { current: null };
    await use(holder);
    await holder.current?.close();
  },

  shell: async ({ shellHolder, shellOptions, userDataDir, profileDir }, use) => {
    shellHolder.current = await launchChromiumShell({ ...shellOptions, rendererDir: rendererDir(), userDataDir, profileDir, headless: true });
    await use(shellHolder.current);
  },

  restart: async ({ shell, shellHolder, shellOptions, userDataDir, profileDir }, use) => {
    const port = shell.port;
    await use(async ({ indexedDb = 'keep' } = {}) => {
      await shellHolder.current?.close();
      shellHolder.current = null;
      if (indexedDb === 'wipe') await wipeIndexedDb(profileDir);
      shellHolder.current = await launchChromiumShell({ ...shellOptions, rendererDir: rendererDir(), userDataDir, profileDir, port, headless: true });
      return shellHolder.current;
    });
  },
});
