/**
 * The room's rate limits, on an injected clock so tests need no waiting:
 * - `TokenBucket`: messages per phone connection (a burst, then a steady rate);
 * - `CodeGuard`: wrong short codes per network address and in total; past the total the code is
 *   switched off for the rest of the room (the QR address keeps working).
 */
export type Clock = () => number;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: Clock,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty (the message must be refused). */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.refillPerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export interface CodeGuardOptions {
  /** Wrong codes one address may send per window before it must wait. */
  perAddress: number;
  windowMs: number;
  /** Wrong codes in total after which the short code is switched off for this room. */
  total: number;
}

export const DEFAULT_CODE_GUARD: CodeGuardOptions = { perAddress: 5, windowMs: 60_000, total: 60 };

export type CodeVerdict = 'allowed' | 'too-many-attempts' | 'code-locked';

export class CodeGuard {
  private readonly failures = new Map<string, number[]>();
  private totalFailures = 0;

  constructor(
    private readonly options: CodeGuardOptions,
    private readonly now: Clock,
  ) {}

  get locked(): boolean {
    return this.totalFailures >= this.options.total;
  }

  /** Whether an address may try a code now. Ask before comparing the code. */
  check(address: string): CodeVerdict {
    if (this.locked) return 'code-locked';
    return this.recent(address).length >= this.options.perAddress ? 'too-many-attempts' : 'allowed';
  }

  /** Records a wrong code from an address. */
  fail(address: string): void {
    const recent = this.recent(address);
    recent.push(this.now());
    this.failures.set(address, recent);
    this.totalFailures += 1;
    // Keep the map small: forget addresses whose failures have all expired.
    if (this.failures.size > 1000) for (const key of [...this.failures.keys()]) if (this.recent(key).length === 0) this.failures.delete(key);
  }

  private recent(address: string): number[] {
    const since = this.now() - this.options.windowMs;
    const kept = (this.failures.get(address) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }
}

/** One token bucket per key (a network address): joins or messages per address. Idle keys are forgotten. */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: Clock,
  ) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 5000) this.buckets.clear();
      bucket = new TokenBucket(this.capacity, this.refillPerSecond, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }
}

/** Counts of things held per key (open sockets per address), so one address cannot hold them all. */
export class KeyedCounter {
  private readonly counts = new Map<string, number>();

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }

  remove(key: string): void {
    const left = this.get(key) - 1;
    if (left <= 0) this.counts.delete(key);
    else this.counts.set(key, left);
  }
}
