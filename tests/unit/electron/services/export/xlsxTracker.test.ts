import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

function allText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value ?? '')))));
  return parts.join('\n');
}

describe('xlsxTracker', () => {
  const model = fixtureModel();
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(await xlsxTracker(model));
  });

  it('has the Actions, Consensus, Votes, KPIs, Flags and About sheets', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Actions', 'Consensus', 'Votes', 'KPIs', 'Flags', 'About']);
  });

  it('gives every data sheet a filter over its header and a frozen header row', () => {
    for (const name of ['Actions', 'Consensus', 'Votes', 'KPIs', 'Flags']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.autoFilter, name).toBeTruthy();
      expect(String(JSON.stringify(sheet.autoFilter))).toContain('A1');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('lists the actions as the report does, with real dates', () => {
    const sheet = workbook.getWorksheet('Actions')!;
    expect(headerOf(sheet)).toEqual(['Ref', 'Action', 'Description', 'Gap', 'Owner', 'Due date', 'Priority', 'Status', 'Success measure', 'Needs']);
    expect(sheet.rowCount).toBe(model.actions.length + 1);
    model.actions.forEach((action, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(action.ref);
      expect(String(row.getCell(2).value).replace(/^'/, '')).toBe(action.title);
      expect(row.getCell(5).value ?? '').toBe(action.owner);
      const due = row.getCell(6).value;
      if (action.dueDate) expect((due as Date).toISOString().slice(0, 10)).toBe(action.dueDate);
      else expect(due).toBeNull();
      expect(row.getCell(7).value).toBe(action.priorityLabel);
    });
    expect(sheet.getCell('G2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('neutralises formula-looking text and never writes a formula', () => {
    const text = allText(workbook);
    for (const dangerous of [TRICKY.formula, TRICKY.plusFormula, TRICKY.minusFormula, TRICKY.atFormula, '=1+1 first-call resolution']) {
      expect(text).toContain(`'${dangerous}`);
    }
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
        }),
      ),
    );
  });

  it('has the consensus per gap and every revealed vote', () => {
    const consensus = workbook.getWorksheet('Consensus')!;
    expect(consensus.rowCount).toBe(7);
    expect(consensus.getCell('A5').value).toBe('4. Integration complexity');
    expect(consensus.getCell('B5').value).toBe(1);
    const votes = workbook.getWorksheet('Votes')!;
    expect(headerOf(votes)).toContain('Participant');
    expect(votes.rowCount).toBe(model.votes.length + 1);
    expect(allText(workbook)).toContain(TRICKY.arabic);
  });

  it('names no voter in anonymous mode: no participant, role or stance column', async () => {
    const anonymous = await load(await xlsxTracker(fixtureModel({ anonymous: true })));
    const header = headerOf(anonymous.getWorksheet('Votes')!);
    expect(header).not.toContain('Participant');
    expect(header).not.toContain('Role');
    expect(header).not.toContain('Stance');
    const text = allText(anonymous);
    for (const name of voterOnlyNames(fixtureSession())) expect(text).not.toContain(name);
  });
});
