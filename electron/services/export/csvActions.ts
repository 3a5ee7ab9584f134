/**
 * The actions as CSV for Jira or Azure DevOps: Summary, Description, Assignee, Due date,
 * Priority, Labels, plus Status and the report's reference. RFC 4180 (every field quoted, CRLF),
 * UTF-8 with a byte-order mark so Excel reads accents and CJK; formula-looking text neutralised.
 */
import type { ActionRow, ReportModel } from '../../../shared/report/reportModel';
import { neutralizeFormula } from './spreadsheetSafe';

export const CSV_COLUMNS = ['Summary', 'Description', 'Assignee', 'Due date', 'Priority', 'Labels', 'Status', 'Reference'] as const;

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
  const lines: string[] = [];
  if (action.description) lines.push(action.description);
  if (action.successMeasure) lines.push(`Success measure: ${action.successMeasure}`);
  lines.push(`Gap: ${action.gap ? action.gap.name : 'Whole initiative'}`);
  lines.push(`From the readiness workshop of ${model.meta.workshopDateLabel} (${action.ref}).`);
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
  return `\uFEFF${[CSV_COLUMNS.map(field).join(','), ...rows].join('\r\n')}\r\n`;
}
