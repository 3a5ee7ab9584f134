/**
 * The firm's own method from template to documents: duplicate the built-in framework, add
 * "Governance & legal" with its ladder, remove "Change management", shorten two timeboxes, save it,
 * export it as a file, delete it, import the file, and run a session from it with three people
 * through every round, the verdict and the export of every document, read back from the files.
 * A session made from the built-in framework before any of this is stored exactly as it was.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EXPORT_FORMATS } from '../../shared/report/exportFormats';
import { docxText, icsText, pdfFileText, pptxText, xlsxText } from '../fixtures/documentText';
import { expect, test } from './fixtures';
import { COPY, FrameworksPage, GOVERNANCE } from './pages/FrameworksPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopPage, type Person } from './pages/WorkshopPage';

test.use({ shellOptions: { viewport: { width: 1280, height: 720 } } });

const GOVERNANCE_NAME = GOVERNANCE.en.name;
const REMOVED = 'Change management';
/** The framework's gaps in their order: the built-in ones left, then the firm's own. */
const GAPS = ['Data quality', 'User capability', 'Infrastructure load', 'Integration complexity', 'Support model', GOVERNANCE_NAME];

const PEOPLE: readonly Person[] = [
  { name: 'Ana Silva', role: 'i', stance: 'c' },
  { name: 'Bo Lindqvist', role: 'o', stance: 's' },
  { name: 'Dana Roy', role: 'l', stance: 'n' },
];

/** Votes in participant order; data quality's median of 1 holds the verdict at Not yet, so the charter is written too. */
const VOTES: Readonly<Record<string, string>> = {
  'Data quality': '121',
  'User capability': '333',
  'Infrastructure load': '344',
  'Integration complexity': '334',
  'Support model': '433',
  [GOVERNANCE_NAME]: '232',
};

const ACTION = 'Sign the data processing agreement';

/** A session as the window stores it (IndexedDB) and as its durable copy on disk holds it. */
async function storedSession(page: Page, userDataDir: string, initiative: string): Promise<{ database: Record<string, unknown>; disk: unknown }> {
  const database = await page.evaluate(
    (wanted) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('readiness-room');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('sessions').objectStore('sessions').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            open.result.close();
            const found = (all.result as Array<Record<string, unknown>>).filter((session) => session.initiative === wanted);
            if (found.length === 1) resolve(found[0]!);
            else reject(new Error(`${found.length} sessions named ${wanted}`));
          };
        };
      }),
    initiative,
  );
  const file = path.join(userDataDir, 'sessions', `${String(database.id)}.rrsession`);
  const disk = (JSON.parse(await readFile(file, 'utf8')) as { session: unknown }).session;
  return { database, disk };
}

/** Each exported file by the document it holds (the name after the client and initiative). */
async function exportedFiles(folder: string): Promise<Record<string, string>> {
  const files = await readdir(folder);
  const byDocument: Record<string, string> = {};
  for (const file of files) {
    const document = file.replace(/^Northwind – Claims triage – /, '');
    byDocument[document] = path.join(folder, file);
  }
  return byDocument;
}

test('a session of the firm’s imported framework runs with three people to every document; an older session is untouched', async ({ shell, userDataDir }) => {
  // Six rounds, the verdict and ten documents (two PDFs through a second Chromium).
  test.setTimeout(180_000);
  const page = shell.page;
  const library = new LibraryPage(page);
  const workshop = new WorkshopPage(page);
  const frameworks = new FrameworksPage(page);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-e2e-framework-workshop-'));
  try {
    // A session of the built-in framework, made before the firm's framework exists.
    await library.waitUntilReady();
    await library.createSession('Voice agent', 'Harbourline');
    await library.waitUntilSaved();
    await workshop.backToLibrary();
    const older = await storedSession(page, userDataDir, 'Voice agent');
    expect(older.database.framework).toBeUndefined();
    expect(older.disk).toEqual(older.database);

    // The firm's framework: a seventh gap, one removed, two shorter timeboxes; saved, exported, deleted, imported.
    await frameworks.open();
    await frameworks.duplicateBuiltIn();
    await frameworks.addGap(GOVERNANCE);
    await frameworks.removeGap(REMOVED);
    await frameworks.setTimeboxes({ Frame: 10, 'Success criteria': 15 });
    await frameworks.save();
    await frameworks.backToList();
    const file = path.join(folder, 'firm-method.rrframework');
    await frameworks.exportTo(shell, COPY, file);
    await frameworks.delete(COPY);
    await expect(frameworks.row(COPY)).toHaveCount(0);
    await frameworks.importFrom(shell, file);
    await expect(frameworks.row(COPY)).toContainText('6 gaps');

    // A session from the imported framework: its gaps on the rail, its shorter timeboxes.
    await page.getByRole('button', { name: 'Sessions', exact: true }).click();
    await library.createSession('Claims triage', 'Northwind', COPY);
    for (const gap of GAPS) await expect(workshop.rail().getByRole('button', { name: new RegExp(gap) })).toBeVisible();
    await expect(workshop.rail().getByRole('button', { name: new RegExp(REMOVED) })).toHaveCount(0);
    await workshop.addParticipants(PEOPLE);
    await expect(page.getByTestId('participant-summary')).toContainText('3 participants');

    for (const gap of GAPS) await workshop.scoreGap(gap, VOTES[gap]!, `Agreed on ${gap.toLowerCase()}.`);
    await expect(workshop.stageTitle()).toContainText(GOVERNANCE_NAME);
    await expect(page.getByText(GOVERNANCE.en.ladder[1]!).first()).toBeVisible();

    // An owned, dated action on the firm's own gap.
    await workshop.goToStage(/Action plan/);
    const plan = page.locator('.action-plan');
    const newTitle = plan.getByRole('textbox', { name: 'New action', exact: true });
    await newTitle.fill(ACTION);
    await newTitle.press('Enter');
    const action = plan.getByRole('listitem', { name: ACTION, exact: true });
    await action.getByLabel('Gap', { exact: true }).selectOption({ label: GOVERNANCE_NAME });
    await expect(plan.locator('.action-group', { has: page.getByRole('heading', { name: GOVERNANCE_NAME }) }).getByRole('listitem', { name: ACTION, exact: true })).toBeVisible();
    await action.getByLabel('Owner', { exact: true }).fill('Dana Roy');
    await action.getByLabel('Owner', { exact: true }).press('Tab');
    await action.getByLabel('Due date', { exact: true }).fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await expect(action).not.toHaveAttribute('data-attention');

    // The verdict: Not yet, held by the gap at level 1.
    await workshop.goToStage('Verdict');
    const verdict = page.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-verdict', 'not-yet');
    await expect(verdict.locator('.verdict-reasons')).toContainText('Data quality');

    // Every document, the charter included (the verdict is Not yet).
    await workshop.goToStage(/Export/);
    const exportFolder = path.join(folder, 'documents');
    await mkdir(exportFolder);
    shell.setNextFolder(exportFolder);
    await page.getByRole('button', { name: `Export ${EXPORT_FORMATS.length} documents` }).click();
    await expect(page.getByRole('heading', { name: 'All documents saved' })).toBeVisible({ timeout: 90_000 });
    const files = await exportedFiles(exportFolder);
    expect(Object.keys(files).sort()).toEqual(
      [
        'Action due dates.ics',
        'Action tracker.xlsx',
        'Azure DevOps import.csv',
        'Jira import.csv',
        'Pilot redesign charter.docx',
        'Pilot redesign charter.pdf',
        'Readiness report.docx',
        'Readiness report.md',
        'Readiness report.pdf',
        'Steering committee deck.pptx',
      ].sort(),
    );
    const bytes = async (name: string) => new Uint8Array(await readFile(files[name]!));
    const text: Record<string, string> = {
      'report (Word)': (await docxText(await bytes('Readiness report.docx'))).text,
      'report (PDF)': pdfFileText(files['Readiness report.pdf']!),
      deck: (await pptxText(await bytes('Steering committee deck.pptx'))).text,
      tracker: (await xlsxText(await bytes('Action tracker.xlsx'))).text,
      Markdown: (await readFile(files['Readiness report.md']!, 'utf8')).replace(/&amp;/g, '&'),
      Jira: await readFile(files['Jira import.csv']!, 'utf8'),
      // Azure DevOps reads the description as HTML.
      'Azure DevOps': (await readFile(files['Azure DevOps import.csv']!, 'utf8')).replace(/&amp;/g, '&'),
      calendar: icsText(await readFile(files['Action due dates.ics']!, 'utf8')),
      'charter (Word)': (await docxText(await bytes('Pilot redesign charter.docx'))).text,
      'charter (PDF)': pdfFileText(files['Pilot redesign charter.pdf']!),
    };
    for (const [document, words] of Object.entries(text)) {
      expect.soft(words, `${document} names the firm’s gap`).toContain(GOVERNANCE_NAME);
      expect.soft(words, `${document} knows nothing of the removed gap`).not.toContain(REMOVED);
    }
    // The documents that walk through the gaps name every one, and count six.
    for (const document of ['report (Word)', 'report (PDF)', 'deck', 'tracker', 'Markdown']) {
      for (const gap of GAPS) expect.soft(text[document], `${document} names ${gap}`).toContain(gap);
    }
    for (const document of ['report (Word)', 'report (PDF)', 'deck']) {
      expect.soft(text[document], `${document} counts the gaps`).toMatch(/gap 6 of 6/i);
      expect.soft(text[document], `${document} says no seventh gap`).not.toMatch(/gap \d of 7|of 7 gaps|seven gaps/i);
    }
    for (const document of ['report (Word)', 'report (PDF)', 'Markdown']) expect.soft(text[document], `${document} speaks of six gaps`).toContain('six gaps');
    expect.soft(text.calendar).toContain(`Gap 6: ${GOVERNANCE_NAME}`);
    for (const document of ['Jira', 'Azure DevOps', 'calendar']) expect.soft(text[document]).toContain(ACTION);

    // The older session: stored exactly as it was, and still on the built-in framework's gaps.
    await workshop.backToLibrary();
    const after = await storedSession(page, userDataDir, 'Voice agent');
    expect(after.database).toEqual(older.database);
    expect(after.disk).toEqual(older.disk);
    await library.open('Voice agent');
    await expect(workshop.rail().getByRole('button', { name: new RegExp(REMOVED) })).toBeVisible();
    await expect(workshop.rail().getByRole('button', { name: new RegExp(GOVERNANCE_NAME) })).toHaveCount(0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
