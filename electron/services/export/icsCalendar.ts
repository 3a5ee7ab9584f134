/**
 * The calendar of due dates (RFC 5545): one all-day VEVENT per dated action, with a stable UID,
 * DTSTAMP, DTSTART;VALUE=DATE and the next day as DTEND. Text is escaped (backslash, semicolon,
 * comma, newline) and every line is folded at 75 octets without splitting a UTF-8 character.
 */
import type { ActionRow, ReportModel } from '../../../shared/report/reportModel';
import { addDays, isCalendarDay } from '../../../shared/text/dates';

const PRIORITY = { high: 1, medium: 5, low: 9 } as const;

/** RFC 5545 TEXT escaping. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octets(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds one content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  // eslint-disable-next-line no-control-regex -- plain ASCII lines (most of them) need no counting
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** 2025-03-12T10:00:00.000Z → 20250312T100000Z */
function utcStamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function uidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '-');
}

function event(action: ActionRow, model: ReportModel, stamp: string): string[] {
  const due = action.dueDate!;
  const t = model.i18n.t;
  const { initiative, client, workshopDateLabel: date } = model.meta;
  const details = [
    `${action.ref} · ${action.gap ? t('ics.gap', { number: action.gap.number, name: action.gap.name }) : t('report.gap.wholeInitiative')}`,
    t('ics.owner', { owner: action.owner || t('ics.ownerMissing') }),
    t('ics.priorityStatus', { priority: action.priorityLabel, status: action.statusLabel }),
    ...(action.successMeasure ? [t('report.line.successMeasure', { measure: action.successMeasure })] : []),
    ...(action.notes ? [t('report.plan.notes', { notes: action.notes })] : []),
    ...(action.description ? ['', action.description] : []),
    '',
    client ? t('ics.fromForClient', { initiative, client, date }) : t('ics.from', { initiative, date }),
  ];
  // The language of the words (RFC 5545 LANGUAGE), for calendars that read it.
  const language = `;LANGUAGE=${model.meta.locale}`;
  const categories = ['Readiness Room', ...(action.gap ? [action.gap.name] : [])].map(escapeText).join(',');
  return [
    'BEGIN:VEVENT',
    `UID:${uidPart(action.id)}@${uidPart(model.meta.sessionId)}.readiness-room`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(due)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(due, 1))}`,
    `SUMMARY${language}:${escapeText(t(action.status === 'done' ? 'ics.summaryDone' : 'ics.summaryDue', { title: action.title }))}`,
    `DESCRIPTION${language}:${escapeText(details.join('\n'))}`,
    `CATEGORIES:${categories}`,
    `PRIORITY:${PRIORITY[action.priority]}`,
    'STATUS:CONFIRMED',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function icsCalendar(model: ReportModel): string {
  const stamp = utcStamp(model.meta.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Readiness Room//Readiness Room ${escapeText(model.meta.appVersion)}//${model.meta.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(model.i18n.t('ics.calendarName', { initiative: model.meta.initiative }))}`,
    ...model.actions.filter((a) => isCalendarDay(a.dueDate)).flatMap((a) => event(a, model, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
