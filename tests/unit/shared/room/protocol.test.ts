/** The room protocol: what a phone may send, parsed strictly; what the laptop sends, checked against its schema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import { MessageSchema } from '../../../../shared/i18n/messageSchema';
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
    expect(parsePhoneMessage(JSON.stringify({ v: 3, type: 'join', credential: { kind: 'key', key }, name: '  Ana   Silva ' }))).toEqual({
      ok: true,
      message: { v: 3, type: 'join', credential: { kind: 'key', key }, name: 'Ana Silva' },
    });
    const byCode = parsePhoneMessage(JSON.stringify({ v: 3, type: 'join', credential: { kind: 'code', code: 'acd efg' }, name: null }));
    expect(byCode).toMatchObject({ ok: true, message: { credential: { kind: 'code', code: 'ACDEFG' }, name: null } });
  });

  it('accepts a vote of 1–5 or "unsure" with a trimmed comment', () => {
    for (const score of [1, 2, 3, 4, 5, 'unsure'] as const) {
      const parsed = parsePhoneMessage(JSON.stringify({ v: 3, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score, comment: ' ok ' }));
      expect(parsed).toMatchObject({ ok: true, message: { score, comment: 'ok' } });
    }
  });

  it.each([
    ['a level out of range', { v: 3, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: 0, comment: '' }],
    ['a level as text', { v: 3, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: '3', comment: '' }],
    ['a vote without a token', { v: 3, type: 'vote', voteId: 'abcdefgh', roundId: 'r1', score: 3, comment: '' }],
    ['a short token', { v: 3, type: 'resume', token: 'abc' }],
    ['an extra key', { v: 3, type: 'resume', token, admin: true }],
    ['a long comment', { v: 3, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: 3, comment: 'x'.repeat(501) }],
    ['a code with look-alike characters', { v: 3, type: 'join', credential: { kind: 'code', code: 'O0I1L5' }, name: null }],
    ['a short room key', { v: 3, type: 'join', credential: { kind: 'key', key: 'short' }, name: null }],
    ['an unknown type', { v: 3, type: 'reveal', token }],
    ['no version', { type: 'resume', token }],
  ])('refuses %s', (_label, message) => {
    const parsed = parsePhoneMessage(JSON.stringify(message));
    expect(parsed.ok).toBe(false);
  });

  it('says "reload" to a page of another version', () => {
    const parsed = parsePhoneMessage(JSON.stringify({ v: ROOM_PROTOCOL_VERSION - 1, type: 'resume', token }));
    expect(parsed).toEqual({ ok: false, message: { id: 'roomProtocol.parse.otherVersion' } });
    if (!parsed.ok) expect(translatorNow('en').text(parsed.message)).toBe('This page is from another version of Readiness Room: reload it.');
  });

  it('refuses what is not JSON or too large, with a message the phone translates', () => {
    const unreadable = parsePhoneMessage('{');
    const tooLarge = parsePhoneMessage(`"${'x'.repeat(MAX_MESSAGE_BYTES)}"`);
    expect(unreadable).toEqual({ ok: false, message: { id: 'roomProtocol.parse.unreadable' } });
    expect(tooLarge).toEqual({ ok: false, message: { id: 'roomProtocol.parse.tooLarge' } });
    if (!unreadable.ok) expect(translatorNow('en').text(unreadable.message)).toBe('The message could not be read.');
    if (!tooLarge.ok) expect(translatorNow('de').text(tooLarge.message)).toBe('Die Nachricht ist zu groß.');
  });

  it('names the field it did not understand, never the parser’s words', () => {
    const parsed = parsePhoneMessage(JSON.stringify({ v: ROOM_PROTOCOL_VERSION, type: 'vote', token, voteId: 'abcdefgh', roundId: 'r1', score: 6, comment: '' }));
    expect(parsed).toEqual({ ok: false, message: { id: 'roomProtocol.parse.notUnderstoodAt', values: { field: 'score' } } });
    if (!parsed.ok) expect(MessageSchema.safeParse(parsed.message).success).toBe(true);
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
      gapCount: 6,
      gapName: 'Data quality',
      gapColor: '#0072B2',
      roundNumber: 1,
      levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: 'n', descriptor: 'd' })),
    };
    expect(PhoneStateSchema.safeParse({ phase: 'voting', round, myVote: null }).success).toBe(true);
    expect(PhoneStateSchema.safeParse({ phase: 'voting', round, myVote: null, votes: [] }).success).toBe(false);
    expect(PhoneStateSchema.safeParse({ phase: 'voting', round: { ...round, votes: [] }, myVote: null }).success).toBe(false);
    expect(LaptopMessageSchema.safeParse({ v: ROOM_PROTOCOL_VERSION, type: 'state', state: { phase: 'room-closed' }, language: 'en' }).success).toBe(true);
  });

  it('a state says the session’s language, as a catalogue tag', () => {
    const state = (language: unknown) => LaptopMessageSchema.safeParse({ v: ROOM_PROTOCOL_VERSION, type: 'state', state: { phase: 'waiting' }, language });
    expect(state('de').success).toBe(true);
    expect(state('pt-BR').success).toBe(true);
    expect(state(undefined).success).toBe(false);
    expect(state('German').success).toBe(false);
    expect(state('de"><script>').success).toBe(false);
    expect(state('d'.repeat(40)).success).toBe(false);
  });

  it('a refusal carries a message id and plain values, not a sentence', () => {
    const refused = (message: unknown) => LaptopMessageSchema.safeParse({ v: ROOM_PROTOCOL_VERSION, type: 'refused', code: 'name-taken', message });
    expect(refused({ id: 'roomServer.nameTaken.held', values: { name: 'Ines' } }).success).toBe(true);
    expect(refused({ id: 'roomServer.vote.roundClosed', values: { vote: { id: 'roomProtocol.vote', values: { score: '3' } } } }).success).toBe(true);
    expect(refused('Another phone has already joined as Ines.').success).toBe(false);
    expect(refused({ id: 'roomServer.nameTaken.held', values: { name: { localized: 'x' } } }).success).toBe(false);
    const message = { id: 'roomServer.nameTaken.held', values: { name: 'Ines Laurent' } } as const;
    expect(translatorNow('en').text(message)).toBe('Another phone has already joined as Ines Laurent. If that is you, ask the facilitator to let this phone in instead.');
    expect(translatorNow('de').text(message)).toBe('Ein anderes Smartphone ist bereits als Ines Laurent beigetreten. Wenn Sie das sind, bitten Sie die Moderation, stattdessen dieses Smartphone einzulassen.');
  });

  it('the code alphabet has no look-alike characters', () => {
    for (const c of '0O1IL5S2Z8B') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });
});
