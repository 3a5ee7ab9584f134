/**
 * The actions as CSV for a task tracker's import, in the layout each vendor documents:
 *
 * - Jira (Atlassian, "Prepare a CSV file for import" and "Map CSV data to Jira fields"): a header
 *   row whose names match Jira's fields so they map by themselves — Summary (required),
 *   Description, Assignee (an e-mail address, which the importer maps to a user; the display name
 *   when the participant has none), Due date (yyyy-MM-dd: pick that Java date format in the
 *   wizard), Priority (Jira's default priority names), and Labels, one label per "Labels" column
 *   (labels cannot hold spaces).
 * - Azure DevOps (Microsoft, "Import, update, and export bulk work items with CSV files"): the
 *   required Work Item Type and Title, then Description (an HTML field: text escaped, lines as
 *   <br>), Assigned To ("Name <e-mail>", the identity form Azure DevOps itself exports), Priority
 *   as a number (1 high, 2 medium, 3 low; the field takes 1–4) and Tags separated by "; ".
 *
 * Both: RFC 4180 (every field quoted, CRLF line ends), UTF-8 with a byte-order mark so Excel
 * reads accents and CJK when someone opens the file first, and formula-looking text neutralised
 * (a CSV opened in a spreadsheet is the one place where text becomes a formula). The column
 * names are the vendors' field names, the same in every language; the text is the session's.
 */
import type { ActionRow, ReportModel } from '../../../shared/report/reportModel';
import { neutralizeFormula } from './spreadsheetSafe';

/** Jira's field names (Atlassian's CSV import documentation); two Labels columns, one label each. */
export const JIRA_COLUMNS = ['Summary', 'Description', 'Assignee', 'Due date', 'Priority', 'Labels', 'Labels'] as const;
/** Azure DevOps's field names (Microsoft's CSV import documentation); Work Item Type and Title are required. */
export const AZURE_DEVOPS_COLUMNS = ['Work Item Type', 'Title', 'Description', 'Assigned To', 'Priority', 'Tags'] as const;

/** Jira's default priority names: values, not words of the document, so the same in every language. */
const JIRA_PRIORITY: Readonly<Record<ActionRow['priority'], string>> = { high: 'High', medium: 'Medium', low: 'Low' };
/** Azure DevOps's Priority field is a number from 1 (highest) to 4. */
const AZURE_DEVOPS_PRIORITY: Readonly<Record<ActionRow['priority'], number>> = { high: 1, medium: 2, low: 3 };
/** The work item type every Azure DevOps process (Basic, Agile, Scrum, CMMI) has. */
const AZURE_DEVOPS_TYPE = 'Task';
/** The label every imported action carries, so the workshop's actions can be found together. */
const PRODUCT_LABEL = 'readiness-room';

/**
 * Every word the layouts take from the vendors rather than from the catalogue: column names and
 * values (Jira's priority names, the work item type). A whole field holding one of these is the
 * vendor's vocabulary, the same in every language.
 */
export const VENDOR_WORDS: readonly string[] = [...new Set([...JIRA_COLUMNS, ...AZURE_DEVOPS_COLUMNS, ...Object.values(JIRA_PRIORITY), AZURE_DEVOPS_TYPE])];

function field(value: string | number): string {
  return `"${neutralizeFormula(String(value)).replace(/"/g, '""')}"`;
}

/** The file: a byte-order mark, the header, one record per action, each ended by CRLF. */
function csvFile(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${[columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A label without spaces (Jira splits labels on spaces; Azure DevOps tags follow suit): "data-quality". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function labels(action: ActionRow): string[] {
  return [PRODUCT_LABEL, ...(action.gap ? [slug(action.gap.name)] : [])];
}

/** The description's lines: the action's own text, its success measure, the client's notes, its gap, where it came from. */
function descriptionLines(action: ActionRow, model: ReportModel): string[] {
  const t = model.i18n.t;
  const lines: string[] = [];
  if (action.description) lines.push(action.description);
  if (action.successMeasure) lines.push(t('report.line.successMeasure', { measure: action.successMeasure }));
  if (action.notes) lines.push(t('report.plan.notes', { notes: action.notes }));
  lines.push(t('csv.gap', { gap: action.gap ? action.gap.name : t('report.gap.wholeInitiative') }));
  lines.push(t('csv.from', { date: model.meta.workshopDateLabel, ref: action.ref }));
  return lines;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Azure DevOps's Description is HTML: each line escaped, lines joined by <br>. */
function htmlLines(lines: readonly string[]): string {
  return lines.flatMap((line) => line.split('\n')).map(escapeHtml).join('<br>');
}

export function jiraCsv(model: ReportModel): string {
  const rows = model.actions.map((a) => {
    const [first, second] = labels(a);
    return [a.title, descriptionLines(a, model).join('\n'), a.ownerEmail ?? a.owner, a.dueDate ?? '', JIRA_PRIORITY[a.priority], first ?? '', second ?? ''];
  });
  return csvFile(JIRA_COLUMNS, rows);
}

/** "Ana Silva <ana@example.com>" when the e-mail is known, else the name as written. */
function azureIdentity(action: ActionRow): string {
  if (!action.ownerEmail) return action.owner;
  return action.owner ? `${action.owner} <${action.ownerEmail}>` : action.ownerEmail;
}

export function azureDevOpsCsv(model: ReportModel): string {
  const rows = model.actions.map((a) => [AZURE_DEVOPS_TYPE, a.title, htmlLines(descriptionLines(a, model)), azureIdentity(a), AZURE_DEVOPS_PRIORITY[a.priority], labels(a).join('; ')]);
  return csvFile(AZURE_DEVOPS_COLUMNS, rows);
}
