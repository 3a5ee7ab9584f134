import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import JSZip from 'jszip';
import { buildReport } from '../../../../../shared/report/buildReport';
import { TRICKY } from '../../../../fixtures/exportSession';
import { buildLargeSession } from '../../../../fixtures/largeSession';
import { GENERATED_AT, fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { HOSTILE_TEXT, LONG_WORD, hostileSession } from './hostileTracker';

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
    expect(headerOf(sheet).slice(0, 11)).toEqual(['Ref', 'Action', 'Description', 'Gap', 'Owner', 'Due date', 'Priority', 'Status', 'Success measure', 'Needs', 'Notes']);
    expect(sheet.rowCount).toBe(model.actions.length + 1);
    model.actions.forEach((action, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(action.ref);
      expect(row.getCell(2).value).toBe(action.title);
      expect(row.getCell(5).value ?? '').toBe(action.owner);
      const due = row.getCell(6).value;
      if (action.dueDate) expect((due as Date).toISOString().slice(0, 10)).toBe(action.dueDate);
      else expect(due).toBeNull();
      expect(row.getCell(7).value).toBe(action.priorityLabel);
    });
    expect(sheet.getCell('G2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('names itself for the import: each action’s id in a hidden last column under the marker, inside the filter', () => {
    const sheet = workbook.getWorksheet('Actions')!;
    expect(sheet.getCell(1, 12).value).toBe(`readiness-room-tracker/1?session=${model.meta.sessionId}&language=en`);
    expect(sheet.getColumn(12).hidden).toBe(true);
    expect(sheet.getColumn(11).hidden).toBe(false);
    model.actions.forEach((action, i) => {
      expect(sheet.getCell(i + 2, 12).value).toBe(action.id);
      expect(sheet.getCell(i + 2, 11).value ?? '').toBe(action.notes);
    });
    expect(JSON.stringify(sheet.autoFilter)).toContain(`L${model.actions.length + 1}`);
  });

  it('writes formula-looking text as the text itself: a string cell, no apostrophe, never a formula', () => {
    const text = allText(workbook);
    for (const dangerous of [TRICKY.formula, TRICKY.plusFormula, TRICKY.minusFormula, TRICKY.atFormula, '=1+1 first-call resolution']) {
      expect(text).toContain(dangerous);
      expect(text).not.toContain(`'${dangerous}`);
    }
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value, `${sheet.name}!${cell.address}`).not.toMatch(/^'/);
        }),
      ),
    );
  });

  it('prints on A4 landscape, fitted to the width, the header row on every page', () => {
    for (const name of ['Actions', 'Consensus', 'Votes', 'KPIs', 'Flags']) {
      const setup = workbook.getWorksheet(name)!.pageSetup;
      expect(setup, name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    }
    const about = workbook.getWorksheet('About')!.pageSetup;
    expect(about).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(workbook.getWorksheet('Actions')!.headerFooter.oddFooter).toContain('&P');
  });

  it('writes the print settings Excel reads: fitToPage switched on, A4, the print titles as a defined name', async () => {
    const zip = await JSZip.loadAsync(await xlsxTracker(model));
    const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet1).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(sheet1).toMatch(/<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;)?Actions(&apos;)?!\$1:\$1<\/definedName>/);
  });

  it('has one validation per column, over one range, none overlapping', async () => {
    const zip = await JSZip.loadAsync(await xlsxTracker(model));
    const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const ranges = [...sheet1.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    const last = model.actions.length + 1;
    expect(ranges).toEqual([`G2:G${last}`, `H2:H${last}`]);
    expect(sheet1).toMatch(/<dataValidations count="2">/);
  });

  it('names the font of every cell', () => {
    workbook.eachSheet((sheet) =>
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell((cell) => {
          expect(cell.font?.name, `${sheet.name}!${cell.address}`).toBe('Arial');
        }),
      ),
    );
    expect(workbook.getWorksheet('Actions')!.getCell('A1').font).toMatchObject({ name: 'Arial', bold: true });
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

  it('exports a hostile session cleanly: the long word, RTL, emoji and formula-like text as typed', async () => {
    const hostile = buildReport(hostileSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    const book = await load(await xlsxTracker(hostile));
    const text = allText(book);
    for (const piece of [LONG_WORD, HOSTILE_TEXT.hebrew, HOSTILE_TEXT.arabic, HOSTILE_TEXT.emoji, ...HOSTILE_TEXT.formulas]) expect(text).toContain(piece);
    const actions = book.getWorksheet('Actions')!;
    expect(actions.rowCount).toBe(hostile.actions.length + 1);
    const titles = hostile.actions.map((_, i) => actions.getCell(i + 2, 2).value);
    for (const f of HOSTILE_TEXT.formulas) expect(titles).toContain(f);
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    expect(actions.getColumn(2).alignment).toMatchObject({ wrapText: true });
    // No participant e-mail in the tracker.
    expect(text).not.toMatch(/@harbourline\.example/);
  });

  it('keeps one validation range per column for the large session', async () => {
    const large = buildReport(buildLargeSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    const zip = await JSZip.loadAsync(await xlsxTracker(large));
    const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const last = large.actions.length + 1;
    expect([...sheet1.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])).toEqual([`G2:G${last}`, `H2:H${last}`]);
  });
});
