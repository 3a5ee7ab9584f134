import { describe, expect, it } from 'vitest';
import { csvActions, csvColumns } from '../../../../../electron/services/export/csvActions';
import { translatorNow } from '../../../../../shared/i18n';
import { neutralizeFormula } from '../../../../../electron/services/export/spreadsheetSafe';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel } from './exportFixture';

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('csvActions', () => {
  const model = fixtureModel();
  const csv = csvActions(model);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the columns a Jira or Azure DevOps import maps, and one row per action', () => {
    expect(rows[0]).toEqual(['Summary', 'Description', 'Assignee', 'Due date', 'Priority', 'Labels', 'Status', 'Reference']);
    expect(rows[0]).toEqual(csvColumns(translatorNow('en')));
    expect(rows).toHaveLength(model.actions.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it('matches the session: titles, owners, ISO due dates, priorities, labels', () => {
    model.actions.forEach((action, i) => {
      const [summary, description, assignee, due, priority, labels, status, ref] = rows[i + 1]!;
      expect(summary).toBe(neutralizeFormula(action.title));
      expect(assignee).toBe(neutralizeFormula(action.owner));
      expect(due).toBe(action.dueDate ?? '');
      expect(priority).toBe(action.priorityLabel);
      expect(status).toBe(action.statusLabel);
      expect(ref).toBe(action.ref);
      expect(labels!.split(' ')).toContain('readiness-room');
      expect(labels).not.toMatch(/[^a-z0-9 -]/);
      if (action.successMeasure) expect(description).toContain(action.successMeasure);
    });
  });

  it('keeps commas, quotes, line breaks and Unicode inside their field', () => {
    const row = rows.find((r) => r[0] === `'${TRICKY.formula}`)!;
    expect(row[1]).toContain(`Second line with ${TRICKY.commaQuote}.`);
    expect(row[1]).toContain('\n');
    expect(row[2]).toBe(`Wang Fang ${TRICKY.cjkName}`);
    expect(rows.some((r) => r[0]!.includes(TRICKY.arabic))).toBe(true);
  });

  it('neutralises every formula-looking field with a leading apostrophe', () => {
    const summaries = rows.slice(1).map((r) => r[0]!);
    for (const dangerous of [TRICKY.formula, TRICKY.plusFormula, TRICKY.minusFormula, TRICKY.atFormula]) expect(summaries).toContain(`'${dangerous}`);
    for (const field of rows.slice(1).flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('neutralizeFormula leaves ordinary text alone', () => {
    expect(neutralizeFormula('Load-test at peak')).toBe('Load-test at peak');
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('')).toBe('');
  });
});
