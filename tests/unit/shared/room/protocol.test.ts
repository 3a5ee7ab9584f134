/** The room protocol: what a phone may send, parsed strictly; what the laptop sends, checked against its schema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  LaptopMessageSchema,
  MAX_MESSAGE_BYTES,
  parsePhoneMessage,
  PhoneStateSchema,
  ROOM_PROTOCOL_VERSION,
} from '../../../../shared/room/protocol';

const token = `cGhvbmUtMQ.0.${'a'.repeat(43)}`;
const key = 'b'.repeat(32);

describe('parsePhoneMessage', () => {
  it('accepts a join by key, by code (case and spaces forgiven) and anonymously', () => {
    expect(parsePhoneMessage(JSON.stringify({ v: 2, type: 'join', credential: { kind: 'key', key }, name: '  Ana   Silva ' }))).toEqual({
      ok: true,
      message: { v: 2, type: 'join', credential: { kind: 'key', key }, name: 'Ana Silva' },
    });
    const byCode = parsePhoneMessage(JSON.stringify({ v: 2, type: 'join', credential: { kind: 'code', code: 'acd efg' }, name: null }));
    expect(byCode).toMatchObject({ ok: true, message: { credential: { kind: 'code', code: 'ACDEFG' }, name: null } });
  });

  it('accepts a vote of 1–5 or "unsure" with a trimmed comment', () => {
    for (const score of [1, 2, 3, 4, 5, 'unsure'] as const) {
      const parsed = parsePhoneMessage(JSON.stringify({ v: 2, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score, comment: ' ok ' }));
      expect(parsed).toMatchObject({ ok: true, message: { score, comment: 'ok' } });
    }
  });

  it.each([
    ['a level out of range', { v: 2, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: 0, comment: '' }],
    ['a level as text', { v: 2, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: '3', comment: '' }],
    ['a vote without a token', { v: 2, type: 'vote', voteId: 'abcdefgh', roundId: 'r1', score: 3, comment: '' }],
    ['a short token', { v: 2, type: 'resume', token: 'abc' }],
    ['an extra key', { v: 2, type: 'resume', token, admin: true }],
    ['a long comment', { v: 2, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: 3, comment: 'x'.repeat(501) }],
    ['a code with look-alike characters', { v: 2, type: 'join', credential: { kind: 'code', code: 'O0I1L5' }, name: null }],
    ['a short room key', { v: 2, type: 'join', credential: { kind: 'key', key: 'short' }, name: null }],
    ['an unknown type', { v: 2, type: 'reveal', token }],
    ['no version', { type: 'resume', token }],
  ])('refuses %s', (_label, message) => {
    const parsed = parsePhoneMessage(JSON.stringify(message));
    expect(parsed.ok).toBe(false);
  });

  it('says "reload" to a page of another version', () => {
    expect(parsePhoneMessage(JSON.stringify({ v: 3, type: 'resume', token }))).toEqual({ ok: false, message: 'This page is from another version of Readiness Room: reload it.' });
  });

  it('refuses what is not JSON or too large, in words', () => {
    expect(parsePhoneMessage('{')).toEqual({ ok: false, message: 'The message could not be read.' });
    expect(parsePhoneMessage(`"${'x'.repeat(MAX_MESSAGE_BYTES)}"`)).toEqual({ ok: false, message: 'The message is too large.' });
  });

  it('never throws, whatever arrives (fuzzed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const parsed = parsePhoneMessage(text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('only ever yields join, resume or vote (fuzzed with near-valid objects)', () => {
    const arb = fc.record({
      v: fc.constantFrom(1, 2, '1'),
      type: fc.constantFrom('join', 'resume', 'vote', 'open', 'reveal'),
      token: fc.constantFrom(token, 'x', undefined),
      voteId: fc.constantFrom('abcdefgh', '', undefined),
      roundId: fc.constantFrom('r1', '', undefined),
      score: fc.constantFrom(1, 5, 6, 'unsure', '3', null),
      comment: fc.constantFrom('', 'ok', undefined),
    });
    fc.assert(
      fc.property(arb, (raw) => {
        const parsed = parsePhoneMessage(JSON.stringify(raw));
        if (parsed.ok) expect(['join', 'resume', 'vote']).toContain(parsed.message.type);
      }),
      { numRuns: 500 },
    );
  });
});

describe('laptop messages', () => {
  it('the phone states are strict: a voting state carries no other voter', () => {
    const round = {
      id: 'r1',
      gapId: 'data',
      gapNumber: 1,
      gapName: 'Data quality',
      gapColor: '#0072B2',
      roundNumber: 1,
      question: 'Where does this pilot stand on data quality?',
      levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: 'n', descriptor: 'd' })),
    };
    expect(PhoneStateSchema.safeParse({ phase: 'voting', round, myVote: null }).success).toBe(true);
    expect(PhoneStateSchema.safeParse({ phase: 'voting', round, myVote: null, votes: [] }).success).toBe(false);
    expect(PhoneStateSchema.safeParse({ phase: 'voting', round: { ...round, votes: [] }, myVote: null }).success).toBe(false);
    expect(LaptopMessageSchema.safeParse({ v: ROOM_PROTOCOL_VERSION, type: 'state', state: { phase: 'room-closed' } }).success).toBe(true);
  });

  it('the code alphabet has no look-alike characters', () => {
    for (const c of '0O1IL5S2Z8B') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });
});
