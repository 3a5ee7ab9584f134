/**
 * How the exported tracker names itself so it can be recognised when it comes back: the Actions
 * sheet has a hidden last column holding each action's id, and that column's header cell holds
 * the marker — the format, its version, the session and the language the workbook speaks. The
 * writer (export/xlsxTracker.ts) and the reader (trackerReader.ts) share this one definition.
 */

const MARKER_PREFIX = 'readiness-room-tracker/';
export const TRACKER_FORMAT_VERSION = 1;

export interface TrackerMarker {
  version: number;
  sessionId: string;
  /** The catalogue the workbook's headers, statuses and priorities were written in ("de"). */
  language: string;
}

export function trackerMarker(marker: Omit<TrackerMarker, 'version'>): string {
  const query = new URLSearchParams({ session: marker.sessionId, language: marker.language });
  return `${MARKER_PREFIX}${TRACKER_FORMAT_VERSION}?${query.toString()}`;
}

/** The marker a cell holds, or null when the cell is not one. */
export function readTrackerMarker(value: unknown): TrackerMarker | null {
  if (typeof value !== 'string' || !value.startsWith(MARKER_PREFIX)) return null;
  const [versionText, queryText = ''] = value.slice(MARKER_PREFIX.length).split('?', 2) as [string, string?];
  const version = Number(versionText);
  const query = new URLSearchParams(queryText);
  const sessionId = query.get('session');
  const language = query.get('language');
  if (!Number.isInteger(version) || version < 1 || !sessionId || !language) return null;
  return { version, sessionId, language };
}
