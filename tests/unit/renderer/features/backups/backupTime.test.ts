import { describe, expect, it } from 'vitest';
import { backupWhen } from '../../../../../renderer/src/features/backups/backupTime';

const now = new Date(2026, 2, 12, 15, 30);

describe('how a backup time reads', () => {
  it('says today and yesterday in words', () => {
    expect(backupWhen(new Date(2026, 2, 12, 10, 42), now)).toBe('Today, 10:42');
    expect(backupWhen(new Date(2026, 2, 11, 23, 5), now)).toBe('Yesterday, 23:05');
    expect(backupWhen(new Date(2026, 2, 9, 9, 30), now)).toBe('Mon 9 Mar, 09:30');
  });
});
