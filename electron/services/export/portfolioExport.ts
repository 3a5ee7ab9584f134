/**
 * A client's portfolio as documents: one PDF page (the shared HTML printed by Chromium, like the
 * report) and one XLSX sheet (exceljs, A4 landscape, fit to width). Each file is written through
 * a temporary file renamed into place; one format failing does not stop the other.
 */
import path from 'node:path';
import { loadExcelJs } from '../loadExcelJs';
import { LEVEL_COLORS } from '../../../shared/framework/levelColors';
import type { Translator } from '../../../shared/i18n';
import type { Session } from '../../../shared/model/session';
import { buildPortfolio, columnTranslator, type Portfolio } from '../../../shared/portfolio/portfolio';
import { PORTFOLIO_FORMATS, type PortfolioFormat } from '../../../shared/portfolio/portfolioFormats';
import { portfolioHtml, portfolioTitle } from '../../../shared/portfolio/portfolioHtml';
import { safeFileName } from '../../../shared/report/reportFormat';
import { VERDICT_LABELS } from '../../../shared/scoring/verdict';
import { localDay } from '../../../shared/text/dates';
import { formatLevel } from '../../../shared/text/numbers';
import { writeFileAtomic } from '../sessions/atomicWrite';
import { checkExportFolder, exportFailureMessage, exportTranslator } from './exportDocuments';
import { withPdfProperties } from './pdfInfo';
import type { RenderPdf } from './pdfReport';
import { withReportFonts } from './reportFonts';
import { neutralizeFormula } from './spreadsheetSafe';


const FONT_NAME = 'Arial';
const FONT_SIZE = 10;
/** exceljs's paper-size code for A4. */
const PAPER_A4 = 9;
const VERDICT_FILLS = { go: '18794E', 'go-with-conditions': '8A5A00', 'not-yet': 'B42318' } as const;

export async function portfolioPdf(portfolio: Portfolio, i18n: Translator, renderPdf: RenderPdf, today: string, appVersion: string): Promise<Uint8Array> {
  const pdf = await renderPdf(await withReportFonts((fontFaces) => portfolioHtml(portfolio, { i18n, fontFaces, today, appVersion })));
  return withPdfProperties(pdf, { title: portfolioTitle(portfolio, i18n), author: '', subject: portfolioTitle(portfolio, i18n), creator: `Readiness Room ${appVersion}` });
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const text = (value: string) => neutralizeFormula(value);

/** The portfolio as one sheet: the matrix on top, then the next due actions and the owners. */
export async function portfolioXlsx(portfolio: Portfolio, i18n: Translator, today: string): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Readiness Room';
  const title = portfolioTitle(portfolio, i18n);
  const sheet = workbook.addWorksheet([...i18n.t('portfolio.open').replace(/[:\\/?*[\]]/g, ' ')].slice(0, 31).join(''));
  const columns = portfolio.columns;
  sheet.columns = [{ width: 30 }, ...columns.map(() => ({ width: 30 }))];

  const titleRow = sheet.addRow([text(title)]);
  titleRow.getCell(1).font = { bold: true, size: 14 };
  sheet.addRow([i18n.t('portfolio.document.subtitle', { count: columns.length, date: today })]);
  sheet.addRow([]);

  const header = sheet.addRow([i18n.t('portfolio.matrix.gap'), ...columns.map((c) => text(c.name))]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F6' } }));
  const verdicts = sheet.addRow([i18n.t('report.verdict.label'), ...columns.map((c, index) => columnTranslator(i18n, portfolio, index).text(VERDICT_LABELS[c.verdict]))]);
  verdicts.eachCell((cell, column) => {
    if (column === 1) return;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(VERDICT_FILLS[columns[column - 2]!.verdict]) } };
  });
  const readiness = sheet.addRow([i18n.t('portfolio.readiness', { level: '' }).trim(), ...columns.map((c) => (c.readiness === null ? '—' : Number(c.readiness.toFixed(2))))]);
  const trend = sheet.addRow([i18n.t('portfolio.trend.short', { figures: '' }).trim(), ...columns.map((c) => c.trend.map((p) => formatLevel(p.readiness, i18n.locale)).join(' → '))]);
  for (const row of [verdicts, readiness, trend]) row.eachCell((cell, column) => column > 1 && (cell.alignment = { horizontal: 'center' }));
  for (const row of portfolio.rows) {
    const name = columnTranslator(i18n, portfolio, row.namedBy).text(row.name);
    const added = sheet.addRow([text(name), ...row.cells.map((cell) => (!cell.present ? i18n.t('portfolio.cell.absent') : cell.level === null ? i18n.t('portfolio.cell.unscored') : cell.level))]);
    row.cells.forEach((cell, index) => {
      const target = added.getCell(index + 2);
      target.alignment = { horizontal: 'center' };
      if (cell.level === null) return;
      const colour = LEVEL_COLORS[cell.level];
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.fill) } };
      target.font = { bold: true, color: { argb: argb(colour.text) } };
    });
  }
  const standing = sheet.addRow([i18n.t('portfolio.matrix.holdsBack'), ...columns.map((c, index) => text(columnTranslator(i18n, portfolio, index).text(c.standing)))]);
  standing.alignment = { wrapText: true, vertical: 'top' };
  standing.height = 60;

  sheet.addRow([]);
  sheet.addRow([i18n.t('portfolio.actions.title')]).font = { bold: true, size: 12 };
  sheet.addRow([i18n.t('portfolio.actions.due'), i18n.t('portfolio.actions.action'), i18n.t('portfolio.actions.owner'), i18n.t('portfolio.actions.initiative')]).font = { bold: true };
  for (const action of portfolio.nextActions) {
    const [y, m, d] = action.dueDate.split('-').map(Number) as [number, number, number];
    const row = sheet.addRow([new Date(Date.UTC(y, m - 1, d)), text(action.title), text(action.owner || i18n.t('portfolio.actions.noOwner')), text(action.initiative)]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    if (action.overdue) row.getCell(1).font = { bold: true, color: { argb: 'FFB42318' } };
  }
  if (portfolio.nextActions.length === 0) sheet.addRow([i18n.t('portfolio.actions.none')]);

  sheet.addRow([]);
  sheet.addRow([i18n.t('portfolio.owners.title')]).font = { bold: true, size: 12 };
  sheet.addRow([i18n.t('portfolio.actions.owner'), i18n.t('portfolio.owners.open'), i18n.t('portfolio.owners.overdue'), i18n.t('portfolio.owners.initiatives')]).font = { bold: true };
  for (const owner of portfolio.owners) sheet.addRow([text(owner.owner), owner.open, owner.overdue, text(owner.initiatives.join(', '))]);
  if (portfolio.owners.length === 0) sheet.addRow([i18n.t('portfolio.owners.none')]);
  if (portfolio.unownedOpen > 0) sheet.addRow([i18n.t('portfolio.owners.unowned', { count: portfolio.unownedOpen })]);

  // The lists below the matrix read from the left, numbers and dates too.
  sheet.eachRow((row, number) => number > standing.number && row.eachCell((cell) => (cell.alignment = { horizontal: 'left', vertical: 'top' })));
  // Every cell in the named font, keeping its own bold, size and colour.
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.font = { size: FONT_SIZE, ...cell.font, name: FONT_NAME })));
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: PAPER_A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface PortfolioExportRequest {
  sessions: readonly Session[];
  /** The client's name or key. */
  client: string;
  formats: readonly PortfolioFormat[];
  folder: string;
  now: Date;
  appVersion: string;
  renderPdf: RenderPdf;
  /** The person's language, for what went wrong. */
  messages: Translator;
  log?: (message: string) => void;
}

export interface PortfolioExportOutcome {
  files: Array<{ format: PortfolioFormat; path: string; fileName: string }>;
  failures: Array<{ format: PortfolioFormat; message: string }>;
}

/** Thrown when the sessions hold no initiative of that client: nothing to export. */
export class NoPortfolioError extends Error {}

export async function exportPortfolio(request: PortfolioExportRequest): Promise<PortfolioExportOutcome> {
  const folder = await checkExportFolder(request.folder, request.messages);
  const today = localDay(request.now);
  const portfolio = buildPortfolio(request.sessions, request.client, today);
  if (!portfolio) throw new NoPortfolioError(request.messages.t('portfolio.exportError.empty'));
  const i18n = exportTranslator(portfolio.language);
  const base = `${safeFileName(portfolio.client || i18n.t('library.row.noClient'), 60)} – ${safeFileName(i18n.t('portfolio.fileName', { date: today }), 60)}`;
  const outcome: PortfolioExportOutcome = { files: [], failures: [] };
  for (const format of PORTFOLIO_FORMATS.filter((f) => request.formats.includes(f))) {
    const fileName = `${base}.${format}`;
    const target = path.join(folder, fileName);
    try {
      const bytes = format === 'pdf' ? await portfolioPdf(portfolio, i18n, request.renderPdf, today, request.appVersion) : await portfolioXlsx(portfolio, i18n, today);
      await writeFileAtomic(target, bytes);
      outcome.files.push({ format, path: target, fileName });
    } catch (error) {
      request.log?.(`portfolio ${format} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      outcome.failures.push({ format, message: exportFailureMessage(request.messages, error, fileName, request.messages.t(format === 'pdf' ? 'portfolio.format.pdf' : 'portfolio.format.xlsx')) });
    }
  }
  return outcome;
}
