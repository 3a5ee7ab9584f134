/**
 * Moves of a scoring round, as pure session transitions: open, vote, retract, reveal, confirm.
 * Every way of voting (the facilitator's grid, pass-the-laptop, phones) goes through `castVote`,
 * so the rules — one vote per person, nothing after the reveal — hold whatever the source.
 * An impossible move is refused (see `OpResult`) with a sentence shown to the facilitator as it is.
 */
import { msg } from '../i18n';
import { gapNameMessage } from './words';
import { sessionGapIds } from '../framework/sessionFramework';
import { LEVELS, type GapId, type Level } from '../framework/types';
import { gapAssessment, withGapAssessment } from '../model/gapAssessment';
import { done, refuse, type OpResult } from '../model/opResult';
import type { Consensus, Round, Session, Vote } from '../model/session';

/** The longest rationale the session keeps (the schema's short-text limit). */
export const RATIONALE_MAX = 500;
/** The longest comment on a vote (the schema's limit). */
export const COMMENT_MAX = 1000;

const SCORES: readonly unknown[] = [...LEVELS, 'unsure'];
const CONFIDENCES: readonly unknown[] = ['low', 'medium', 'high', null];
const SOURCES: readonly unknown[] = ['grid', 'private', 'phone'];

function isGap(session: Session, gapId: GapId): boolean {
  return sessionGapIds(session).includes(gapId);
}

function noSuchGap(gapId: GapId): OpResult {
  return refuse('unknown-gap', msg('refusal.round.unknownGap', { gap: String(gapId) }));
}

function replaceRound(session: Session, round: Round): Session {
  return { ...session, rounds: session.rounds.map((r) => (r.id === round.id ? round : r)) };
}

/** The round, open; or the refusal that says why `doing` is not possible. */
function openRoundOf(session: Session, roundId: string, doing: 'voting' | 'withdrawing' | 'revealing'): Round | OpResult {
  const round = session.rounds.find((r) => r.id === roundId);
  if (!round) return refuse('no-round', msg('refusal.round.gone'));
  if (round.status !== 'open') return refuse('round-revealed', msg('refusal.round.revealed', { round: round.number, doing }));
  return round;
}

function isRound(value: Round | OpResult): value is Round {
  return 'votes' in value;
}

/** Opens the next round on a gap (1 for the first, then 2, 3… for re-votes); earlier rounds are kept. */
export function openRound(session: Session, gapId: GapId, roundId: string, now: number): OpResult {
  if (!isGap(session, gapId)) return noSuchGap(gapId);
  if (roundId.length === 0 || roundId.length > 64) return refuse('bad-id', msg('refusal.round.badId'));
  if (session.rounds.some((r) => r.id === roundId)) return refuse('duplicate-id', msg('refusal.round.duplicateId'));
  const rounds = session.rounds.filter((r) => r.gapId === gapId);
  const open = rounds.find((r) => r.status === 'open');
  if (open) return refuse('round-open', msg('refusal.round.stillOpen', { round: open.number, gap: gapNameMessage(gapId, session.framework) }));
  const number = rounds.reduce((max, r) => Math.max(max, r.number), 0) + 1;
  const round: Round = { id: roundId, gapId, number, status: 'open', openedAt: now, revealedAt: null, votes: [] };
  return done({ ...session, rounds: [...session.rounds, round] });
}

/**
 * Records a vote, replacing the participant's earlier vote in the round (in its place, so the
 * order of the others never moves). The single entry for votes: the grid, private voting and
 * phones all call it.
 */
export function castVote(session: Session, roundId: string, vote: Vote): OpResult {
  const round = openRoundOf(session, roundId, 'voting');
  if (!isRound(round)) return round;
  const participant = session.participants.find((p) => p.id === vote.participantId);
  if (!participant) return refuse('not-a-participant', msg('refusal.vote.notParticipant'));
  if (participant.isFacilitator && !session.settings.facilitatorVotes) {
    return refuse('facilitator', msg('refusal.vote.facilitator', { name: participant.name }));
  }
  if (!SCORES.includes(vote.score)) return refuse('bad-score', msg('refusal.vote.badScore'));
  if (!CONFIDENCES.includes(vote.confidence)) return refuse('bad-confidence', msg('refusal.vote.badConfidence'));
  if (!SOURCES.includes(vote.source)) return refuse('bad-source', msg('refusal.vote.badSource'));
  if (typeof vote.comment !== 'string' || vote.comment.length > COMMENT_MAX) {
    return refuse('comment-too-long', msg('refusal.vote.commentTooLong', { max: COMMENT_MAX }));
  }
  if (!Number.isInteger(vote.at) || vote.at < 0) return refuse('bad-time', msg('refusal.vote.badTime'));
  const recorded: Vote = { ...vote, comment: vote.comment.trim() };
  const votes = round.votes.some((v) => v.participantId === vote.participantId)
    ? round.votes.map((v) => (v.participantId === vote.participantId ? recorded : v))
    : [...round.votes, recorded];
  return done(replaceRound(session, { ...round, votes }));
}

/** Withdraws a participant's vote while the round is open; nothing changes if they had not voted. */
export function retractVote(session: Session, roundId: string, participantId: string): OpResult {
  const round = openRoundOf(session, roundId, 'withdrawing');
  if (!isRound(round)) return round;
  if (!round.votes.some((v) => v.participantId === participantId)) return done(session);
  return done(replaceRound(session, { ...round, votes: round.votes.filter((v) => v.participantId !== participantId) }));
}

/** Shows the room what it voted. Needs at least one vote; a revealed round stays revealed. */
export function revealRound(session: Session, roundId: string, now: number): OpResult {
  const round = openRoundOf(session, roundId, 'revealing');
  if (!isRound(round)) return round;
  if (round.votes.length === 0) return refuse('no-votes', msg('refusal.round.noVotes', { round: round.number }));
  return done(replaceRound(session, { ...round, status: 'revealed', revealedAt: now }));
}

/** One line: newlines and runs of spaces fold into single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Confirms the level the room settles on for a gap, with its one-line rationale. `roundId` names
 * the revealed round it rests on (null when the facilitator sets it without a round).
 */
export function confirmConsensus(session: Session, gapId: GapId, level: Level, rationale: string, roundId: string | null, now: number): OpResult {
  if (!isGap(session, gapId)) return noSuchGap(gapId);
  if (!(LEVELS as readonly number[]).includes(level)) return refuse('bad-level', msg('refusal.consensus.badLevel'));
  const line = oneLine(rationale);
  if (line.length === 0) return refuse('no-rationale', msg('refusal.consensus.noRationale'));
  if (line.length > RATIONALE_MAX) return refuse('rationale-too-long', msg('refusal.consensus.rationaleTooLong', { max: RATIONALE_MAX }));
  if (roundId !== null) {
    const round = session.rounds.find((r) => r.id === roundId);
    if (!round) return refuse('no-round', msg('refusal.round.gone'));
    if (round.gapId !== gapId) return refuse('other-gap', msg('refusal.consensus.otherGap', { round: round.number }));
    if (round.status !== 'revealed') return refuse('round-open', msg('refusal.consensus.roundOpen', { round: round.number }));
  }
  const consensus: Consensus = { level, rationale: line, roundId, confirmedAt: now };
  return done(withGapAssessment(session, gapId, { consensus }));
}

/** Takes back a gap's consensus, so the gap counts as unscored again. */
export function clearConsensus(session: Session, gapId: GapId): OpResult {
  if (!isGap(session, gapId)) return noSuchGap(gapId);
  if (gapAssessment(session, gapId).consensus === null) return done(session);
  return done(withGapAssessment(session, gapId, { consensus: null }));
}
