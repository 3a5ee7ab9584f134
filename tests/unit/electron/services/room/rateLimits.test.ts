/** The room's rate limits on a fake clock. */
import { describe, expect, it } from 'vitest';
import { CodeGuard, TokenBucket } from '../../../../../electron/services/room/rateLimits';

describe('TokenBucket', () => {
  it('allows a burst, then the steady rate', () => {
    let now = 0;
    const bucket = new TokenBucket(5, 2, () => now);
    expect(Array.from({ length: 7 }, () => bucket.take())).toEqual([true, true, true, true, true, false, false]);
    now += 500; // one token back at 2 per second
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 60_000; // never more than the burst
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });
});

describe('CodeGuard', () => {
  it('lets each address try a few wrong codes per window', () => {
    let now = 0;
    const guard = new CodeGuard({ perAddress: 3, windowMs: 60_000, total: 100 }, () => now);
    for (let i = 0; i < 3; i++) {
      expect(guard.check('10.0.0.5')).toBe('allowed');
      guard.fail('10.0.0.5');
    }
    expect(guard.check('10.0.0.5')).toBe('too-many-attempts');
    expect(guard.check('10.0.0.6')).toBe('allowed');
    now += 60_001;
    expect(guard.check('10.0.0.5')).toBe('allowed');
  });

  it('switches the code off for good after too many wrong codes in total, from any number of addresses', () => {
    const guard = new CodeGuard({ perAddress: 2, windowMs: 60_000, total: 10 }, () => 0);
    for (let i = 0; i < 10; i++) guard.fail(`10.0.1.${i}`);
    expect(guard.locked).toBe(true);
    expect(guard.check('10.0.9.9')).toBe('code-locked');
  });

  it('bounds how many guesses a whole network can make: total is the ceiling', () => {
    let now = 0;
    const guard = new CodeGuard({ perAddress: 5, windowMs: 60_000, total: 60 }, () => now);
    let tries = 0;
    for (let minute = 0; minute < 120; minute++) {
      for (let a = 0; a < 250; a++) {
        const address = `10.1.${a}.1`;
        while (guard.check(address) === 'allowed') {
          guard.fail(address);
          tries++;
        }
      }
      now += 60_000;
    }
    expect(tries).toBe(60);
  });
});
