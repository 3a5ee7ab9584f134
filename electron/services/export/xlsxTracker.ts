/**
 * The action tracker (exceljs): Actions, Consensus, Votes, KPIs and Flags sheets plus an About
 * sheet. Every sheet has filters and a frozen header row; due dates are real dates; Priority and
 * Status offer drop-down lists. All text from the session passes through neutralizeFormula.
 */
import ExcelJS from 'exceljs';
import type { MessageId, Translator } from '../../../shared/i18n';
import type { ReportModel } from '../../../shared/report/reportModel';
import { neutralizeFormula } from './spreadsheetSafe';

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

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function safe(text: string): string {
  return neutralizeFormula(text);
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

function addSheet(workbook: ExcelJS.Workbook, i18n: Translator, name: MessageId, accent: string, columns: readonly ColumnSpec[], rows: readonly Cell[][]): ExcelJS.Worksheet {
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
  return sheet;
}

function listValidation(i18n: Translator, sheet: ExcelJS.Worksheet, column: number, rows: number, values: readonly string[]): void {
  for (let row = 2; row <= rows + 1; row++) {
    sheet.getCell(row, column).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: i18n.t('tracker.validation.title'),
      error: i18n.t('tracker.validation.error', { values: values.join(', ') }),
    };
  }
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
  workbook.created = new Date(model.meta.generatedAt);
  workbook.modified = new Date(model.meta.generatedAt);

  const actions = addSheet(
    workbook,
    i18n,
    'tracker.sheet.actions',
    accent,
    [
      { header: 'report.column.ref', width: 7, center: true },
      { header: 'report.column.action', width: 46, wrap: true },
      { header: 'report.column.description', width: 46, wrap: true },
      { header: 'report.column.gap', width: 24 },
      { header: 'report.column.owner', width: 24 },
      { header: 'report.column.dueDate', width: 16, date: true },
      { header: 'report.column.priority', width: 11 },
      { header: 'report.column.status', width: 15 },
      { header: 'report.column.successMeasure', width: 44, wrap: true },
      { header: 'tracker.column.needs', width: 30, wrap: true },
    ],
    model.actions.map((a) => [
      a.ref,
      safe(a.title),
      safe(a.description),
      a.gap ? `${a.gap.number}. ${a.gap.name}` : '',
      safe(a.owner),
      dateCell(a.dueDate),
      a.priorityLabel,
      a.statusLabel,
      safe(a.successMeasure),
      a.attention,
    ]),
  );
  listValidation(i18n, actions, 7, model.actions.length, model.choices.priorities);
  listValidation(i18n, actions, 8, model.actions.length, model.choices.statuses);

  const latest = new Map(model.gaps.map((g) => [g.gap.id, g.rounds[g.rounds.length - 1] ?? null]));
  const consensus = addSheet(
    workbook,
    i18n,
    'tracker.sheet.consensus',
    accent,
    [
      { header: 'report.column.gap', width: 28 },
      { header: 'tracker.column.consensusLevel', width: 13, center: true },
      { header: 'tracker.column.levelName', width: 18 },
      { header: 'report.gap.rationale', width: 60, wrap: true },
      { header: 'tracker.column.roundsRevealed', width: 12, center: true },
      { header: 'tracker.column.votesLatest', width: 12, center: true },
      { header: 'tracker.column.medianLatest', width: 12, center: true },
      { header: 'tracker.column.rangeLatest', width: 12, center: true },
      { header: 'report.room.divided', width: 12, center: true },
    ],
    model.gaps.map((g) => {
      const round = latest.get(g.gap.id) ?? null;
      return [
        `${g.gap.number}. ${g.gap.name}`,
        g.consensus?.level ?? null,
        g.consensus?.name ?? t('report.noConsensus'),
        safe(g.rationale),
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
    { header: 'report.column.gap', width: 28 },
    { header: 'report.column.round', width: 8, center: true },
    ...(anonymous
      ? []
      : ([
          { header: 'report.column.participant', width: 26 },
          { header: 'report.column.role', width: 16 },
          { header: 'report.column.stance', width: 12 },
        ] satisfies ColumnSpec[])),
    { header: 'report.column.level', width: 8, center: true },
    { header: 'tracker.column.score', width: 22 },
    { header: 'tracker.column.confidence', width: 12 },
    { header: 'tracker.column.comment', width: 60, wrap: true },
    { header: 'tracker.column.givenBy', width: 14 },
  ];
  addSheet(
    workbook,
    i18n,
    'tracker.sheet.votes',
    accent,
    voteColumns,
    model.votes.map((v) => [
      `${v.gap.number}. ${v.gap.name}`,
      v.round,
      ...(anonymous ? [] : [safe(v.name ?? ''), v.role ?? '', v.stance ?? '']),
      v.level,
      v.score,
      v.confidence,
      safe(v.comment),
      v.source,
    ]),
  );

  addSheet(
    workbook,
    i18n,
    'tracker.sheet.kpis',
    accent,
    [
      { header: 'report.column.kpi', width: 34, wrap: true },
      { header: 'report.column.kind', width: 13 },
      { header: 'report.column.baseline', width: 14 },
      { header: 'report.column.pilotResult', width: 14 },
      { header: 'report.column.productionTarget', width: 16 },
      { header: 'report.column.threshold', width: 16 },
      { header: 'report.column.measuredInProduction', width: 20 },
    ],
    model.kpis.map((k) => [safe(k.name), k.kind, safe(k.baseline), safe(k.pilotResult), safe(k.productionTarget), safe(k.threshold), k.measuredInProduction]),
  );

  addSheet(
    workbook,
    i18n,
    'tracker.sheet.flags',
    accent,
    [
      { header: 'tracker.column.flag', width: 34, wrap: true },
      { header: 'report.column.gap', width: 26 },
      { header: 'report.flags.blocking', width: 12, center: true },
      { header: 'tracker.column.found', width: 70, wrap: true },
      { header: 'tracker.column.toClose', width: 60, wrap: true },
    ],
    model.flags.map((f) => [safe(f.title), f.gap ? `${f.gap.number}. ${f.gap.name}` : whole, f.blocking ? yes : no, safe(f.explanation), safe(f.fix)]),
  );

  const about = workbook.addWorksheet(sheetName(t('tracker.sheet.about')));
  about.columns = [{ width: 28 }, { width: 90 }];
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
  about.addRow([t('tracker.about.title', { title: model.meta.title })]).font = { bold: true, size: 14 };
  about.addRow([]);
  for (const [label, value] of rows) {
    const row = about.addRow([label, safe(value)]);
    row.getCell(1).font = { bold: true };
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
