/**
 * A client's portfolio exported and read back as a client would open it: the PDF printed by
 * Chromium (one A4 landscape page for four initiatives, its words through pdftotext) and the XLSX
 * sheet through exceljs (the matrix with the level colours, named fonts, A4 landscape, fit to width).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../../electron/services/export/chromiumPdfRenderer';
import { exportTranslator } from '../../../../../electron/services/export/exportDocuments';
import { exportPortfolio } from '../../../../../electron/services/export/portfolioExport';
import { LEVEL_COLORS } from '../../../../../shared/framework/levelColors';
import { northwind } from '../../../../fixtures/portfolioSessions';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-portfolio-'));
const renderer = createChromiumPdfRenderer();
afterAll(async () => {
  await renderer.close();
  if (!process.env.RR_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
});

const NOW = new Date(2025, 5, 1, 10, 0);
const base = { sessions: northwind(), client: 'northwind', now: NOW, appVersion: '0.1.0', messages: exportTranslator('en') };

describe('exportPortfolio', () => {
  it('writes one A4 landscape PDF page and one XLSX sheet for four initiatives', { timeout: 60_000 }, async () => {
    const folder = mkdtempSync(path.join(dir, 'out-'));
    const outcome = await exportPortfolio({ ...base, folder, formats: ['pdf', 'xlsx'], renderPdf: (html) => renderer.renderPdf(html) });
    expect(outcome.failures).toEqual([]);
    expect(outcome.files.map((f) => f.fileName)).toEqual(['Northwind – Portfolio 2025-06-01.pdf', 'Northwind – Portfolio 2025-06-01.xlsx']);
    expect(readdirSync(folder).sort()).toEqual(outcome.files.map((f) => f.fileName).sort());

    const pdf = outcome.files[0]!.path;
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    // A4 landscape: 842 × 595 points.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Portfolio: Northwind', 'Closest to production', 'Voice agent', 'Invoice matching', 'Claims triage', 'HR assistant', 'Governance & legal', 'not in this framework', 'Next due actions', 'Owners with the most open actions', 'Dana', 'Farah', 'Action a1', 'Trend 2 → 4']) {
      expect(text, words).toContain(words);
    }
    expect(text).toContain('Go with conditions');
    expect(text).toContain('Not yet');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(outcome.files[1]!.path) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.getCell('A1').value).toBe('Portfolio: Northwind');
    const header = sheet.getRow(4).values as unknown[];
    expect(header.slice(1)).toEqual(['Gap', 'Voice agent', 'Invoice matching', 'Claims triage', 'HR assistant']);
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(['Verdict', 'Go', 'Go with conditions', 'Not yet', 'Not yet']);
    // Indexed by row number (the first is empty), each row's values from column A.
    const rows = Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
    const data = rows.find((row) => row[0] === 'Data quality')!;
    expect(data).toEqual(['Data quality', 4, 3, 1, '—']);
    expect(rows.find((row) => row[0] === 'Change management')).toEqual(['Change management', 4, 3, 'not in this framework', '—']);
    const dataRow = sheet.getRow(rows.indexOf(data));
    expect(dataRow.getCell(4).fill).toMatchObject({ fgColor: { argb: `FF${LEVEL_COLORS[1].fill.slice(1).toUpperCase()}` } });
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name).toBe('Arial')));
    expect(rows.some((row) => row[0] === 'Dana' && row[1] === 2)).toBe(true);
  });

  it('says why a format could not be written, and writes the other', async () => {
    const folder = mkdtempSync(path.join(dir, 'fail-'));
    const outcome = await exportPortfolio({ ...base, folder, formats: ['pdf', 'xlsx'], renderPdf: async () => Promise.reject(new Error('printer gone')) });
    expect(outcome.files.map((f) => f.format)).toEqual(['xlsx']);
    expect(outcome.failures).toEqual([{ format: 'pdf', message: 'The Portfolio (PDF) could not be created. Nothing was written for it; please try again.' }]);
  });

  it('refuses a client without sessions and a folder that is gone', async () => {
    await expect(exportPortfolio({ ...base, client: 'nobody', folder: dir, formats: ['xlsx'], renderPdf: async () => new Uint8Array() })).rejects.toThrow('This client has no session left to export.');
    await expect(exportPortfolio({ ...base, folder: path.join(dir, 'gone'), formats: ['xlsx'], renderPdf: async () => new Uint8Array() })).rejects.toThrow(/no longer there/);
  });
});
