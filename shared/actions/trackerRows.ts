/**
 * The action tracker's rows as they come back from the client: which columns the import reads,
 * and how a cell's contents become an action's value. A status or priority comes back as the
 * word the tracker's drop-down offered in its language (STATUS_LABELS, PRIORITY_LABELS: the same
 * words the export wrote); a due date as a spreadsheet date, a serial number or typed text.
 * Pure: the workbook is read in Node (electron/services/tracker/), the rows are compared here.
 */
import type { Translator } from '../i18n/translator';
import type { MessageId } from '../i18n/messageIds';
import type { Action } from '../model/session';
import { readTypedDay } from '../text/dates';
import { PRIORITY_LABELS, STATUS_LABELS } from './actionSummary';

/** The columns the import reads back; every other column is the client's to read, not to change. */
export const TRACKER_FIELDS = ['title', 'owner', 'dueDate', 'priority', 'status', 'notes'] as const;
export type TrackerField = (typeof TRACKER_FIELDS)[number];

/** Each read column's header, as the export writes it (and the import finds it). */
export const TRACKER_HEADERS: Readonly<Record<TrackerField, MessageId>> = {
  title: 'report.column.action',
  owner: 'report.column.owner',
  dueDate: 'report.column.dueDate',
  priority: 'report.column.priority',
  status: 'report.column.status',
  notes: 'tracker.column.notes',
};

/** A cell as the workbook holds it, before it means anything. */
export type RawCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A cell formatted as a date: its calendar day. */
  | { kind: 'date'; day: string }
  /** Anything else (an error value, a boolean), as the spreadsheet shows it. */
  | { kind: 'other'; text: string };

/** A read value, or the text that could not be read as one. */
export type TrackerCell<T> = { ok: true; value: T } | { ok: false; text: string };

export interface TrackerRow {
  /** The spreadsheet's row number (2 is the first action). */
  row: number;
  /** The hidden id of the action the row was exported from; null on a row the client added. */
  id: string | null;
  /** "A3" as the Ref column says, or "" when blank. */
  ref: string;
  /** One entry per read column the workbook has (a deleted column leaves its values alone). */
  cells: Partial<{
    title: TrackerCell<string>;
    owner: TrackerCell<string>;
    dueDate: TrackerCell<string | null>;
    priority: TrackerCell<Action['priority']>;
    status: TrackerCell<Action['status']>;
    notes: TrackerCell<string>;
  }>;
}

/** The field limits of shared/model/session.ts, which a cell must keep to. */
const MAX_LENGTH: Readonly<Record<'title' | 'owner' | 'notes', number>> = { title: 300, owner: 120, notes: 20_000 };

/** Excel's first day (serial 1 is 1900-01-01; serial 60 is the 29 February 1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** Text as typed: line endings unified and the edges trimmed. */
export function cellText(cell: RawCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'other':
      return cell.text.replace(/\r\n?/g, '\n').trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.day;
  }
}

function textCell(cell: RawCell, max: number): TrackerCell<string> {
  const text = cellText(cell);
  if (cell.kind === 'other' || text.length > max) return { ok: false, text };
  return { ok: true, value: text };
}

function choiceCell<K extends string>(cell: RawCell, labels: Readonly<Record<K, Parameters<Translator['text']>[0]>>, i18n: Translator): TrackerCell<K> {
  const text = cellText(cell);
  const wanted = text.toLocaleLowerCase(i18n.locale);
  for (const key of Object.keys(labels) as K[]) {
    if (i18n.text(labels[key]).toLocaleLowerCase(i18n.locale) === wanted) return { ok: true, value: key };
  }
  return { ok: false, text };
}

/** A due date: blank clears it; an Excel serial (1900 system) or typed text in the tracker's locale. */
function dayCell(cell: RawCell, locale: string): TrackerCell<string | null> {
  switch (cell.kind) {
    case 'empty':
      return { ok: true, value: null };
    case 'date':
      return { ok: true, value: cell.day };
    case 'number': {
      if (!Number.isInteger(cell.value) || cell.value < 1 || cell.value > MAX_SERIAL) return { ok: false, text: cellText(cell) };
      return { ok: true, value: new Date(EXCEL_EPOCH_MS + cell.value * DAY_MS).toISOString().slice(0, 10) };
    }
    default: {
      const text = cellText(cell);
      if (text === '') return { ok: true, value: null };
      const day = readTypedDay(text, locale);
      return day ? { ok: true, value: day } : { ok: false, text };
    }
  }
}

/** One row's read columns, in the words of the tracker's language. */
export function readTrackerCells(raw: Partial<Record<TrackerField, RawCell>>, i18n: Translator): TrackerRow['cells'] {
  const cells: TrackerRow['cells'] = {};
  if (raw.title) cells.title = textCell(raw.title, MAX_LENGTH.title);
  if (raw.owner) cells.owner = textCell(raw.owner, MAX_LENGTH.owner);
  if (raw.dueDate) cells.dueDate = dayCell(raw.dueDate, i18n.locale);
  if (raw.priority) cells.priority = choiceCell(raw.priority, PRIORITY_LABELS, i18n);
  if (raw.status) cells.status = choiceCell(raw.status, STATUS_LABELS, i18n);
  if (raw.notes) cells.notes = textCell(raw.notes, MAX_LENGTH.notes);
  return cells;
}
