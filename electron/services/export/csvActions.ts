/**
 * The actions as CSV for Jira or Azure DevOps: Summary, Description, Assignee, Due date,
 * Priority, Labels, plus Status and the report's reference. RFC 4180 (every field quoted, CRLF),
 * UTF-8 with a byte-order mark so Excel reads accents and CJK; formula-looking text neutralised.
 */
import type { MessageId, Translator } from '../../../shared/i18n';
import type { ActionRow, ReportModel } from '../../../shared/report/reportModel';
import { neutralizeFormula } from './spreadsheetSafe';

/** The columns, as ids: Summary, Description, Assignee, Due date, Priority, Labels, Status, Reference. */
export const CSV_COLUMN_IDS = [
  'csv.column.summary',
  'report.column.description',
  'csv.column.assignee',
  'report.column.dueDate',
  'report.column.priority',
  'csv.column.labels',
  'report.column.status',
  'csv.column.reference',
] as const satisfies readonly MessageId[];

/** The header row in the documents' language (map the columns once in the import wizard). */
export function csvColumns(i18n: Translator): string[] {
  return CSV_COLUMN_IDS.map((id) => i18n.t(id));
}

function field(value: string): string {
  return `"${neutralizeFormula(value).replace(/"/g, '""')}"`;
}

/** Labels without spaces (Jira splits labels on spaces): "readiness-room data-quality". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function description(action: ActionRow, model: ReportModel): string {
  const t = model.i18n.t;
  const lines: string[] = [];
  if (action.description) lines.push(action.description);
  if (action.successMeasure) lines.push(t('report.line.successMeasure', { measure: action.successMeasure }));
  lines.push(t('csv.gap', { gap: action.gap ? action.gap.name : t('report.gap.wholeInitiative') }));
  lines.push(t('csv.from', { date: model.meta.workshopDateLabel, ref: action.ref }));
  return lines.join('\n');
}

export function csvActions(model: ReportModel): string {
  const rows = model.actions.map((a) =>
    [
      a.title,
      description(a, model),
      a.owner,
      a.dueDate ?? '',
      a.priorityLabel,
      ['readiness-room', ...(a.gap ? [slug(a.gap.name)] : [])].join(' '),
      a.statusLabel,
      a.ref,
    ]
      .map(field)
      .join(','),
  );
  return `\uFEFF${[csvColumns(model.i18n).map(field).join(','), ...rows].join('\r\n')}\r\n`;
}
