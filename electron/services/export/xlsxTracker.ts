/**
 * The action tracker (exceljs): Actions, Consensus, Votes, KPIs and Flags sheets plus an About
 * sheet. Every sheet has filters and a frozen header row; due dates are real dates; Priority and
 * Status offer drop-down lists. All text from the session passes through neutralizeFormula.
 */
import ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/reportModel';
import { neutralizeFormula } from './spreadsheetSafe';

type Cell = string | number | Date | null;

interface ColumnSpec {
  header: string;
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

function addSheet(workbook: ExcelJS.Workbook, name: string, accent: string, columns: readonly ColumnSpec[], rows: readonly Cell[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: HEADER_INK } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(accent) } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  for (const values of rows) sheet.addRow(values);
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.alignment = { vertical: 'top', wrapText: Boolean(c.wrap), ...(c.center ? { horizontal: 'center' as const } : {}) };
    if (c.date) column.numFmt = 'd mmm yyyy';
  });
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

function listValidation(sheet: ExcelJS.Worksheet, column: number, rows: number, values: readonly string[]): void {
  for (let row = 2; row <= rows + 1; row++) {
    sheet.getCell(row, column).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Choose from the list',
      error: `Use one of: ${values.join(', ')}.`,
    };
  }
}

export async function xlsxTracker(model: ReportModel): Promise<Uint8Array> {
  const accent = model.meta.firm.accent;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = model.meta.firm.name || 'Readiness Room';
  workbook.title = `${model.meta.initiative} – Action tracker`;
  workbook.created = new Date(model.meta.generatedAt);
  workbook.modified = new Date(model.meta.generatedAt);

  const actions = addSheet(
    workbook,
    'Actions',
    accent,
    [
      { header: 'Ref', width: 7, center: true },
      { header: 'Action', width: 46, wrap: true },
      { header: 'Description', width: 46, wrap: true },
      { header: 'Gap', width: 24 },
      { header: 'Owner', width: 24 },
      { header: 'Due date', width: 14, date: true },
      { header: 'Priority', width: 11 },
      { header: 'Status', width: 13 },
      { header: 'Success measure', width: 44, wrap: true },
      { header: 'Needs', width: 26 },
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
  listValidation(actions, 7, model.actions.length, ['High', 'Medium', 'Low']);
  listValidation(actions, 8, model.actions.length, ['Open', 'In progress', 'Done']);

  const latest = new Map(model.gaps.map((g) => [g.gap.id, g.rounds[g.rounds.length - 1] ?? null]));
  const consensus = addSheet(
    workbook,
    'Consensus',
    accent,
    [
      { header: 'Gap', width: 26 },
      { header: 'Consensus level', width: 12, center: true },
      { header: 'Level name', width: 18 },
      { header: 'Rationale', width: 60, wrap: true },
      { header: 'Rounds revealed', width: 11, center: true },
      { header: 'Votes, latest round', width: 11, center: true },
      { header: 'Median, latest round', width: 11, center: true },
      { header: 'Range, latest round', width: 11, center: true },
      { header: 'Room divided', width: 11, center: true },
    ],
    model.gaps.map((g) => {
      const round = latest.get(g.gap.id) ?? null;
      return [
        `${g.gap.number}. ${g.gap.name}`,
        g.consensus?.level ?? null,
        g.consensus?.name ?? 'No consensus',
        safe(g.rationale),
        g.rounds.length,
        round?.voted ?? null,
        round ? (Number.isFinite(Number(round.median)) ? Number(round.median) : round.median) : null,
        round?.range ?? '',
        round ? (round.divergent ? 'Yes' : 'No') : '',
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
    { header: 'Gap', width: 26 },
    { header: 'Round', width: 8, center: true },
    ...(anonymous
      ? []
      : [
          { header: 'Participant', width: 26 },
          { header: 'Role', width: 16 },
          { header: 'Stance', width: 12 },
        ]),
    { header: 'Level', width: 8, center: true },
    { header: 'Score', width: 20 },
    { header: 'Confidence', width: 12 },
    { header: 'Comment', width: 60, wrap: true },
    { header: 'Given by', width: 10 },
  ];
  addSheet(
    workbook,
    'Votes',
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
    'KPIs',
    accent,
    [
      { header: 'KPI', width: 34, wrap: true },
      { header: 'Kind', width: 11 },
      { header: 'Baseline', width: 14 },
      { header: 'Pilot result', width: 14 },
      { header: 'Production target', width: 16 },
      { header: 'Go/no-go threshold', width: 16 },
      { header: 'Measured under production conditions', width: 18 },
    ],
    model.kpis.map((k) => [safe(k.name), k.kind, safe(k.baseline), safe(k.pilotResult), safe(k.productionTarget), safe(k.threshold), k.measuredInProduction]),
  );

  addSheet(
    workbook,
    'Flags',
    accent,
    [
      { header: 'Flag', width: 34, wrap: true },
      { header: 'Gap', width: 24 },
      { header: 'Blocking', width: 10, center: true },
      { header: 'What was found', width: 70, wrap: true },
      { header: 'To close it', width: 60, wrap: true },
    ],
    model.flags.map((f) => [safe(f.title), f.gap ? `${f.gap.number}. ${f.gap.name}` : 'Whole initiative', f.blocking ? 'Yes' : 'No', safe(f.explanation), safe(f.fix)]),
  );

  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 26 }, { width: 90 }];
  const rows: Array<[string, string]> = [
    ['Initiative', model.meta.initiative],
    ['Client', model.meta.client],
    ['Workshop date', model.meta.workshopDateLabel],
    ['Facilitator', model.meta.facilitator],
    ['Prepared by', model.meta.firm.name],
    ['Verdict', model.verdict.label],
    ['Generated', `${model.meta.generatedLabel} by Readiness Room ${model.meta.appVersion}`],
    ['Anonymous workshop', anonymous ? 'Yes: no participant is named in this workbook.' : 'No'],
  ];
  about.addRow(['Production readiness assessment — action tracker']).font = { bold: true, size: 14 };
  about.addRow([]);
  for (const [label, value] of rows) {
    const row = about.addRow([label, safe(value)]);
    row.getCell(1).font = { bold: true };
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
