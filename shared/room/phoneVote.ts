/**
 * A phone's vote meets the session: the phone votes as the participant the room server bound it
 * to (one of the session's, chosen or claimed with the facilitator's consent), or as someone new
 * it adds to the participant list, named as they said, or "Phone 3f7a" (in the session's
 * language, by the translator passed) when anonymous. Names are
 * never matched here: the room server decided who the phone is when it joined.
 * A vote whose round has been revealed or removed meanwhile is "late"; one the session has no
 * room for is "full": the session is unchanged and the phone is told its vote did not count.
 * A vote older than the one the participant already has is "stored" without a change, so a vote
 * handed over twice (a restart, a reload) never undoes a newer one.
 */
import type { Translator } from '../i18n/translator';
import { addParticipant, MAX_PARTICIPANTS } from '../model/participantOps';
import type { Participant, Session } from '../model/session';
import { castVote } from '../scoring/roundOps';
import { cleanName } from './cleanName';
import type { RoomVoteEntry, RoomVoteOutcome } from './roomVoteEntry';

/** The name a phone's participant gets: the one they gave, else "Phone 3f7a" in the session's language. */
export function phoneParticipantName(entry: Pick<RoomVoteEntry, 'name' | 'phoneId'>, i18n: Pick<Translator, 't'>): string {
  const name = entry.name === null ? '' : cleanName(entry.name);
  return name || i18n.t('roomProtocol.phoneName', { tag: entry.phoneId.slice(-4) });
}

/** The participant a phone votes as, and the session with them in it; null when the session is full. */
export function participantForPhone(session: Session, entry: RoomVoteEntry, i18n: Pick<Translator, 't'>): { session: Session; participant: Participant } | null {
  const byId = session.participants.find((p) => p.id === entry.phoneId);
  if (byId) return { session, participant: byId };
  if (session.participants.length >= MAX_PARTICIPANTS) return null;
  const added = addParticipant(
    session,
    { name: phoneParticipantName(entry, i18n), role: 'other', stance: 'neutral', inPilot: false, isFacilitator: false },
    entry.phoneId,
  );
  if (!added.ok) return null;
  return { session: added.session, participant: added.session.participants.find((p) => p.id === entry.phoneId)! };
}

export function applyPhoneVote(session: Session, entry: RoomVoteEntry, i18n: Pick<Translator, 't'>): { session: Session; outcome: RoomVoteOutcome; changed: boolean } {
  if (session.id !== entry.sessionId) return { session, outcome: 'late', changed: false };
  const round = session.rounds.find((r) => r.id === entry.roundId);
  if (!round || round.status !== 'open') return { session, outcome: 'late', changed: false };
  const found = participantForPhone(session, entry, i18n);
  if (!found) return { session, outcome: 'full', changed: false };
  const { session: withParticipant, participant } = found;
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
  if (!cast.ok) throw Object.assign(new Error(cast.refusal.message.id), { refusal: cast.refusal });
  return { session: cast.session, outcome: 'stored', changed: true };
}
