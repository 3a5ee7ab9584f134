/** Phone votes meet the session through castVote: matched by id or name, added when new, never undoing a newer vote. */
import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import { createSession } from '../../../../shared/model/createSession';
import type { Session } from '../../../../shared/model/session';
import { applyPhoneVote } from '../../../../shared/room/phoneVote';
import type { RoomVoteEntry } from '../../../../shared/room/roomVoteEntry';
import { sessionOf } from '../../../../shared/model/opResult';
import * as ops from '../../../../shared/scoring/roundOps';

const openRound = (...a: Parameters<typeof ops.openRound>) => sessionOf(ops.openRound(...a));
const castVote = (...a: Parameters<typeof ops.castVote>) => sessionOf(ops.castVote(...a));
const revealRound = (...a: Parameters<typeof ops.revealRound>) => sessionOf(ops.revealRound(...a));

function session(): Session {
  const base = createSession({ initiative: 'Voice agent', client: 'Utility', id: 's1', now: 1000 });
  const s: Session = {
    ...base,
    participants: [
      { id: 'p-ana', name: 'Ana Silva', role: 'it', stance: 'champion', inPilot: true, isFacilitator: false },
      { id: 'p-fac', name: 'Claire', role: 'other', stance: 'neutral', inPilot: false, isFacilitator: true },
    ],
  };
  return openRound(s, 'data', 'r1', 2000);
}

const entry = (patch: Partial<RoomVoteEntry> = {}): RoomVoteEntry => ({
  entryId: 'entry-00000001',
  sessionId: 's1',
  roundId: 'r1',
  phoneId: 'phone-0123456789ab',
  name: null,
  score: 3,
  comment: '',
  at: 3000,
  ...patch,
});

const en = translatorNow('en');

describe('applyPhoneVote', () => {
  it('a phone bound to one of the session’s people votes as that person, source "phone"; names are never matched here', () => {
    const { session: s, outcome } = applyPhoneVote(session(), entry({ phoneId: 'p-ana', name: 'Ana Silva' }), en);
    expect(outcome).toBe('stored');
    expect(s.participants).toHaveLength(2);
    expect(s.rounds[0]!.votes).toEqual([{ participantId: 'p-ana', score: 3, confidence: null, comment: '', source: 'phone', at: 3000 }]);
    // Typing someone's name does not make a phone that person: it is someone new.
    const typed = applyPhoneVote(session(), entry({ name: '  ana   SILVA ' }), en);
    expect(typed.session.participants).toHaveLength(3);
  });

  it('a session that holds no one more: the vote is "full" and changes nothing', () => {
    const base = session();
    const crowded = { ...base, participants: [...base.participants, ...Array.from({ length: 200 - base.participants.length }, (_, i) => ({ ...base.participants[0]!, id: `p-x${i}` }))] };
    const result = applyPhoneVote(crowded, entry(), en);
    expect(result).toMatchObject({ outcome: 'full', changed: false });
  });

  it('control and direction-changing characters never reach the participant list', () => {
    const { session: s } = applyPhoneVote(session(), entry({ name: '\u202Egnp.exe Eve' }), en);
    expect(s.participants.at(-1)!.name).toBe('gnp.exe Eve');
  });

  it('a new name or an anonymous phone joins the participants', () => {
    const named = applyPhoneVote(session(), entry({ name: 'Bruno' }), en).session;
    expect(named.participants.at(-1)).toMatchObject({ id: 'phone-0123456789ab', name: 'Bruno', role: 'other', stance: 'neutral' });
    const anonymous = applyPhoneVote(session(), entry(), en).session;
    expect(anonymous.participants.at(-1)).toMatchObject({ id: 'phone-0123456789ab', name: 'Phone 89ab' });
    // Named in the session's language.
    expect(applyPhoneVote(session(), entry(), translatorNow('de')).session.participants.at(-1)!.name).toBe('Smartphone 89ab');
    // The facilitator's name does not capture a phone when the facilitator does not vote.
    const claire = applyPhoneVote(session(), entry({ name: 'Claire' }), en).session;
    expect(claire.participants.at(-1)!.id).toBe('phone-0123456789ab');
  });

  it('the phone’s later votes replace its earlier one; an older vote handed over again changes nothing', () => {
    let s = applyPhoneVote(session(), entry({ at: 3000, score: 2 }), en).session;
    s = applyPhoneVote(s, entry({ entryId: 'entry-00000002', at: 4000, score: 5 }), en).session;
    const replay = applyPhoneVote(s, entry({ at: 3000, score: 2 }), en);
    expect(replay).toMatchObject({ outcome: 'stored', changed: false });
    expect(replay.session.rounds[0]!.votes.map((v) => v.score)).toEqual([5]);
  });

  it('meets the grid’s votes in the same round', () => {
    let s = castVote(session(), 'r1', { participantId: 'p-ana', score: 1, confidence: null, comment: '', source: 'grid', at: 2500 });
    s = applyPhoneVote(s, entry({ name: 'Bruno', score: 4 }), en).session;
    expect(s.rounds[0]!.votes.map((v) => [v.participantId, v.source])).toEqual([
      ['p-ana', 'grid'],
      ['phone-0123456789ab', 'phone'],
    ]);
  });

  it('a vote for a revealed or removed round, or another session, is late and changes nothing', () => {
    let s = applyPhoneVote(session(), entry({ name: 'Bruno' }), en).session;
    s = revealRound(s, 'r1', 5000);
    expect(applyPhoneVote(s, entry({ phoneId: 'phone-ffffffffffff', at: 4000 }), en)).toMatchObject({ outcome: 'late', changed: false, session: s });
    expect(applyPhoneVote(s, entry({ roundId: 'gone' }), en).outcome).toBe('late');
    expect(applyPhoneVote(s, entry({ sessionId: 'other' }), en).outcome).toBe('late');
  });
});
