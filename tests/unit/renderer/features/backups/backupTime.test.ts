import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../../shared/i18n';
import { backupWhen } from '../../../../../renderer/src/features/backups/backupTime';

const now = new Date(2026, 2, 12, 15, 30);
const en = translatorNow('en');
const de = translatorNow('de');

describe('how a backup time reads', () => {
  it('says today and yesterday in words', () => {
    expect(backupWhen(new Date(2026, 2, 12, 10, 42), now, en)).toBe('Today, 10:42');
    expect(backupWhen(new Date(2026, 2, 11, 23, 5), now, en)).toBe('Yesterday, 23:05');
    expect(backupWhen(new Date(2026, 2, 9, 9, 30), now, en)).toBe('Mon 9 Mar, 09:30');
  });

  it('starts in lower case inside a sentence, and speaks German', () => {
    expect(backupWhen(new Date(2026, 2, 12, 10, 42), now, en, true)).toBe('today, 10:42');
    expect(backupWhen(new Date(2026, 2, 12, 10, 42), now, de)).toBe('Heute, 10:42');
    expect(backupWhen(new Date(2026, 2, 11, 23, 5), now, de, true)).toBe('gestern, 23:05');
    expect(backupWhen(new Date(2026, 2, 9, 9, 30), now, de)).toMatch(/^Mo\.?,? 9\. März,? 09:30$/);
  });
});
