/**
 * `npm run screenshots` (builds first) or `npx tsx tests/e2e/screenshots.ts` on an existing build:
 * opens the app in the Chromium shell at 1280×720, in light and in dark, and saves
 * `assets/screenshots/<name>-<scheme>.png` for every screen below. Add a screen: push a
 * { name, steps } whose steps bring the page to it (each scheme starts from a fresh profile).
 * `--lang de --out <folder>` takes them with the window (and so the sample workshop) in German;
 * `--only name,name` takes only those screens (each list must start with a screen that opens the app).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumShell, rendererDir, repoRoot, type ChromiumShell } from '../../electron/shell/chromiumShell';
import { readCatalogue } from '../fixtures/englishLeaks';

const argument = (name: string): string | undefined => process.argv.find((_arg, i) => process.argv[i - 1] === name);
const LANGUAGE = argument('--lang') ?? 'en';
const words = readCatalogue(LANGUAGE);
/** The words of the language the screenshots are taken in. */
const w = (id: string): string => words[id] ?? id;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Screen {
  name: string;
  steps: (page: Page, shell: ChromiumShell) => Promise<void>;
}

const TIMEOUT_MS = 15_000;
const SCHEMES = ['light', 'dark'] as const;

const openLibrary = async (page: Page, shell: ChromiumShell): Promise<void> => {
  await page.goto(shell.appUrl, { timeout: TIMEOUT_MS });
  await page.waitForSelector('main[data-screen="library"][data-ready="true"]', { state: 'visible', timeout: TIMEOUT_MS });
  if (LANGUAGE !== 'en') {
    // The window starts in English on a fresh profile.
    await page.getByLabel(readCatalogue('en')['languagePicker.window.label']!).selectOption(LANGUAGE);
    await page.waitForSelector(`html[lang="${LANGUAGE}"]`, { timeout: TIMEOUT_MS });
  }
};

const stage = (name: RegExp) => async (page: Page): Promise<void> => {
  await page.getByRole('navigation', { name: w('workshop.rail.label') }).getByRole('button', { name }).click();
  await page.waitForSelector('#stage-title', { timeout: TIMEOUT_MS });
  await page.waitForTimeout(200);
};

const SCREENS: Screen[] = [
  { name: 'library-empty', steps: openLibrary },
  {
    name: 'workshop-gap',
    steps: async (page) => {
      await page.getByRole('button', { name: w('library.empty.sample') }).click();
      await stage(new RegExp(escape(w('framework.default.gap.data.name'))))(page);
    },
  },
  { name: 'workshop-frame', steps: stage(new RegExp(`^${escape(w('workshop.stage.frame.title'))}`)) },
  { name: 'workshop-verdict', steps: stage(new RegExp(`^${escape(w('workshop.stage.verdict.title'))}`)) },
  { name: 'workshop-actions', steps: stage(new RegExp(`^${escape(w('workshop.stage.actions.title'))}`)) },
  ...(LANGUAGE === 'en'
    ? []
    : [
        { name: 'workshop-criteria', steps: stage(new RegExp(`^${escape(w('workshop.stage.criteria.title'))}`)) },
        { name: 'workshop-ownership', steps: stage(new RegExp(`^${escape(w('workshop.stage.ownership.title'))}`)) },
        { name: 'workshop-export', steps: stage(new RegExp(`^${escape(w('workshop.stage.export.title'))}`)) },
        {
          name: 'workshop-palette',
          steps: async (page: Page) => {
            await page.keyboard.press('Control+K');
            await page.waitForTimeout(300);
          },
        },
        {
          name: 'presenter',
          steps: async (page: Page, shell: ChromiumShell) => {
            await page.keyboard.press('Escape');
            const id = new URL(page.url()).hash.split('/')[2] ?? '';
            await page.goto(`${shell.appUrl}#/presenter/${id}`);
            await page.waitForTimeout(1000);
          },
        },
      ]),
  {
    name: 'library',
    steps: async (page, shell) => {
      await page.goto(shell.appUrl, { timeout: TIMEOUT_MS });
      await page.waitForSelector('main[data-screen="library"][data-ready="true"]', { state: 'visible', timeout: TIMEOUT_MS });
      await page.getByRole('button', { name: w('library.newSession.button') }).first().click();
      const dialog = page.getByRole('dialog', { name: w('library.newSession.title') });
      await dialog.getByLabel(w('library.newSession.initiative')).fill('Claims triage assistant');
      await dialog.getByLabel(w('library.newSession.client')).fill('Northwind Insurance');
      await dialog.getByRole('button', { name: w('library.newSession.create') }).click();
      await page.getByRole('button', { name: w('workshop.top.library') }).click();
      await page.waitForSelector('main[data-screen="library"][data-ready="true"]', { timeout: TIMEOUT_MS });
    },
  },
  {
    name: 'frameworks',
    steps: async (page, shell) => {
      await openLibrary(page, shell);
      await page.getByRole('button', { name: w('frameworkEditor.libraryLink'), exact: true }).click();
      await page.waitForSelector('main[data-screen="frameworks"][data-ready="true"]', { timeout: TIMEOUT_MS });
      await page.getByRole('button', { name: w('frameworkEditor.list.duplicateNamed').replace('{name}', w('frameworkEditor.builtIn.name')) }).click();
      await page.waitForSelector('main[data-screen="framework-editor"]', { timeout: TIMEOUT_MS });
      await page.getByRole('button', { name: w('frameworkEditor.save') }).click();
      await page.getByRole('button', { name: w('frameworkEditor.backToList'), exact: true }).click();
      await page.waitForSelector('main[data-screen="frameworks"][data-ready="true"]', { timeout: TIMEOUT_MS });
      await page.waitForTimeout(9000); // the toast closes
    },
  },
  {
    name: 'framework-editor-gap',
    steps: async (page) => {
      await page.getByTestId('framework-row').nth(1).getByRole('button').first().click();
      await page.waitForSelector('main[data-screen="framework-editor"]', { timeout: TIMEOUT_MS });
      await page.getByRole('navigation', { name: w('frameworkEditor.nav.label') }).getByRole('button', { name: w('framework.default.gap.data.name') }).click();
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'framework-editor-general',
    steps: async (page) => {
      await page.getByRole('navigation', { name: w('frameworkEditor.nav.label') }).getByRole('button', { name: w('frameworkEditor.general.title') }).click();
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'framework-editor-agenda',
    steps: async (page) => {
      await page.getByRole('navigation', { name: w('frameworkEditor.nav.label') }).getByRole('button', { name: w('frameworkEditor.agenda.title') }).click();
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'framework-editor-rules',
    steps: async (page) => {
      await page.getByRole('navigation', { name: w('frameworkEditor.nav.label') }).getByRole('button', { name: w('frameworkEditor.rules.title') }).click();
      await page.waitForTimeout(200);
    },
  },
];

const ONLY = argument('--only')?.split(',');

async function main(): Promise<void> {
  const outDir = argument('--out') ?? path.join(repoRoot(), 'assets', 'screenshots');
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
      for (const screen of SCREENS.filter((candidate) => !ONLY || ONLY.includes(candidate.name))) {
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
