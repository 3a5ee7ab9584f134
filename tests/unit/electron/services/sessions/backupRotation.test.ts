import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROTATION_POLICY,
  backupFileName,
  backupsToDelete,
  backupsToKeep,
  parseBackupFileName,
  type BackupEntry,
} from '../../../../../electron/services/sessions/backupRotation';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-11-22T06:30:31.123Z');

function entry(takenAt: Date | number): BackupEntry {
  const date = typeof takenAt === 'number' ? new Date(takenAt) : takenAt;
  return { file: backupFileName(date), takenAt: date };
}

const files = (entries: BackupEntry[]) => entries.map((e) => e.file).sort();
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

describe('backup file names', () => {
  it('names a backup from its time, and reads the time back', () => {
    expect(backupFileName(NOW)).toBe('2026-11-22T06-30-31-123Z.rrsession');
    expect(parseBackupFileName('2026-11-22T06-30-31-123Z.rrsession')?.toISOString()).toBe(NOW.toISOString());
  });

  it('refuses anything else', () => {
    for (const name of [
      '2026-11-22T06-30-31-123Z.rrsession.tmp',
      '.2026-11-22T06-30-31-123Z.rrsession.0123456789ab.tmp',
      '2026-11-22T06:30:31.123Z.rrsession',
      '2026-02-31T06-30-31-123Z.rrsession',
      '2026-11-22T24-00-00-000Z.rrsession',
      '2026-11-22T06-30-31Z.rrsession',
      'abc.rrsession',
      '',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });

  it('round-trips any date from year 1000 to 9999, and sorts like time (property)', () => {
    const date = fc.date({ min: new Date('1000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(parseBackupFileName(backupFileName(a))?.getTime()).toBe(a.getTime());
        const byName = backupFileName(a) < backupFileName(b);
        expect(byName).toBe(a.getTime() < b.getTime());
      }),
    );
  });
});

describe('backupsToDelete: the rules at their boundaries', () => {
  it('keeps everything up to 10 backups', () => {
    const ten = Array.from({ length: 10 }, (_, i) => entry(NOW.getTime() - i * 60_000));
    expect(backupsToDelete(ten, NOW)).toEqual([]);
    expect(backupsToDelete([], NOW)).toEqual([]);
  });

  it('deletes the 11th newest when all are from today (today keeps only its newest, already among the 10)', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => entry(NOW.getTime() - i * 60_000));
    expect(files(backupsToDelete(eleven, NOW))).toEqual([eleven[10]!.file]);
  });

  it('keeps the newest backup of each of the last 14 UTC days beyond the 10 most recent', () => {
    // 12 backups today, then 3 a day for 20 earlier days.
    const today = Array.from({ length: 12 }, (_, i) => entry(NOW.getTime() - i * 60_000));
    const earlier: BackupEntry[] = [];
    for (let d = 1; d <= 20; d++) for (const h of [1, 5, 9]) earlier.push(entry(Date.UTC(2026, 10, 22 - d, h)));
    const all = [...today, ...earlier];
    const kept = backupsToKeep(all, NOW);
    const keptDays = new Map<string, BackupEntry[]>();
    for (const e of kept) keptDays.set(utcDay(e.takenAt), [...(keptDays.get(utcDay(e.takenAt)) ?? []), e]);
    // today: the 10 most recent; days 1..13 back: the 09:00 one each; days 14..20 back: nothing
    expect(keptDays.get('2026-11-22')).toHaveLength(10);
    for (let d = 1; d <= 13; d++) {
      const day = utcDay(new Date(Date.UTC(2026, 10, 22 - d)));
      expect(keptDays.get(day)?.map((e) => e.takenAt.getUTCHours()), day).toEqual([9]);
    }
    expect([...keptDays.keys()].sort()[0]).toBe('2026-11-09');
    expect(kept).toHaveLength(10 + 13);
    expect(backupsToDelete(all, NOW)).toHaveLength(all.length - 23);
  });

  it('counts "the last 14 days" as today and the 13 UTC days before, whatever the hour', () => {
    const firstKeptDay = entry(new Date('2026-11-09T00:00:00.000Z'));
    const lastDroppedDay = entry(new Date('2026-11-08T23:59:59.999Z'));
    const recent = Array.from({ length: 10 }, (_, i) => entry(NOW.getTime() - i * 1000));
    const toDelete = backupsToDelete([...recent, firstKeptDay, lastDroppedDay], NOW);
    expect(files(toDelete)).toEqual([lastDroppedDay.file]);
    // just after midnight UTC "today" changes, and so does the window
    const justAfterMidnight = new Date('2026-11-23T00:00:00.000Z');
    expect(files(backupsToDelete([...recent, firstKeptDay, lastDroppedDay], justAfterMidnight))).toEqual(files([firstKeptDay, lastDroppedDay]));
  });

  it('treats a backup dated after now (clock set back) as recent, and never deletes undated entries', () => {
    const future = entry(NOW.getTime() + 3 * DAY);
    const old = Array.from({ length: 15 }, (_, i) => entry(NOW.getTime() - (i + 1) * HOUR));
    const broken: BackupEntry = { file: 'weird.rrsession', takenAt: new Date(Number.NaN) };
    const toDelete = backupsToDelete([future, broken, ...old], NOW);
    expect(toDelete).not.toContain(future);
    expect(toDelete).not.toContain(broken);
    expect(toDelete).toHaveLength(6);
  });

  it('follows a custom policy', () => {
    const many = Array.from({ length: 30 }, (_, i) => entry(NOW.getTime() - i * DAY));
    expect(backupsToKeep(many, NOW, { keepRecent: 2, keepDailyDays: 5 })).toHaveLength(5);
    expect(backupsToKeep(many, NOW, { keepRecent: 0, keepDailyDays: 0 })).toHaveLength(0);
  });
});

describe('backupsToDelete: properties', () => {
  const { keepRecent, keepDailyDays } = DEFAULT_ROTATION_POLICY;
  // Backups over the last ~30 days, and a few slightly in the future.
  const takenAt = fc.integer({ min: NOW.getTime() - 30 * DAY, max: NOW.getTime() + HOUR });
  const entries = fc.uniqueArray(takenAt, { maxLength: 80 }).map((times) => times.map((t) => entry(t)));

  it('never deletes one of the 10 newest', () => {
    fc.assert(
      fc.property(entries, (all) => {
        const newest = [...all].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime()).slice(0, keepRecent);
        const toDelete = new Set(backupsToDelete(all, NOW));
        for (const e of newest) expect(toDelete.has(e)).toBe(false);
      }),
    );
  });

  it('never keeps more than 10 + 14, and deletes exactly what it does not keep', () => {
    fc.assert(
      fc.property(entries, (all) => {
        const kept = backupsToKeep(all, NOW);
        const toDelete = backupsToDelete(all, NOW);
        expect(kept.length).toBeLessThanOrEqual(keepRecent + keepDailyDays);
        expect(kept.length + toDelete.length).toBe(all.length);
        expect(new Set([...kept, ...toDelete]).size).toBe(all.length);
      }),
    );
  });

  it('keeps the newest backup of every day of the last 14 that has one, and at most one older than the 10 newest per day', () => {
    fc.assert(
      fc.property(entries, (all) => {
        const kept = new Set(backupsToKeep(all, NOW));
        const sorted = [...all].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
        const tenNewest = new Set(sorted.slice(0, keepRecent));
        const firstDay = Math.floor(NOW.getTime() / DAY) - keepDailyDays + 1;
        const newestOfDay = new Map<number, BackupEntry>();
        for (const e of sorted) {
          const day = Math.floor(e.takenAt.getTime() / DAY);
          if (!newestOfDay.has(day)) newestOfDay.set(day, e);
        }
        for (const [day, e] of newestOfDay) {
          if (day >= firstDay && day <= Math.floor(NOW.getTime() / DAY)) expect(kept.has(e)).toBe(true);
        }
        const extraPerDay = new Map<number, number>();
        for (const e of kept) {
          if (tenNewest.has(e)) continue;
          const day = Math.floor(e.takenAt.getTime() / DAY);
          expect(day).toBeGreaterThanOrEqual(firstDay);
          extraPerDay.set(day, (extraPerDay.get(day) ?? 0) + 1);
        }
        for (const count of extraPerDay.values()) expect(count).toBe(1);
      }),
    );
  });

  it('is stable: pruning what it says leaves nothing more to prune', () => {
    fc.assert(
      fc.property(entries, (all) => {
        const toDelete = new Set(backupsToDelete(all, NOW));
        const left = all.filter((e) => !toDelete.has(e));
        expect(backupsToDelete(left, NOW)).toEqual([]);
      }),
    );
  });
});
