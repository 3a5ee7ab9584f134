/**
 * The documents Readiness Room exports, in the order the Export stage and the command line list
 * them. One list, so the contract, the CLI and the screen cannot disagree.
 */
import type { MessageId } from '../i18n/messageIds';

export const EXPORT_FORMATS = ['docx', 'pdf', 'pptx', 'xlsx', 'csv', 'md', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** What the document is, for the person choosing (English; the words are `labelId`). */
  label: string;
  /** Who it is for, in one line (English; the words are `descriptionId`). */
  description: string;
  /** What the document is, as a catalogue id: `i18n.t(info.labelId)`. */
  labelId: MessageId;
  /** Who it is for, as a catalogue id. */
  descriptionId: MessageId;
  /** File extension, without the dot. */
  extension: string;
  /** The document's name inside its file name ("… – Readiness report.docx", "… – Bericht.docx"). */
  fileNameId: MessageId;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  docx: {
    label: 'Report (Word)',
    description: 'The full report to edit and send.',
    labelId: 'report.format.docx.label',
    descriptionId: 'report.format.docx.description',
    extension: 'docx',
    fileNameId: 'fileName.report',
  },
  pdf: {
    label: 'Report (PDF)',
    description: 'The same report, ready to print or attach.',
    labelId: 'report.format.pdf.label',
    descriptionId: 'report.format.pdf.description',
    extension: 'pdf',
    fileNameId: 'fileName.report',
  },
  pptx: {
    label: 'Steering-committee deck',
    description: 'Verdict, radar, one slide per gap, the action plan.',
    labelId: 'report.format.pptx.label',
    descriptionId: 'report.format.pptx.description',
    extension: 'pptx',
    fileNameId: 'fileName.deck',
  },
  xlsx: {
    label: 'Action tracker (Excel)',
    description: 'Actions, consensus scores, every vote and the KPIs.',
    labelId: 'report.format.xlsx.label',
    descriptionId: 'report.format.xlsx.description',
    extension: 'xlsx',
    fileNameId: 'fileName.tracker',
  },
  csv: {
    label: 'Actions for Jira or Azure DevOps',
    description: 'One row per action, ready to import.',
    labelId: 'report.format.csv.label',
    descriptionId: 'report.format.csv.description',
    extension: 'csv',
    fileNameId: 'fileName.csv',
  },
  md: {
    label: 'Report (Markdown)',
    description: 'The report as text for a wiki.',
    labelId: 'report.format.md.label',
    descriptionId: 'report.format.md.description',
    extension: 'md',
    fileNameId: 'fileName.report',
  },
  ics: {
    label: 'Calendar of due dates',
    description: 'One all-day event per dated action.',
    labelId: 'report.format.ics.label',
    descriptionId: 'report.format.ics.description',
    extension: 'ics',
    fileNameId: 'fileName.ics',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
