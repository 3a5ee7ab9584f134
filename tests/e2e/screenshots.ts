/**
 * `npm run screenshots` (builds first) or `npx tsx tests/e2e/screenshots.ts` on an existing build:
 * opens the app in the Chromium shell at 1280×720, in light and in dark, and saves
 * `assets/screenshots/<name>-<scheme>.png` for every screen below. Add a screen: push a
 * { name, steps } whose steps bring the page to it (each scheme starts from a fresh profile).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumShell, rendererDir, repoRoot, type ChromiumShell } from '../../electron/shell/chromiumShell';

interface Screen {
  name: string;
  steps: (page: Page, shell: ChromiumShell) => Promise<void>;
}

const TIMEOUT_MS = 15_000;
const SCHEMES = ['light', 'dark'] as const;

const openLibrary = async (page: Page, shell: ChromiumShell): Promise<void> => {
  await page.goto(shell.appUrl, { timeout: TIMEOUT_MS });
  await page.waitForSelector('main[data-screen="library"][data-ready="true"]', { state: 'visible', timeout: TIMEOUT_MS });
};

const stage = (name: RegExp) => async (page: Page): Promise<void> => {
  await page.getByRole('navigation', { name: 'Workshop agenda' }).getByRole('button', { name }).click();
  await page.waitForSelector('#stage-title', { timeout: TIMEOUT_MS });
  await page.waitForTimeout(200);
};

const SCREENS: Screen[] = [
  { name: 'library-empty', steps: openLibrary },
  {
    name: 'workshop-gap',
    steps: async (page) => {
      await page.getByRole('button', { name: 'Open the sample workshop' }).click();
      await stage(/Data quality/)(page);
    },
  },
  { name: 'workshop-frame', steps: stage(/^Frame/) },
  { name: 'workshop-verdict', steps: stage(/^Verdict/) },
  { name: 'workshop-actions', steps: stage(/^Action plan/) },
  {
    name: 'library',
    steps: async (page) => {
      await page.getByRole('button', { name: 'Library' }).click();
      await page.getByRole('button', { name: 'New session' }).first().click();
      await page.getByLabel('Initiative').fill('Claims triage assistant');
      await page.getByLabel('Client').fill('Northwind Insurance');
      await page.getByRole('button', { name: 'Create session' }).click();
      await page.getByRole('button', { name: 'Library' }).click();
      await page.waitForSelector('main[data-screen="library"][data-ready="true"]', { timeout: TIMEOUT_MS });
    },
  },
];

async function main(): Promise<void> {
  const outDir = path.join(repoRoot(), 'assets', 'screenshots');
  await mkdir(outDir, { recursive: true });
  for (const colorScheme of SCHEMES) {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-screens-'));
    const shell = await launchChromiumShell({
      rendererDir: rendererDir(),
      userDataDir,
      headless: true,
      open: false,
      viewport: { width: 1280, height: 720 },
      colorScheme,
    });
    try {
      for (const screen of SCREENS) {
        await screen.steps(shell.page, shell);
        const file = path.join(outDir, `${screen.name}-${colorScheme}.png`);
        await shell.page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        console.log(`saved ${path.relative(repoRoot(), file)}`);
      }
    } finally {
      await shell.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`screenshots failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  },
);
