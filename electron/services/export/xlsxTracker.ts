/**
 * The action tracker (exceljs): Actions, Consensus, Votes, KPIs and Flags sheets, a Comparison
 * sheet for a re-assessment, and an About sheet. Every sheet has filters and a frozen header row; due dates are real dates; Priority and
 * Status offer drop-down lists, one validation per column over one range.
 *
 * Text goes in as it was typed: a string cell is never a formula in XLSX (exceljs writes a formula
 * only for a `{ formula }` value), so no apostrophe is added — that neutralisation belongs to CSV,
 * where the spreadsheet decides what a field is.
 *
 * The Actions sheet comes back: the client fills in status, owner, due date and the Notes column,
 * and the import (electron/services/tracker/) matches its rows by the hidden id column.
 *
 * Printing: A4 landscape, fitted to the page's width (as many pages down as the rows need), the
 * header row repeated on every page, page numbers in the footer; the About sheet fits one page.
 */
import ExcelJS from 'exceljs';
import type { MessageId, Translator } from '../../../shared/i18n';
import type { ReportModel } from '../../../shared/report/reportModel';
import { TRACKER_HEADERS } from '../../../shared/actions/trackerRows';
import { trackerMarker } from '../tracker/trackerFormat';

type Cell = string | number | Date | null;

interface ColumnSpec {
  /** A catalogue id, or the words themselves (a gap's name). */
  header: MessageId;
  width: number;
  wrap?: boolean;
  date?: boolean;
  center?: boolean;
}

const HEADER_INK = 'FFFFFFFF';
/** The deck's font: on every system, or metric-compatible (Liberation Sans) where it is not. */
const FONT_NAME = 'Arial';
const FONT_SIZE = 10;
/** exceljs's paper-size code for A4. */
const PAPER_A4 = 9;
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Header and footer text is a little language of its own: "&" starts a code, "&&" is one "&". */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A4 landscape, fit to width, header row on every page, "Initiative · page 2 of 5" below. */
function printSetup(sheet: ExcelJS.Worksheet, i18n: Translator, footer: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: MARGINS,
    printTitlesRow: '1:1',
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    // Size before font: a size code would swallow a footer that starts with a digit.
    oddFooter: `&L&8&"${FONT_NAME},Regular"${headerFooterText(footer)}&R&8&"${FONT_NAME},Regular"${i18n.t('tracker.footer.page', { page: '&P', pages: '&N' })}`,
  };
}

/** Points per line of 10-point Arial, and Excel's tallest row. */
const LINE_HEIGHT = 12.75;
const MAX_ROW_HEIGHT = 409;

/** Columns of width a text needs: wide (CJK, emoji) characters count twice. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** Lines a paragraph takes when wrapped at spaces, a word wider than the line breaking at its edge. */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const width = textWidth(word);
    if (used > 0 && used + 1 + width <= perLine) {
      used += 1 + width;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.ceil(width / perLine) - 1;
    used = width % perLine || perLine;
  }
  return lines;
}

/**
 * Row heights for wrapped text, written into the file: LibreOffice keeps the default height of a
 * row that has none, so wrapped lines would print on top of each other. About 1.2 characters of
 * 10-point Arial fit a unit of column width; a word longer than the column breaks at its edge.
 */
function fitRowHeights(sheet: ExcelJS.Worksheet, fromRow: number, minimum = 15): void {
  const widths = (sheet.columns ?? []).map((c) => c.width ?? 10);
  sheet.eachRow((row, number) => {
    if (number < fromRow) return;
    let lines = 1;
    row.eachCell((cell, column) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== 'string') return;
      const perLine = Math.max(1, Math.floor((widths[column - 1] ?? 10) * 1.2) - 1);
      const needed = cell.value.split('\n').reduce((n, paragraph) => n + wrappedLines(paragraph, perLine), 0);
      lines = Math.max(lines, needed);
    });
    row.height = Math.min(MAX_ROW_HEIGHT, Math.max(minimum, lines * LINE_HEIGHT + 3));
  });
}

/** Every cell of the sheet in the named font, keeping its own bold and colour. */
function nameFonts(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { size: FONT_SIZE, ...cell.font, name: FONT_NAME };
    });
  });
}

/** "2025-04-02" → that calendar day at midnight UTC (Excel shows it as a date, no time). */
function dateCell(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A sheet name Excel accepts: at most 31 characters, none of : \\ / ? * [ ]. */
function sheetName(text: string): string {
  return [...text.replace(/[:\\/?*[\]]/g, ' ')].slice(0, 31).join('').trim();
}

function addSheet(workbook: ExcelJS.Workbook, i18n: Translator, name: MessageId, accent: string, footer: string, columns: readonly ColumnSpec[], rows: readonly Cell[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(i18n.t(name)), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
  sheet.columns = columns.map((c) => ({ header: i18n.t(c.header), width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: HEADER_INK } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(accent) } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  for (const values of rows) sheet.addRow(values);
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.alignment = { vertical: 'top', wrapText: Boolean(c.wrap), ...(c.center ? { horizontal: 'center' as const } : {}) };
    if (c.date) column.numFmt = i18n.t('tracker.dateFormat');
  });
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  printSetup(sheet, i18n, footer);
  fitRowHeights(sheet, 1);
  header.height = Math.max(30, header.height ?? 0);
  return sheet;
}

/** exceljs keeps a sheet's validations by address (a cell or a range); its typings omit the list. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/**
 * One list validation over the column's data cells ("G2:G14"). Set cell by cell, exceljs merges
 * the cells back into ranges in text order ("G10" before "G2") and writes overlapping ranges.
 */
function listValidation(i18n: Translator, sheet: ExcelJS.Worksheet, column: number, rows: number, values: readonly string[]): void {
  if (rows === 0) return;
  const letter = sheet.getColumn(column).letter;
  (sheet as WithValidations).dataValidations.add(`${letter}2:${letter}${rows + 1}`, {
    type: 'list',
    allowBlank: false,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorTitle: i18n.t('tracker.validation.title'),
    error: i18n.t('tracker.validation.error', { values: values.join(', ') }),
  });
}

/**
 * A re-assessment's Comparison sheet: one row per thing that was compared (the verdict, each gap,
 * each flag closed or new, each KPI, each action done, overdue, dropped or added, the people who
 * moved most), with then, now and the change, so the client can filter by part.
 */
function addComparisonSheet(workbook: ExcelJS.Workbook, model: ReportModel, footer: string): void {
  const c = model.comparison;
  if (!c) return;
  const t = model.i18n.t;
  const part = (name: string): string => t('tracker.compare.part', { part: name });
  const gapName = (gap: { number: number; name: string } | null): string => (gap ? `${gap.number}. ${gap.name}` : t('report.gap.wholeInitiative'));
  const flagState = (state: string): string => t('tracker.compare.flagState', { state });
  const reason = (m: (typeof c.movements)[number]): string => [m.reasonNow, m.reasonThen && m.reasonThen !== m.reasonNow ? t('report.compare.reasonThen', { reason: m.reasonThen }) : ''].filter(Boolean).join('\n');
  const rows: Cell[][] = [
    [part('verdict'), t('report.verdict.label'), c.verdict.then.label, c.verdict.now.label, '', c.verdict.line],
    ...c.movements.map((m): Cell[] => [part('gap'), gapName(m.gap), m.then?.level ?? null, m.now?.level ?? null, `${m.arrow} ${m.movement}`, reason(m)]),
    ...c.flags.closed.map((f): Cell[] => [part('flag'), f.title, flagState('open'), flagState('closed'), t('report.compare.flags.closed'), gapName(f.gap)]),
    ...c.flags.opened.map((f): Cell[] => [part('flag'), f.title, flagState('absent'), flagState('open'), t('report.compare.flags.opened'), gapName(f.gap)]),
    ...c.kpis.map((k): Cell[] => [part('kpi'), k.name, k.then, k.now, '', t('tracker.compare.kpiDetail', { target: k.target, measured: k.measured })]),
    ...c.actions.map((a): Cell[] => [part('action'), [a.ref, a.title].filter(Boolean).join(' '), '', '', a.changeLabel, [a.owner, a.dueLabel, gapName(a.gap)].filter(Boolean).join(' · ')]),
    ...c.mindChanges.rows.map((r): Cell[] => [part('person'), r.name, '', '', r.text, '']),
    ...(c.mindChanges.line ? [[part('person'), '', '', '', '', c.mindChanges.line] satisfies Cell[]] : []),
  ];
  const sheet = addSheet(
    workbook,
    model.i18n,
    'tracker.sheet.comparison',
    model.meta.firm.accent,
    footer,
    [
      { header: 'tracker.column.part', width: 14, wrap: true },
      { header: 'tracker.column.item', width: 36, wrap: true },
      { header: 'report.compare.column.then', width: 18, wrap: true, center: true },
      { header: 'report.compare.column.now', width: 18, wrap: true, center: true },
      { header: 'report.compare.column.movement', width: 20, wrap: true },
      { header: 'tracker.column.detail', width: 56, wrap: true },
    ],
    rows,
  );
  // Levels on their colours, as on the Consensus sheet.
  c.movements.forEach((m, i) => {
    for (const [column, badge] of [[3, m.then], [4, m.now]] as const) {
      if (!badge) continue;
      const cell = sheet.getCell(i + 3, column);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(badge.fill) } };
      cell.font = { bold: true, color: { argb: argb(badge.ink) } };
    }
  });
}

export async function xlsxTracker(model: ReportModel): Promise<Uint8Array> {
  const accent = model.meta.firm.accent;
  const i18n = model.i18n;
  const t = i18n.t;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.meta.firm.name || 'Readiness Room';
  workbook.title = t('tracker.workbookTitle', { initiative: model.meta.initiative });
  // The document's language (dc:language), so Excel checks spelling in it.
  (workbook as ExcelJS.Workbook & { language?: string }).language = model.meta.locale;
  const whole = t('report.gap.wholeInitiative');
  const yes = t('common.yes');
  const no = t('common.no');
  const footer = model.meta.initiative;
  workbook.created = new Date(model.meta.generatedAt);
  workbook.modified = new Date(model.meta.generatedAt);
  const gapName = (gap: { number: number; name: string } | null): string => (gap ? `${gap.number}. ${gap.name}` : '');

  // Widths add up to about one A4 landscape page at 80 % or more; long text wraps in its cell. The
  // last column is hidden: each action's id, under the marker that makes the workbook importable
  // again (trackerFormat.ts). It sits inside the filter so sorting keeps ids with their rows.
  const actions = addSheet(
    workbook,
    i18n,
    'tracker.sheet.actions',
    accent,
    footer,
    [
      { header: 'report.column.ref', width: 6, center: true },
      { header: TRACKER_HEADERS.title, width: 26, wrap: true },
      { header: 'report.column.description', width: 28, wrap: true },
      { header: 'report.column.gap', width: 20, wrap: true },
      { header: TRACKER_HEADERS.owner, width: 15, wrap: true },
      { header: TRACKER_HEADERS.dueDate, width: 13, date: true, center: true },
      { header: TRACKER_HEADERS.priority, width: 10 },
      { header: TRACKER_HEADERS.status, width: 12 },
      { header: 'report.column.successMeasure', width: 24, wrap: true },
      { header: 'tracker.column.needs', width: 13, wrap: true },
      { header: TRACKER_HEADERS.notes, width: 28, wrap: true },
      { header: 'tracker.column.actionId', width: 10 },
    ],
    model.actions.map((a) => [a.ref, a.title, a.description, gapName(a.gap), a.owner, dateCell(a.dueDate), a.priorityLabel, a.statusLabel, a.successMeasure, a.attention, a.notes, a.id]),
  );
  listValidation(i18n, actions, 7, model.actions.length, model.choices.priorities);
  listValidation(i18n, actions, 8, model.actions.length, model.choices.statuses);
  const idColumn = actions.getColumn(12);
  idColumn.hidden = true;
  actions.getCell(1, 12).value = trackerMarker({ sessionId: model.meta.sessionId, language: model.meta.language });

  const latest = new Map(model.gaps.map((g) => [g.gap.id, g.rounds[g.rounds.length - 1] ?? null]));
  const consensus = addSheet(
    workbook,
    i18n,
    'tracker.sheet.consensus',
    accent,
    footer,
    [
      { header: 'report.column.gap', width: 24, wrap: true },
      { header: 'tracker.column.consensusLevel', width: 11, center: true },
      { header: 'tracker.column.levelName', width: 16, wrap: true },
      { header: 'report.gap.rationale', width: 56, wrap: true },
      { header: 'tracker.column.roundsRevealed', width: 10, center: true },
      { header: 'tracker.column.votesLatest', width: 10, center: true },
      { header: 'tracker.column.medianLatest', width: 10, center: true },
      { header: 'tracker.column.rangeLatest', width: 10, center: true },
      { header: 'report.room.divided', width: 10, center: true },
    ],
    model.gaps.map((g) => {
      const round = latest.get(g.gap.id) ?? null;
      return [
        gapName(g.gap),
        g.consensus?.level ?? null,
        g.consensus?.name ?? t('report.noConsensus'),
        g.rationale,
        g.rounds.length,
        round?.voted ?? null,
        round ? (round.medianValue ?? round.median) : null,
        round?.range ?? '',
        round ? (round.divergent ? yes : no) : '',
      ];
    }),
  );
  model.gaps.forEach((g, i) => {
    if (!g.consensus) return;
    const cell = consensus.getCell(i + 2, 2);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(g.consensus.fill) } };
    cell.font = { bold: true, color: { argb: argb(g.consensus.ink) } };
  });

  // Anonymous: no participant, role or stance column at all, and votes ordered by score.
  const anonymous = model.meta.anonymous;
  const voteColumns: ColumnSpec[] = [
    { header: 'report.column.gap', width: 22, wrap: true },
    { header: 'report.column.round', width: 7, center: true },
    ...(anonymous
      ? []
      : ([
          { header: 'report.column.participant', width: 20, wrap: true },
          { header: 'report.column.role', width: 14, wrap: true },
          { header: 'report.column.stance', width: 11 },
        ] satisfies ColumnSpec[])),
    { header: 'report.column.level', width: 7, center: true },
    { header: 'tracker.column.score', width: 18, wrap: true },
    { header: 'tracker.column.confidence', width: 11 },
    { header: 'tracker.column.comment', width: 50, wrap: true },
    { header: 'tracker.column.givenBy', width: 11 },
  ];
  addSheet(
    workbook,
    i18n,
    'tracker.sheet.votes',
    accent,
    footer,
    voteColumns,
    model.votes.map((v) => [gapName(v.gap), v.round, ...(anonymous ? [] : [v.name ?? '', v.role ?? '', v.stance ?? '']), v.level, v.score, v.confidence, v.comment, v.source]),
  );

  addSheet(
    workbook,
    i18n,
    'tracker.sheet.kpis',
    accent,
    footer,
    [
      { header: 'report.column.kpi', width: 36, wrap: true },
      { header: 'report.column.kind', width: 12 },
      { header: 'report.column.baseline', width: 18, wrap: true },
      { header: 'report.column.pilotResult', width: 18, wrap: true },
      { header: 'report.column.productionTarget', width: 18, wrap: true },
      { header: 'report.column.threshold', width: 18, wrap: true },
      { header: 'report.column.measuredInProduction', width: 20, wrap: true },
    ],
    model.kpis.map((k) => [k.name, k.kind, k.baseline, k.pilotResult, k.productionTarget, k.threshold, k.measuredInProduction]),
  );

  addSheet(
    workbook,
    i18n,
    'tracker.sheet.flags',
    accent,
    footer,
    [
      { header: 'tracker.column.flag', width: 28, wrap: true },
      { header: 'report.column.gap', width: 20, wrap: true },
      { header: 'report.flags.blocking', width: 10, center: true },
      { header: 'tracker.column.found', width: 56, wrap: true },
      { header: 'tracker.column.toClose', width: 50, wrap: true },
    ],
    model.flags.map((f) => [f.title, f.gap ? gapName(f.gap) : whole, f.blocking ? yes : no, f.explanation, f.fix]),
  );

  addComparisonSheet(workbook, model, footer);

  // About: one page whatever the text (fit to one page wide and one tall, portrait).
  const about = workbook.addWorksheet(sheetName(t('tracker.sheet.about')));
  about.columns = [{ width: 26 }, { width: 70 }];
  const rows: Array<[string, string]> = [
    [t('tracker.about.initiative'), model.meta.initiative],
    [t('report.cover.client'), model.meta.client],
    [t('tracker.about.workshopDate'), model.meta.workshopDateLabel],
    [t('report.cover.facilitator'), model.meta.facilitator],
    [t('report.cover.preparedBy'), model.meta.firm.name],
    [t('report.verdict.label'), model.verdict.label],
    [t('tracker.about.generated'), t('tracker.about.generatedValue', { date: model.meta.generatedLabel, version: model.meta.appVersion })],
    [t('tracker.about.anonymous'), anonymous ? t('tracker.about.anonymousYes') : no],
  ];
  const title = about.addRow([t('tracker.about.title', { title: model.meta.title })]);
  title.font = { bold: true, size: 14 };
  about.mergeCells(1, 1, 1, 2);
  title.getCell(1).alignment = { vertical: 'top', wrapText: true };
  // A merged cell does not grow with its text: about 60 characters of 14-point bold to a line.
  title.height = Math.max(1, Math.ceil([...title.getCell(1).text].length / 60)) * 20;
  about.addRow([]);
  for (const [label, value] of rows) {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
  }
  fitRowHeights(about, 3);
  about.pageSetup = { ...about.pageSetup, paperSize: PAPER_A4, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, margins: MARGINS };

  workbook.eachSheet((sheet) => nameFonts(sheet));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
