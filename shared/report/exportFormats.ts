/**
 * The documents Readiness Room exports, in the order the Export stage and the command line list
 * them. One list, so the contract, the CLI and the screen cannot disagree.
 */
import type { MessageId } from '../i18n/messageIds';

export const EXPORT_FORMATS = ['docx', 'pdf', 'pptx', 'xlsx', 'csv', 'md', 'ics', 'charter-docx', 'charter-pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
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
    labelId: 'report.format.docx.label',
    descriptionId: 'report.format.docx.description',
    extension: 'docx',
    fileNameId: 'fileName.report',
  },
  pdf: {
    labelId: 'report.format.pdf.label',
    descriptionId: 'report.format.pdf.description',
    extension: 'pdf',
    fileNameId: 'fileName.report',
  },
  pptx: {
    labelId: 'report.format.pptx.label',
    descriptionId: 'report.format.pptx.description',
    extension: 'pptx',
    fileNameId: 'fileName.deck',
  },
  xlsx: {
    labelId: 'report.format.xlsx.label',
    descriptionId: 'report.format.xlsx.description',
    extension: 'xlsx',
    fileNameId: 'fileName.tracker',
  },
  csv: {
    labelId: 'report.format.csv.label',
    descriptionId: 'report.format.csv.description',
    extension: 'csv',
    fileNameId: 'fileName.csv',
  },
  md: {
    labelId: 'report.format.md.label',
    descriptionId: 'report.format.md.description',
    extension: 'md',
    fileNameId: 'fileName.report',
  },
  ics: {
    labelId: 'report.format.ics.label',
    descriptionId: 'report.format.ics.description',
    extension: 'ics',
    fileNameId: 'fileName.ics',
  },
  'charter-docx': { labelId: 'charter.format.docx.label', descriptionId: 'charter.format.docx.description', extension: 'docx', fileNameId: 'charter.fileName' },
  'charter-pdf': { labelId: 'charter.format.pdf.label', descriptionId: 'charter.format.pdf.description', extension: 'pdf', fileNameId: 'charter.fileName' },
};

/** The pilot-redesign charter's formats: written only when the verdict is Not yet (shared/report/charterModel.ts). */
export const CHARTER_FORMATS: readonly ExportFormat[] = ['charter-docx', 'charter-pdf'];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
