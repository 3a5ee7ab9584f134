import { describe, expect, it } from 'vitest';
import { readTypedDay } from '../../../../shared/text/dates';

describe('readTypedDay', () => {
  it('reads ISO days, day-first numbers and the locale’s month names', () => {
    expect(readTypedDay('2026-04-05', 'en-GB')).toBe('2026-04-05');
    expect(readTypedDay(' 5.4.2026 ', 'de-DE')).toBe('2026-04-05');
    expect(readTypedDay('05/04/2026', 'en-GB')).toBe('2026-04-05');
    expect(readTypedDay('5 Apr 2026', 'en-GB')).toBe('2026-04-05');
    expect(readTypedDay('5 September 2026', 'en-GB')).toBe('2026-09-05');
    expect(readTypedDay('5 Sep 2026', 'en-GB')).toBe('2026-09-05');
    expect(readTypedDay('5. März 2026', 'de-DE')).toBe('2026-03-05');
    expect(readTypedDay('5. Dez. 2026', 'de-DE')).toBe('2026-12-05');
  });

  it('refuses what is not a real day', () => {
    for (const text of ['2026-02-30', '31/02/2026', 'next week', '5 Foo 2026', '', '2026', '1/2/26']) expect(readTypedDay(text, 'en-GB'), text).toBeNull();
  });
});
