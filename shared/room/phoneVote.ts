/**
 * A phone's vote meets the session: the phone becomes (or is matched to) a participant, then its
 * vote goes through `castVote` like every other vote, into the same round.
 *
 * - A phone already in the session (by its id) votes as itself.
 * - A phone that gave a name matching exactly one voter votes as that person (people join by name).
 * - Otherwise it joins the participant list, named as it said, or "Phone 3f7a" when anonymous.
 * A vote whose round has been revealed or removed meanwhile is "late": the session is unchanged.
 * A vote older than the one the participant already has is "stored" without a change, so a vote
 * handed over twice (a restart, a reload) never undoes a newer one.
 */
import { addParticipant, normaliseName } from '../model/participantOps';
import type { Participant, Session } from '../model/session';
import { votersOf } from '../scoring/rounds';
import { castVote } from '../scoring/roundOps';
import type { RoomVoteEntry, RoomVoteOutcome } from './roomVoteEntry';

export function phoneParticipantName(entry: Pick<RoomVoteEntry, 'name' | 'phoneId'>): string {
  return entry.name ?? `Phone ${entry.phoneId.slice(-4)}`;
}

function sameName(a: string, b: string): boolean {
  return normaliseName(a).localeCompare(normaliseName(b), undefined, { sensitivity: 'base' }) === 0;
}

/** The participant a phone votes as, and the session with them in it. */
export function participantForPhone(session: Session, entry: RoomVoteEntry): { session: Session; participant: Participant } {
  const byId = session.participants.find((p) => p.id === entry.phoneId);
  if (byId) return { session, participant: byId };
  if (entry.name) {
    const named = votersOf(session).filter((p) => sameName(p.name, entry.name!));
    if (named.length === 1) return { session, participant: named[0]! };
  }
  const added = addParticipant(
    session,
    { name: phoneParticipantName(entry), role: 'other', stance: 'neutral', inPilot: false, isFacilitator: false },
    entry.phoneId,
  );
  if (!added.ok) throw new Error(added.refusal.message);
  return { session: added.session, participant: added.session.participants.find((p) => p.id === entry.phoneId)! };
}

export function applyPhoneVote(session: Session, entry: RoomVoteEntry): { session: Session; outcome: RoomVoteOutcome; changed: boolean } {
  if (session.id !== entry.sessionId) return { session, outcome: 'late', changed: false };
  const round = session.rounds.find((r) => r.id === entry.roundId);
  if (!round || round.status !== 'open') return { session, outcome: 'late', changed: false };
  const { session: withParticipant, participant } = participantForPhone(session, entry);
  const existing = round.votes.find((v) => v.participantId === participant.id);
  if (existing && existing.at > entry.at) return { session, outcome: 'stored', changed: false };
  if (existing && existing.at === entry.at && existing.score === entry.score && existing.comment === entry.comment.trim() && existing.source === 'phone') {
    return { session, outcome: 'stored', changed: false };
  }
  const cast = castVote(withParticipant, entry.roundId, {
    participantId: participant.id,
    score: entry.score,
    confidence: null,
    comment: entry.comment,
    source: 'phone',
    at: entry.at,
  });
  // A vote the session refuses (a facilitator's phone…): the sink reports the sentence once.
  if (!cast.ok) throw new Error(cast.refusal.message);
  return { session: cast.session, outcome: 'stored', changed: true };
}
