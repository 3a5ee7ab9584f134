/**
 * The documents Readiness Room exports, in the order the Export stage and the command line list
 * them. One list, so the contract, the CLI and the screen cannot disagree.
 */
export const EXPORT_FORMATS = ['docx', 'pdf', 'pptx', 'xlsx', 'csv', 'md', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** What the document is, for the person choosing. */
  label: string;
  /** Who it is for, in one line. */
  description: string;
  /** File extension, without the dot. */
  extension: string;
  /** The document's name inside its file name ("… – Readiness report.docx"). */
  documentName: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  docx: { label: 'Report (Word)', description: 'The full report to edit and send.', extension: 'docx', documentName: 'Readiness report' },
  pdf: { label: 'Report (PDF)', description: 'The same report, ready to print or attach.', extension: 'pdf', documentName: 'Readiness report' },
  pptx: { label: 'Steering-committee deck', description: 'Verdict, radar, one slide per gap, the action plan.', extension: 'pptx', documentName: 'Steering committee deck' },
  xlsx: { label: 'Action tracker (Excel)', description: 'Actions, consensus scores, every vote and the KPIs.', extension: 'xlsx', documentName: 'Action tracker' },
  csv: { label: 'Actions for Jira or Azure DevOps', description: 'One row per action, ready to import.', extension: 'csv', documentName: 'Actions import' },
  md: { label: 'Report (Markdown)', description: 'The report as text for a wiki.', extension: 'md', documentName: 'Readiness report' },
  ics: { label: 'Calendar of due dates', description: 'One all-day event per dated action.', extension: 'ics', documentName: 'Action due dates' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
