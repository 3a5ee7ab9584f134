/**
 * Property-based tests of the loader on hostile input: random JSON, random text, and real files
 * mutated at random (text damage and structural damage). The loader must never throw, must answer
 * a valid session or a sentence a person can read, and must stay fast on a 1 MB file.
 */
import { enAll } from '../inEnglish';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_TYPE, makeEnvelope, serializeEnvelope } from '../../../../shared/format/envelope';
import { loadSessionText, type LoadResult } from '../../../../shared/format/loadSessionFile';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { buildLargeSession } from '../../../fixtures/largeSession';

const GOLDEN = readFileSync(path.resolve(__dirname, '../../../fixtures/session-v1.rrsession'), 'utf8');
const GOLDEN_DATA = JSON.parse(GOLDEN) as Record<string, unknown>;

/** A result is acceptable when it is a valid session or a short, plain sentence. */
function isAcceptable(result: LoadResult): boolean {
  if (result.ok) {
    return SessionSchema.safeParse(result.session).success && enAll(result.repairs).every((r) => r.length > 0 && r.length < 400);
  }
  const message = enAll([result.message])[0]!;
  return typeof message === 'string' && message.length > 10 && message.length < 400 && !/\n\s+at |Error:|undefined|\[object /.test(message);
}

function load(text: string): LoadResult {
  // Catching here would hide a throw; the property fails on any exception.
  return loadSessionText(text, Buffer.byteLength(text));
}

/** Follows a random path of indexes into a JSON tree and applies `change` to the value found. */
function mutateAt(root: unknown, steps: readonly number[], change: (parent: Record<string, unknown> | unknown[], key: string | number) => void): unknown {
  const copy = structuredClone(root);
  let parent: Record<string, unknown> | unknown[] | null = null;
  let key: string | number | null = null;
  let node: unknown = copy;
  for (const step of steps) {
    if (Array.isArray(node) && node.length > 0) {
      parent = node;
      key = step % node.length;
      node = node[key];
    } else if (typeof node === 'object' && node !== null && Object.keys(node).length > 0) {
      const keys = Object.keys(node);
      parent = node as Record<string, unknown>;
      key = keys[step % keys.length]!;
      node = (node as Record<string, unknown>)[key];
    } else break;
  }
  if (parent !== null && key !== null) change(parent, key);
  return copy;
}

const path_ = fc.array(fc.nat(), { minLength: 1, maxLength: 8 });

describe('the loader on hostile input', () => {
  it('answers random text with a sentence, never a throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => isAcceptable(load(text))), { numRuns: 400 });
  });

  it('answers any JSON value, in or out of an envelope, with a session or a sentence', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), fc.integer({ min: -2, max: 4 }), (value, wrap, version) => {
        const text = JSON.stringify(wrap ? { type: FILE_TYPE, version, session: value } : value) ?? 'null';
        return isAcceptable(load(text));
      }),
      { numRuns: 500 },
    );
  });

  it('survives random text damage to a real file (cuts, insertions, flipped characters, truncation)', () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), text: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '0', 'x', '\u0000', '\u2028', 'é') }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), length: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
        let text = GOLDEN;
        for (const d of damages) {
          const at = d.at % (text.length + 1);
          if (d.kind === 'cut') text = text.slice(0, at) + text.slice(at + d.length);
          else if (d.kind === 'insert') text = text.slice(0, at) + d.text + text.slice(at);
          else if (d.kind === 'flip') text = text.slice(0, at) + d.text + text.slice(at + 1);
          else text = text.slice(0, at);
        }
        return isAcceptable(load(text));
      }),
      { numRuns: 400 },
    );
  });

  it('repairs or refuses structural damage to a real file (values replaced, keys removed)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(path_, fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined })), { minLength: 1, maxLength: 5 }), (edits) => {
        let data: unknown = GOLDEN_DATA;
        for (const [steps, replacement] of edits) {
          data = mutateAt(data, steps, (parent, key) => {
            if (replacement === undefined) {
              if (Array.isArray(parent)) parent.splice(Number(key), 1);
              else delete parent[key as string];
            } else (parent as Record<string | number, unknown>)[key] = replacement;
          });
        }
        const result = load(JSON.stringify(data));
        return isAcceptable(result);
      }),
      { numRuns: 400 },
    );
  });

  it('repairs most single-field damage inside the session instead of refusing the file', () => {
    let repaired = 0;
    let refused = 0;
    fc.assert(
      fc.property(path_, fc.jsonValue({ maxDepth: 1 }), (steps, replacement) => {
        const data = mutateAt(GOLDEN_DATA.session, steps, (parent, key) => {
          (parent as Record<string | number, unknown>)[key] = replacement;
        });
        const result = load(JSON.stringify({ ...GOLDEN_DATA, session: data }));
        if (result.ok) repaired++;
        else refused++;
        return isAcceptable(result);
      }),
      { numRuns: 300 },
    );
    // Only the session's id has no default; everything else is repaired.
    expect(repaired).toBeGreaterThan(refused * 10);
  });

  it('never lets keys such as __proto__, constructor or prototype reach any object', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(path_, hostileKey, fc.jsonValue({ maxDepth: 2 }), (steps, key, value) => {
        const data = mutateAt(GOLDEN_DATA, steps, (parent, at) => {
          const target = (parent as Record<string | number, unknown>)[at];
          if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
            (target as Record<string, unknown>)['@@HOSTILE@@'] = { polluted: true, value };
          }
        });
        const text = JSON.stringify(data).replaceAll('"@@HOSTILE@@"', JSON.stringify(key));
        const result = load(text);
        const clean = ({} as Record<string, unknown>).polluted === undefined && !Object.hasOwn(Object.prototype, 'polluted');
        const noHostileKeys = !result.ok || !JSON.stringify(result.session).includes('"polluted"');
        return clean && noHostileKeys && isAcceptable(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the loader on a 1 MB session', () => {
  // A real, large workshop, its notes grown until the file passes 1 MB.
  const large = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200 });
  const bulky: Session = {
    ...large,
    actions: large.actions.map((a, i) => ({ ...a, description: `${a.title}. ${'Detail of the plan, step by step. '.repeat(110 + (i % 40))}`.slice(0, 20_000) })),
  };
  const text = serializeEnvelope(makeEnvelope(bulky, '0.1.0', new Date(Date.UTC(2026, 0, 1))));

  it('is really above 1 MB and loads deep-equal', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    const result = load(text);
    expect(result).toMatchObject({ ok: true, repairs: [] });
    expect(result.ok && result.session).toEqual(bulky);
  });

  it('answers within 100 ms (median), damaged or not', () => {
    const times: number[] = [];
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 3 }), (at, kind) => {
        const cut = at % text.length;
        const damaged =
          kind === 0 ? text : kind === 1 ? text.slice(0, cut) : kind === 2 ? text.slice(0, cut) + '"' + text.slice(cut + 1) : text.replace('"priority": "high"', '"priority": 7');
        const start = performance.now();
        const result = load(damaged);
        times.push(performance.now() - start);
        return isAcceptable(result);
      }),
      { numRuns: 25 },
    );
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    // The median keeps a busy test machine's hiccups out; a hang would blow far past it.
    expect(median).toBeLessThanOrEqual(100);
    expect(times.at(-1)!).toBeLessThan(2000);
  });
});
