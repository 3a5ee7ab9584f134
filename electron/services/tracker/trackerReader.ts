/**
 * Reads a tracker the client sends back (plain Node). Refused, with a sentence, before anything
 * is changed: a file over the size limit, one that is not a workbook, a zip bomb (zipEntries.ts,
 * before exceljs sees a byte), a workbook with macros or formulas, one with more rows than a
 * tracker can have, and a workbook that is not our tracker (no marker: trackerFormat.ts).
 *
 * What comes back is the Actions sheet's rows, each cell read in the tracker's own language
 * (shared/actions/trackerRows.ts); comparing them with the session is shared/actions/trackerChanges.ts.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../loadExcelJs';
import { TRACKER_FIELDS, TRACKER_HEADERS, readTrackerCells, type RawCell, type TrackerField, type TrackerRow } from '../../../shared/actions/trackerRows';
import { msg, type Message } from '../../../shared/i18n';
import { loadTranslator } from '../../../shared/i18n/languages';
import { readTrackerMarker, TRACKER_FORMAT_VERSION, type TrackerMarker } from './trackerFormat';
import { unpackZip, ZipRefused, type ZipLimits } from './zipEntries';

export interface TrackerLimits extends ZipLimits {
  /** The workbook file itself. */
  maxBytes: number;
  /** Rows on any one sheet (a session holds at most 2,000 actions). */
  maxRows: number;
}

export const TRACKER_LIMITS: TrackerLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 5_000,
  maxEntries: 500,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export type TrackerRefusal = 'too-large' | 'not-a-workbook' | 'zip-bomb' | 'macros' | 'formulas' | 'too-many-rows' | 'not-our-tracker' | 'newer-version';

export interface ReadTracker {
  marker: TrackerMarker;
  rows: TrackerRow[];
}

export type TrackerReadResult = { ok: true; tracker: ReadTracker } | { ok: false; code: TrackerRefusal; message: Message };

const MB = 1024 * 1024;

function refused(code: TrackerRefusal, message: Message): TrackerReadResult {
  return { ok: false, code, message };
}

/** Why a file over the size limit is refused (also before it is read: trackerHandlers.ts). */
export function tooLargeMessage(bytes: number, limits: TrackerLimits = TRACKER_LIMITS): Message {
  return msg('trackerImport.refusal.tooLarge', { size: Math.ceil(bytes / MB), limit: Math.round(limits.maxBytes / MB) });
}

/** A formula cell in a sheet's XML (`<f>`, `<f t="shared" …/>`, with or without a namespace prefix). */
const FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;
const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

function countRows(xml: string, stopAfter: number): number {
  let rows = 0;
  ROW.lastIndex = 0;
  while (ROW.exec(xml) !== null) if (++rows > stopAfter) break;
  return rows;
}

/** The checks on the unpacked parts, before exceljs parses anything. */
function checkParts(files: Map<string, Buffer>, limits: TrackerLimits): TrackerReadResult | null {
  if (!files.has('xl/workbook.xml')) return refused('not-a-workbook', msg('trackerImport.refusal.notAWorkbook'));
  for (const name of files.keys()) {
    if (/vbaProject\.bin$/i.test(name)) return refused('macros', msg('trackerImport.refusal.macros'));
  }
  for (const [name, bytes] of files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = bytes.toString('utf8');
    if (countRows(xml, limits.maxRows + 1) > limits.maxRows + 1) return refused('too-many-rows', msg('trackerImport.refusal.tooManyRows', { limit: limits.maxRows }));
    if (FORMULA.test(xml)) return refused('formulas', msg('trackerImport.refusal.formulas'));
  }
  return null;
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  const value = cell.value as unknown;
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'other', text: cell.text } : { kind: 'date', day: value.toISOString().slice(0, 10) };
  if (typeof value === 'object' && value !== null) {
    const rich = (value as { richText?: Array<{ text?: string }> }).richText;
    if (Array.isArray(rich)) return { kind: 'text', text: rich.map((part) => part.text ?? '').join('') };
    const linked = (value as { text?: unknown }).text;
    if (typeof linked === 'string') return { kind: 'text', text: linked };
  }
  return { kind: 'other', text: String(cell.text ?? '') };
}

function headerKey(text: string, locale: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase(locale);
}

/** The sheet whose first row holds the marker, and the marker's column. */
function findMarkedSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; marker: TrackerMarker; idColumn: number } | null {
  for (const sheet of workbook.worksheets) {
    const header = sheet.getRow(1);
    for (let column = 1; column <= header.cellCount; column++) {
      const marker = readTrackerMarker(header.getCell(column).value);
      if (marker) return { sheet, marker, idColumn: column };
    }
  }
  return null;
}

export async function readTrackerWorkbook(bytes: Uint8Array, limits: TrackerLimits = TRACKER_LIMITS): Promise<TrackerReadResult> {
  if (bytes.byteLength > limits.maxBytes) return refused('too-large', tooLargeMessage(bytes.byteLength, limits));
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let files: Map<string, Buffer>;
  try {
    files = unpackZip(zip, limits);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    return error.problem === 'bomb' ? refused('zip-bomb', msg('trackerImport.refusal.zipBomb')) : refused('not-a-workbook', msg('trackerImport.refusal.notAWorkbook'));
  }
  const problem = checkParts(files, limits);
  if (problem) return problem;

  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer);
  } catch {
    return refused('not-a-workbook', msg('trackerImport.refusal.notAWorkbook'));
  }
  const marked = findMarkedSheet(workbook);
  if (!marked) return refused('not-our-tracker', msg('trackerImport.refusal.notOurTracker'));
  const { sheet, marker, idColumn } = marked;
  if (marker.version > TRACKER_FORMAT_VERSION) return refused('newer-version', msg('trackerImport.refusal.newerVersion'));
  const i18n = await loadTranslator(marker.language);

  // Columns are found by their headers in the tracker's language, so a column the client moved still reads.
  const wanted = new Map<string, TrackerField | 'ref'>([[headerKey(i18n.t('report.column.ref'), i18n.locale), 'ref']]);
  for (const field of TRACKER_FIELDS) wanted.set(headerKey(i18n.t(TRACKER_HEADERS[field]), i18n.locale), field);
  const columns = new Map<TrackerField | 'ref', number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const key = wanted.get(headerKey(cell.text ?? '', i18n.locale));
    if (key && !columns.has(key)) columns.set(key, column);
  });
  if (!TRACKER_FIELDS.some((field) => columns.has(field))) return refused('not-our-tracker', msg('trackerImport.refusal.notOurTracker'));

  const rows: TrackerRow[] = [];
  const refColumn = columns.get('ref');
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (!row.hasValues) continue;
    const raw: Partial<Record<TrackerField, RawCell>> = {};
    for (const field of TRACKER_FIELDS) {
      const column = columns.get(field);
      if (column !== undefined) raw[field] = rawCell(row.getCell(column));
    }
    const id = row.getCell(idColumn).text.trim();
    rows.push({
      row: number,
      id: id === '' ? null : id,
      ref: refColumn === undefined ? '' : row.getCell(refColumn).text.trim(),
      cells: readTrackerCells(raw, i18n),
    });
  }
  return { ok: true, tracker: { marker, rows } };
}
