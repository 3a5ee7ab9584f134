/**
 * The two task-tracker imports, read back with a real CSV parser (fast-csv) and held against the
 * column names each vendor documents.
 */
import { parseString } from '@fast-csv/parse';
import { describe, expect, it } from 'vitest';
import { AZURE_DEVOPS_COLUMNS, JIRA_COLUMNS, azureDevOpsCsv, jiraCsv } from '../../../../../electron/services/export/csvActions';
import { neutralizeFormula } from '../../../../../electron/services/export/spreadsheetSafe';
import { translatorNow } from '../../../../../shared/i18n';
import { buildReport } from '../../../../../shared/report/buildReport';
import { exportFormatsNamed } from '../../../../../shared/report/exportFormats';
import { TRICKY } from '../../../../fixtures/exportSession';
import { GENERATED_AT, fixtureModel } from './exportFixture';
import { HOSTILE_TEXT, LONG_WORD, OWNER_WITH_EMAIL, hostileSession } from './hostileTracker';

/**
 * Jira Cloud, "Prepare a CSV file for import" / "Map CSV data to Jira fields"
 * (support.atlassian.com/jira-software-cloud/docs/prepare-a-csv-file-for-import): a header row
 * with a Summary column (required), columns named after Jira's fields so they map by themselves,
 * user fields as e-mail addresses, one label per "Labels" column, dates in the Java date format
 * chosen in the wizard.
 */
const JIRA_DOCUMENTED = ['Summary', 'Description', 'Assignee', 'Due date', 'Priority', 'Labels'];
const JIRA_PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
/**
 * Azure DevOps, "Import, update, and export bulk work items with CSV files"
 * (learn.microsoft.com/azure/devops/boards/queries/import-work-items-from-csv): Work Item Type and
 * Title are required, no ID column for new items; other columns are work item field names
 * (Description, Assigned To, Priority 1–4, Tags separated by semicolons).
 */
const AZURE_DOCUMENTED = ['Work Item Type', 'Title', 'Description', 'Assigned To', 'Priority', 'Tags'];

async function parse(text: string): Promise<string[][]> {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text.slice(1), { headers: false, ignoreEmpty: false, strictColumnHandling: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

function records(text: string): string[] {
  // Every record ends with CRLF; line breaks inside a quoted field stay bare LF.
  return text.split('\r\n');
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('the Jira import', () => {
  const model = fixtureModel();
  const csv = jiraCsv(model);

  it('is UTF-8 with a byte-order mark, CRLF records, every field quoted', async () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(records(csv).slice(0, -1).every((r) => r.startsWith('\uFEFF"') || r.startsWith('"') || r === '')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('has the columns Jira documents, in its field names, and one row per action', async () => {
    const rows = await parse(csv);
    expect(rows[0]).toEqual([...JIRA_COLUMNS]);
    expect([...new Set(rows[0])]).toEqual(JIRA_DOCUMENTED);
    expect(rows[0]![0]).toBe('Summary');
    // Jira: "the header row should avoid containing any punctuation".
    for (const name of rows[0]!) expect(name).toMatch(/^[A-Za-z ]+$/);
    expect(rows).toHaveLength(model.actions.length + 1);
    for (const row of rows) expect(row).toHaveLength(JIRA_COLUMNS.length);
  });

  it('matches the session: titles, assignees, ISO dates, Jira priorities, labels without spaces', async () => {
    const rows = await parse(csv);
    model.actions.forEach((action, i) => {
      const [summary, description, assignee, due, priority, label, gapLabel] = rows[i + 1]!;
      expect(summary).toBe(neutralizeFormula(action.title));
      expect(assignee).toBe(neutralizeFormula(action.ownerEmail ?? action.owner));
      expect(due).toBe(action.dueDate ?? '');
      if (due) expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(JIRA_PRIORITIES).toContain(priority);
      expect(label).toBe('readiness-room');
      expect(gapLabel).not.toMatch(/\s/);
      expect(description).toContain(`(${action.ref})`);
      if (action.successMeasure) expect(description).toContain(action.successMeasure);
    });
  });

  it('keeps commas, quotes, line breaks and Unicode inside their field, and neutralises formulas', async () => {
    const rows = await parse(csv);
    const row = rows.find((r) => r[0] === `'${TRICKY.formula}`)!;
    expect(row[1]).toContain(`Second line with ${TRICKY.commaQuote}.`);
    expect(row[1]).toContain('\n');
    expect(row[2]).toBe(`Wang Fang ${TRICKY.cjkName}`);
    for (const field of rows.slice(1).flat()) expect(field).not.toMatch(FORMULA_START);
  });
});

describe('the Azure DevOps import', () => {
  const model = fixtureModel();
  const csv = azureDevOpsCsv(model);

  it('has the columns Azure DevOps documents, Work Item Type and Title first, no ID', async () => {
    const rows = await parse(csv);
    expect(rows[0]).toEqual([...AZURE_DEVOPS_COLUMNS]);
    expect(rows[0]).toEqual(AZURE_DOCUMENTED);
    expect(rows[0]).not.toContain('ID');
    expect(rows).toHaveLength(model.actions.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes a Task per action, priorities 1–4, tags split by "; ", the description as HTML', async () => {
    const rows = await parse(csv);
    model.actions.forEach((action, i) => {
      const [type, title, description, assigned, priority, tags] = rows[i + 1]!;
      expect(type).toBe('Task');
      expect(title).toBe(neutralizeFormula(action.title));
      expect(assigned).toBe(neutralizeFormula(action.owner));
      expect(Number(priority)).toBe({ high: 1, medium: 2, low: 3 }[action.priority]);
      expect(tags!.split('; ')[0]).toBe('readiness-room');
      expect(description).not.toContain('\n');
      expect(description).not.toMatch(/<(?!br>)/);
    });
    // Markup typed in the workshop is text in Azure DevOps, not HTML; lines become <br>.
    const marked = rows.slice(1).find((r) => r[2]!.includes('onerror'))!;
    expect(marked[2]).toContain(`Include ${TRICKY.img.replace('<', '&lt;').replace('>', '&gt;')} as plain text.`);
    expect(marked[2]).toContain('outages.<br>Include');
  });
});

describe('a hostile session', () => {
  const model = buildReport(hostileSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });

  it.each([
    ['jira', jiraCsv, JIRA_COLUMNS.length],
    ['azure-devops', azureDevOpsCsv, AZURE_DEVOPS_COLUMNS.length],
  ] as const)('%s: every row whole, the long word, RTL and emoji intact, no field a formula', async (_, write, width) => {
    const text = write(model);
    const rows = await parse(text);
    expect(rows).toHaveLength(model.actions.length + 1);
    for (const row of rows) expect(row).toHaveLength(width);
    const all = rows.flat().join('\n');
    for (const piece of [LONG_WORD, HOSTILE_TEXT.hebrew, HOSTILE_TEXT.arabic, '🎉🚀']) expect(all).toContain(piece);
    for (const field of rows.slice(1).flat()) expect(field).not.toMatch(FORMULA_START);
    for (const f of HOSTILE_TEXT.formulas) expect(all).toContain(`'${f}`);
  });

  it('assigns by e-mail in Jira and as "Name <e-mail>" in Azure DevOps when the participant has one', async () => {
    const jira = await parse(jiraCsv(model));
    const azure = await parse(azureDevOpsCsv(model));
    const i = model.actions.findIndex((a) => a.owner === OWNER_WITH_EMAIL.name) + 1;
    expect(i).toBeGreaterThan(0);
    expect(jira[i]![2]).toBe(OWNER_WITH_EMAIL.email);
    expect(azure[i]![3]).toBe(`${OWNER_WITH_EMAIL.name} <${OWNER_WITH_EMAIL.email}>`);
    // Without an e-mail: the name as written.
    const other = model.actions.findIndex((a) => a.owner && !a.ownerEmail) + 1;
    expect(jira[other]![2]).toBe(neutralizeFormula(model.actions[other - 1]!.owner));
  });

  it('writes no e-mail address at all in anonymous mode', () => {
    const anonymous = buildReport(hostileSession({ anonymous: true }), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    expect(anonymous.actions.every((a) => a.ownerEmail === null)).toBe(true);
    for (const text of [jiraCsv(anonymous), azureDevOpsCsv(anonymous)]) expect(text).not.toMatch(/@harbourline\.example/);
  });

  it('speaks the session’s language in the text and keeps the vendors’ column names', async () => {
    const german = buildReport(hostileSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: translatorNow('de') });
    expect((await parse(jiraCsv(german)))[0]).toEqual([...JIRA_COLUMNS]);
    expect((await parse(azureDevOpsCsv(german)))[0]).toEqual(AZURE_DOCUMENTED);
    expect(jiraCsv(german)).toContain('Lücke: ');
  });
});

describe('the format names', () => {
  it('accepts "csv" for both imports, so older scripts keep working', () => {
    expect(exportFormatsNamed('csv')).toEqual(['jira', 'azure-devops']);
    expect(exportFormatsNamed('jira')).toEqual(['jira']);
    expect(exportFormatsNamed('azure-devops')).toEqual(['azure-devops']);
    expect(exportFormatsNamed('toString')).toBeNull();
    expect(exportFormatsNamed('xls')).toBeNull();
  });

  it('neutralizeFormula leaves ordinary text alone', () => {
    expect(neutralizeFormula('Load-test at peak')).toBe('Load-test at peak');
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('')).toBe('');
  });
});
