/**
 * Which backups of a session to keep: the most recent few, plus the newest backup of each UTC
 * calendar day for the last two weeks. Pure functions; the mirror does the file work.
 */
import { FILE_EXTENSION } from '../../../shared/format/envelope';

export interface BackupEntry {
  file: string;
  takenAt: Date;
}

export interface RotationPolicy {
  /** The newest `keepRecent` backups are always kept. */
  keepRecent: number;
  /** The newest backup of each UTC day, for today and the `keepDailyDays - 1` days before, is kept. */
  keepDailyDays: number;
}

export const DEFAULT_ROTATION_POLICY: RotationPolicy = { keepRecent: 10, keepDailyDays: 14 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Newest first; ties broken by file name (descending) so the order is total and stable. */
export function sortNewestFirst<T extends BackupEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.file < b.file ? 1 : a.file > b.file ? -1 : 0));
}

function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The entries the policy keeps, newest first. */
export function backupsToKeep<T extends BackupEntry>(entries: readonly T[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION_POLICY): T[] {
  const sorted = sortNewestFirst(entries.filter((e) => Number.isFinite(e.takenAt.getTime())));
  const keep = new Set<T>(sorted.slice(0, Math.max(0, policy.keepRecent)));
  const today = utcDayNumber(now);
  const firstDay = today - Math.max(0, policy.keepDailyDays) + 1;
  const daysSeen = new Set<number>();
  for (const entry of sorted) {
    const day = utcDayNumber(entry.takenAt);
    if (day < firstDay || day > today || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(entry);
  }
  return sorted.filter((e) => keep.has(e));
}

/**
 * The entries to delete, newest first. Entries with an invalid date are never deleted (they are
 * not ours to judge); an entry dated after `now` (clock changed) counts as recent.
 */
export function backupsToDelete<T extends BackupEntry>(entries: readonly T[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION_POLICY): T[] {
  const keep = new Set(backupsToKeep(entries, now, policy));
  return sortNewestFirst(entries.filter((e) => Number.isFinite(e.takenAt.getTime()) && !keep.has(e)));
}

const BACKUP_NAME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.rrsession$/;

/** `2026-11-22T06-30-31-123Z.rrsession`: the ISO time with `:` and `.` made file-name safe; sorts by time. */
export function backupFileName(takenAt: Date): string {
  const iso = takenAt.toISOString();
  if (!/^\d{4}-/.test(iso)) throw new RangeError(`A backup cannot be named for the year ${takenAt.getUTCFullYear()}.`);
  return `${iso.replace(/[:.]/g, '-')}`.replace(/Z$/, `Z${FILE_EXTENSION}`);
}

/** The time a backup was taken, from its file name; null for any other name. */
export function parseBackupFileName(name: string): Date | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (!Number.isFinite(date.getTime())) return null;
  // Refuse names like 2026-02-31 that Date would roll over into March.
  return backupFileName(date) === name ? date : null;
}
