import { describe, expect, it } from 'vitest';
import { backupAgo, backupWhen } from '../../../../../renderer/src/features/backups/backupTime';

const now = new Date(2026, 2, 12, 15, 30);

describe('how a backup time reads', () => {
  it('says today and yesterday in words', () => {
    expect(backupWhen(new Date(2026, 2, 12, 10, 42), now)).toMatch(/^Today, 10.42/);
    expect(backupWhen(new Date(2026, 2, 11, 23, 5), now)).toMatch(/^Yesterday, (23.05|11.05\sPM)/);
    expect(backupWhen(new Date(2026, 2, 9, 9, 30), now)).not.toMatch(/Today|Yesterday/);
  });

  it('says how long ago', () => {
    expect(backupAgo(new Date(now.getTime() - 20_000), now)).toBe('just now');
    expect(backupAgo(new Date(now.getTime() - 12 * 60_000), now)).toBe('12 minutes ago');
    expect(backupAgo(new Date(now.getTime() - 3 * 3_600_000), now)).toBe('3 hours ago');
    expect(backupAgo(new Date(now.getTime() - 2 * 86_400_000), now)).toBe('2 days ago');
  });
});
