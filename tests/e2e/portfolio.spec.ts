/**
 * A client's portfolio end to end: four initiatives of one client (one re-assessed: a session
 * whose previousSessionId names its baseline) come back from their files on disk into the library,
 * which groups them by client and initiative with verdicts and trends; the portfolio opens from
 * the client's group by keyboard, shows the matrix, verdicts, next actions and owners, passes
 * axe in both themes, exports a PDF page and an XLSX sheet (read back here), and Esc returns.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { makeEnvelope, serializeEnvelope } from '../../shared/format/envelope';
import { northwind } from '../fixtures/portfolioSessions';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

/** The sessions as the app's own durable copies: the library restores them at start. */
async function seed(userDataDir: string): Promise<void> {
  const folder = path.join(userDataDir, 'sessions');
  await mkdir(folder, { recursive: true });
  for (const session of northwind()) {
    await writeFile(path.join(folder, `${session.id}.rrsession`), serializeEnvelope(makeEnvelope(session, '0.1.0', new Date())));
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ shellOptions: { colorScheme, viewport: { width: 1280, height: 720 } } });

    test('a portfolio of four initiatives of one client renders and exports', async ({ shell, restart, userDataDir }, testInfo) => {
      test.slow();
      await new LibraryPage(shell.page).waitUntilReady();
      await seed(userDataDir);
      const again = await restart();
      const page = again.page;
      const library = new LibraryPage(page);
      await library.waitUntilReady();

      // The library: clients, their initiatives, each with its verdict and readiness trend.
      await expect(library.rows()).toHaveCount(6);
      const groups = page.locator('.client-group');
      await expect(groups).toHaveCount(2);
      expect((await groups.locator('h2').allTextContents()).sort()).toEqual(['Contoso', 'Northwind']);
      const northwindGroup = groups.filter({ has: page.getByRole('heading', { name: 'Northwind', level: 2 }) });
      const initiatives = northwindGroup.getByTestId('initiative-group');
      await expect(initiatives).toHaveCount(4);
      const voice = initiatives.filter({ has: page.getByRole('heading', { name: 'Voice agent', level: 3 }) });
      await expect(voice.getByTestId('session-row')).toHaveCount(2);
      await expect(voice).toContainText('2 assessments');
      await expect(voice.getByRole('img', { name: 'Readiness over 2 assessments: 2 → 4' })).toBeVisible();
      await expect(voice.locator('.verdict-pill')).toHaveText('Go');
      await expect(initiatives.filter({ hasText: 'Claims triage' }).locator('.verdict-pill')).toHaveText('Not yet');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`library-${colorScheme}.png`) });

      // Search still finds single sessions inside the groups.
      await library.search('invoice');
      await expect(library.rows()).toHaveCount(1);
      await expect(page.locator('.client-group h2')).toHaveText(['Northwind']);
      await library.search('');

      // The portfolio, reached by keyboard from the client's group.
      const open = page.getByRole('button', { name: 'Portfolio of Northwind' });
      await open.focus();
      await page.keyboard.press('Enter');
      const screen = page.locator('main[data-screen="portfolio"][data-ready="true"]');
      await expect(screen).toBeVisible();
      expect(page.url()).toMatch(/#\/portfolio\/northwind$/);
      await expect(page.getByRole('heading', { name: 'Portfolio: Northwind', level: 1 })).toBeVisible();
      const columns = page.getByTestId('portfolio-column');
      await expect(columns).toHaveCount(4);
      await expect(columns.first()).toContainText('Closest to production');
      await expect(columns.first()).toContainText('Voice agent');
      await expect(columns.locator('.verdict-pill')).toHaveText(['Go', 'Go with conditions', 'Not yet', 'Not yet']);
      const matrix = page.getByRole('table', { name: 'Gaps by initiative at the latest consensus' });
      await expect(matrix.getByRole('row', { name: /^Data quality / }).getByRole('cell')).toHaveText(['4', '3', '1', '—']);
      await expect(matrix.getByRole('row', { name: /^Governance & legal / }).getByRole('cell')).toHaveText(['not in this framework', 'not in this framework', '2', 'not in this framework']);
      await expect(page.getByTestId('portfolio-standing').nth(2)).toHaveText('Not yet. Lowest gaps: Data readiness 1, Governance & legal 2 and User capability 3.');
      await expect(page.getByTestId('portfolio-action')).toHaveCount(6);
      await expect(page.getByTestId('portfolio-owner').first()).toContainText('Dana');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`portfolio-${colorScheme}.png`) });

      // Export both documents into the folder the (stand-in) dialog answers.
      const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-portfolio-'));
      try {
        again.setNextFolder(folder);
        await page.getByRole('button', { name: 'Export PDF and Excel' }).click();
        await expect(page.locator('[data-testid="portfolio-export-item"][data-state="done"]')).toHaveCount(2, { timeout: 60_000 });
        const files = (await readdir(folder)).sort();
        expect(files).toEqual([expect.stringMatching(/^Northwind – Portfolio \d{4}-\d{2}-\d{2}\.pdf$/), expect.stringMatching(/^Northwind – Portfolio \d{4}-\d{2}-\d{2}\.xlsx$/)]);
        const pdf = path.join(folder, files[0]!);
        expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        for (const name of ['Portfolio: Northwind', 'Voice agent', 'Invoice matching', 'Claims triage', 'HR assistant']) expect(text).toContain(name);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await readFile(path.join(folder, files[1]!))) as unknown as ArrayBuffer);
        expect((workbook.worksheets[0]!.getRow(4).values as unknown[]).slice(1)).toEqual(['Gap', 'Voice agent', 'Invoice matching', 'Claims triage', 'HR assistant']);
        await page.getByRole('button', { name: /^Show Northwind – Portfolio .*\.pdf in folder$/ }).click();
        await expect.poll(() => again.shownInFolder).toEqual([path.join(folder, files[0]!)]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }

      // Esc returns to the library.
      await page.locator('h1').click();
      await page.keyboard.press('Escape');
      await library.waitUntilReady();
      expect(page.url()).not.toContain('portfolio');
    });
  });
}
