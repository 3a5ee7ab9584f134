import fc from 'fast-check';
import { en, refusalInEnglish } from '../inEnglish';
import { describe, expect, it } from 'vitest';
import { GAP_IDS, type GapId, type Level } from '../../../../shared/framework/types';
import { SessionSchema, type Session, type Vote, type VoteScore } from '../../../../shared/model/session';
import type { OpResult } from '../../../../shared/model/opResult';
import * as ops from '../../../../shared/scoring/roundOps';
import { roundsForGap } from '../../../../shared/scoring/rounds';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { NOW, baseSession, withParticipants, withSettings } from './sessionBuilder';

// The operations return one result shape; these unwrap it, so a refusal's message is what a test sees thrown.
const unwrap = (result: OpResult): Session => {
  if (!result.ok) throw new Error(en(result.refusal.message));
  return result.session;
};
const openRound = (...a: Parameters<typeof ops.openRound>) => unwrap(ops.openRound(...a));
const castVote = (...a: Parameters<typeof ops.castVote>) => unwrap(ops.castVote(...a));
const retractVote = (...a: Parameters<typeof ops.retractVote>) => unwrap(ops.retractVote(...a));
const revealRound = (...a: Parameters<typeof ops.revealRound>) => unwrap(ops.revealRound(...a));
const confirmConsensus = (...a: Parameters<typeof ops.confirmConsensus>) => unwrap(ops.confirmConsensus(...a));
const clearConsensus = (...a: Parameters<typeof ops.clearConsensus>) => unwrap(ops.clearConsensus(...a));

const PEOPLE = ['f', 'a', 'b', 'c', 'd'] as const;

function room(): Session {
  return withParticipants(baseSession(), [
    { id: 'f', name: 'Fran', isFacilitator: true },
    { id: 'a', name: 'Ana', stance: 'champion' },
    { id: 'b', name: 'Ben', stance: 'skeptic' },
    { id: 'c', name: 'Chloé' },
    { id: 'd', name: 'Dev' },
  ]);
}

function vote(participantId: string, score: VoteScore, at = NOW, extra: Partial<Vote> = {}): Vote {
  return { participantId, score, confidence: null, comment: '', source: 'grid', at, ...extra };
}

/** Freezes a value deeply, so a transition that mutates its input throws in the test. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('openRound', () => {
  it('opens round 1, then numbers re-votes after the highest round on that gap', () => {
    let s = openRound(room(), 'data', 'r1', NOW);
    expect(s.rounds).toEqual([{ id: 'r1', gapId: 'data', number: 1, status: 'open', openedAt: NOW, revealedAt: null, votes: [] }]);
    s = castVote(s, 'r1', vote('a', 3));
    s = revealRound(s, 'r1', NOW + 5);
    s = openRound(s, 'data', 'r2', NOW + 10);
    s = openRound(s, 'users', 'u1', NOW + 11);
    expect(roundsForGap(s, 'data').map((r) => [r.number, r.status])).toEqual([
      [1, 'revealed'],
      [2, 'open'],
    ]);
    expect(roundsForGap(s, 'users').map((r) => r.number)).toEqual([1]);
    expect(roundsForGap(s, 'data')[0]!.votes).toHaveLength(1);
  });

  it('refuses a second open round on the same gap, a duplicate id and an unknown gap', () => {
    const s = openRound(room(), 'data', 'r1', NOW);
    expect(() => openRound(s, 'data', 'r2', NOW)).toThrow('Round 1 on Data quality is still open: reveal it before opening another.');
    expect(() => openRound(s, 'users', 'r1', NOW)).toThrow('A round with this id already exists.');
    expect(() => openRound(s, 'nope' as GapId, 'r3', NOW)).toThrow('There is no gap called "nope".');
    expect(() => openRound(s, 'users', '', NOW)).toThrow(/id of 1 to 64 characters/);
  });

  it('continues after the sample workshop rounds (support is already open)', () => {
    const sample = buildSampleWorkshop('s', NOW);
    expect(() => openRound(sample, 'support', 'x', NOW)).toThrow(/still open/);
    const again = openRound(sample, 'data', 'x', NOW);
    expect(roundsForGap(again, 'data').map((r) => r.number)).toEqual([1, 2]);
  });
});

describe('castVote', () => {
  const opened = () => openRound(room(), 'data', 'r1', NOW);

  it('records a vote and replaces the same person’s earlier vote in its place', () => {
    let s = castVote(opened(), 'r1', vote('a', 2, NOW + 1));
    s = castVote(s, 'r1', vote('b', 'unsure', NOW + 2, { confidence: 'low', comment: '  Not my area.  ', source: 'private' }));
    s = castVote(s, 'r1', vote('a', 4, NOW + 3));
    const votes = s.rounds[0]!.votes;
    expect(votes.map((v) => [v.participantId, v.score])).toEqual([
      ['a', 4],
      ['b', 'unsure'],
    ]);
    expect(votes[1]!.comment).toBe('Not my area.');
    expect(votes[1]!.source).toBe('private');
  });

  it('answers a refused move with a refusal (code and sentence), never by throwing', () => {
    const revealedRound = ops.revealRound(opened(), 'r1', NOW);
    expect(refusalInEnglish(revealedRound)).toEqual({ code: 'no-votes', message: 'Nobody has voted in round 1 yet: there is nothing to reveal.' });
    expect(refusalInEnglish(ops.castVote(opened(), 'r1', vote('zed', 3)))).toEqual({ code: 'not-a-participant', message: 'This person is not a participant of the session.' });
    expect(ops.openRound(opened(), 'data', 'r2', NOW)).toMatchObject({ ok: false, refusal: { code: 'round-open' } });
  });

  it('refuses votes on a revealed round, from strangers, and from a facilitator who does not vote', () => {
    const s = castVote(opened(), 'r1', vote('a', 2));
    const revealed = revealRound(s, 'r1', NOW + 1);
    expect(() => castVote(revealed, 'r1', vote('b', 3))).toThrow('Round 1 has already been revealed: voting is only possible while a round is open.');
    expect(() => castVote(s, 'r1', vote('zed', 3))).toThrow('This person is not a participant of the session.');
    expect(() => castVote(s, 'r1', vote('f', 3))).toThrow('Fran facilitates this session and does not vote in it.');
    expect(() => castVote(s, 'missing', vote('a', 3))).toThrow('This scoring round is no longer in the session.');
    const facilitatorVotes = withSettings(s, { facilitatorVotes: true });
    expect(castVote(facilitatorVotes, 'r1', vote('f', 3)).rounds[0]!.votes).toHaveLength(2);
  });

  it('refuses malformed votes with a plain message (a phone may send anything)', () => {
    const s = opened();
    expect(() => castVote(s, 'r1', vote('a', 6 as Level))).toThrow('A vote is a level from 1 to 5, or "not sure".');
    expect(() => castVote(s, 'r1', vote('a', 3, NOW, { confidence: 'very' as Vote['confidence'] }))).toThrow(/Confidence/);
    expect(() => castVote(s, 'r1', vote('a', 3, NOW, { comment: 'x'.repeat(1001) }))).toThrow('A comment can be at most 1000 characters long.');
    expect(() => castVote(s, 'r1', vote('a', 3, NOW, { source: 'fax' as Vote['source'] }))).toThrow(/grid, private voting or a phone/);
    expect(() => castVote(s, 'r1', vote('a', 3, -1))).toThrow(/time it was cast/);
  });
});

describe('retractVote and revealRound', () => {
  it('withdraws a vote while open and leaves the session alone when there was none', () => {
    let s = openRound(room(), 'data', 'r1', NOW);
    s = castVote(s, 'r1', vote('a', 2));
    expect(retractVote(s, 'r1', 'b')).toBe(s);
    const retracted = retractVote(s, 'r1', 'a');
    expect(retracted.rounds[0]!.votes).toEqual([]);
  });

  it('reveals once, with at least one vote', () => {
    let s = openRound(room(), 'data', 'r1', NOW);
    expect(() => revealRound(s, 'r1', NOW)).toThrow('Nobody has voted in round 1 yet: there is nothing to reveal.');
    s = castVote(s, 'r1', vote('a', 2));
    s = revealRound(s, 'r1', NOW + 60);
    expect(s.rounds[0]).toMatchObject({ status: 'revealed', revealedAt: NOW + 60 });
    expect(() => revealRound(s, 'r1', NOW + 61)).toThrow(/already been revealed/);
    expect(() => retractVote(s, 'r1', 'a')).toThrow(/already been revealed: withdrawing a vote/);
  });
});

describe('confirmConsensus and clearConsensus', () => {
  function revealed(): Session {
    let s = openRound(room(), 'data', 'r1', NOW);
    s = castVote(s, 'r1', vote('a', 2));
    return revealRound(s, 'r1', NOW + 1);
  }

  it('confirms a level with a one-line rationale and the round it rests on', () => {
    const s = confirmConsensus(revealed(), 'data', 2, '  Messy data is known;\n nothing has run on it.  ', 'r1', NOW + 2);
    expect(s.gaps.data!.consensus).toEqual({ level: 2, rationale: 'Messy data is known; nothing has run on it.', roundId: 'r1', confirmedAt: NOW + 2 });
    expect(s.gaps.users!.consensus).toBeNull();
    const changed = confirmConsensus(s, 'data', 3, 'Owner named today.', null, NOW + 3);
    expect(changed.gaps.data!.consensus).toMatchObject({ level: 3, roundId: null });
    expect(clearConsensus(changed, 'data').gaps.data!.consensus).toBeNull();
    const cleared = clearConsensus(changed, 'data');
    expect(clearConsensus(cleared, 'data')).toBe(cleared);
  });

  it('refuses an empty or long rationale, a bad level, an open round and another gap’s round', () => {
    const s = revealed();
    expect(() => confirmConsensus(s, 'data', 2, '   ', 'r1', NOW)).toThrow('Add a one-line rationale: why this level?');
    expect(() => confirmConsensus(s, 'data', 2, 'x'.repeat(501), 'r1', NOW)).toThrow(/at most 500 characters/);
    expect(() => confirmConsensus(s, 'data', 0 as Level, 'Why', 'r1', NOW)).toThrow('The consensus is a level from 1 to 5.');
    expect(() => confirmConsensus(s, 'users', 2, 'Why', 'r1', NOW)).toThrow('Round 1 belongs to another gap.');
    const reopened = openRound(s, 'data', 'r2', NOW);
    expect(() => confirmConsensus(reopened, 'data', 2, 'Why', 'r2', NOW)).toThrow('Reveal round 2 before confirming a consensus on it.');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

type Move =
  | { kind: 'cast'; who: (typeof PEOPLE)[number]; score: VoteScore }
  | { kind: 'retract'; who: (typeof PEOPLE)[number] }
  | { kind: 'reveal' }
  | { kind: 'open'; gapId: GapId };

const scoreArb = fc.constantFrom<VoteScore>(1, 2, 3, 4, 5, 'unsure');
const whoArb = fc.constantFrom(...PEOPLE);
const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('cast' as const), who: whoArb, score: scoreArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retract' as const), who: whoArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reveal' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('open' as const), gapId: fc.constantFrom(...GAP_IDS) }) },
);

/** Applies a move to the latest round of 'data' (or opens one); refused moves leave the session as it was. */
function apply(session: Session, move: Move, step: number): Session {
  const dataRounds = roundsForGap(session, 'data');
  const latest = dataRounds[dataRounds.length - 1];
  try {
    switch (move.kind) {
      case 'cast':
        return latest ? castVote(session, latest.id, vote(move.who, move.score, NOW + step)) : session;
      case 'retract':
        return latest ? retractVote(session, latest.id, move.who) : session;
      case 'reveal':
        return latest ? revealRound(session, latest.id, NOW + step) : session;
      case 'open':
        return openRound(session, move.gapId, `round-${step}`, NOW + step);
    }
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return session;
  }
}

describe('round properties', () => {
  it('any sequence of moves keeps one vote per person per round, at most one open round per gap, numbers 1..n', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 60 }), (moves) => {
        let s = openRound(room(), 'data', 'first', NOW);
        moves.forEach((move, i) => {
          s = apply(deepFreeze(s), move, i + 1);
        });
        for (const round of s.rounds) {
          const ids = round.votes.map((v) => v.participantId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids).not.toContain('f');
          if (round.status === 'revealed') expect(round.votes.length).toBeGreaterThan(0);
        }
        for (const gapId of GAP_IDS) {
          const rounds = roundsForGap(s, gapId);
          expect(rounds.map((r) => r.number)).toEqual(rounds.map((_, i) => i + 1));
          expect(rounds.filter((r) => r.status === 'open').length).toBeLessThanOrEqual(1);
          expect(rounds.slice(0, -1).every((r) => r.status === 'revealed')).toBe(true);
        }
        expect(SessionSchema.safeParse(s).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the vote that counts is the last one each person cast, unless they withdrew it after', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(moveArb.filter((m) => m.kind === 'cast' || m.kind === 'retract')), { maxLength: 40 }), (moves) => {
        let s = openRound(room(), 'data', 'r1', NOW);
        const expected = new Map<string, VoteScore>();
        moves.forEach((move, i) => {
          s = apply(s, move, i + 1);
          if (move.who === 'f') return;
          if (move.kind === 'cast') expected.set(move.who, move.score);
          else expected.delete(move.who);
        });
        const actual = new Map(s.rounds[0]!.votes.map((v) => [v.participantId, v.score]));
        expect(actual).toEqual(expected);
      }),
    );
  });
});
