/**
 * Moves of a scoring round, as pure session transitions: open, vote, retract, reveal, confirm.
 * Every way of voting (the facilitator's grid, pass-the-laptop, phones) goes through `castVote`,
 * so the rules — one vote per person, nothing after the reveal — hold whatever the source.
 * An impossible move throws an Error whose message can be shown to the facilitator as it is.
 */
import { gapById } from '../framework/gaps';
import { GAP_IDS, LEVELS, type GapId, type Level } from '../framework/types';
import type { Consensus, Round, Session, Vote } from '../model/session';

/** The longest rationale the session keeps (the schema's short-text limit). */
export const RATIONALE_MAX = 500;
/** The longest comment on a vote (the schema's limit). */
export const COMMENT_MAX = 1000;

const SCORES: readonly unknown[] = [...LEVELS, 'unsure'];
const CONFIDENCES: readonly unknown[] = ['low', 'medium', 'high', null];
const SOURCES: readonly unknown[] = ['grid', 'private', 'phone'];

function assertGap(gapId: GapId): void {
  if (!(GAP_IDS as readonly string[]).includes(gapId)) throw new Error(`There is no gap called "${String(gapId)}".`);
}

function findRound(session: Session, roundId: string): Round {
  const round = session.rounds.find((r) => r.id === roundId);
  if (!round) throw new Error('This scoring round is no longer in the session.');
  return round;
}

function replaceRound(session: Session, round: Round): Session {
  return { ...session, rounds: session.rounds.map((r) => (r.id === round.id ? round : r)) };
}

function openRoundOf(session: Session, roundId: string, doing: string): Round {
  const round = findRound(session, roundId);
  if (round.status !== 'open') throw new Error(`Round ${round.number} has already been revealed: ${doing} is only possible while a round is open.`);
  return round;
}

/** Opens the next round on a gap (1 for the first, then 2, 3… for re-votes); earlier rounds are kept. */
export function openRound(session: Session, gapId: GapId, roundId: string, now: number): Session {
  assertGap(gapId);
  if (roundId.length === 0 || roundId.length > 64) throw new Error('A round needs an id of 1 to 64 characters.');
  if (session.rounds.some((r) => r.id === roundId)) throw new Error('A round with this id already exists.');
  const rounds = session.rounds.filter((r) => r.gapId === gapId);
  const open = rounds.find((r) => r.status === 'open');
  if (open) throw new Error(`Round ${open.number} on ${gapById(gapId).name} is still open: reveal it before opening another.`);
  const number = rounds.reduce((max, r) => Math.max(max, r.number), 0) + 1;
  const round: Round = { id: roundId, gapId, number, status: 'open', openedAt: now, revealedAt: null, votes: [] };
  return { ...session, rounds: [...session.rounds, round] };
}

/**
 * Records a vote, replacing the participant's earlier vote in the round. The single entry for
 * votes: the grid, private voting and phones all call it.
 */
export function castVote(session: Session, roundId: string, vote: Vote): Session {
  const round = openRoundOf(session, roundId, 'voting');
  const participant = session.participants.find((p) => p.id === vote.participantId);
  if (!participant) throw new Error('This person is not a participant of the session.');
  if (participant.isFacilitator && !session.settings.facilitatorVotes) {
    throw new Error(`${participant.name} facilitates this session and does not vote in it.`);
  }
  if (!SCORES.includes(vote.score)) throw new Error('A vote is a level from 1 to 5, or "not sure".');
  if (!CONFIDENCES.includes(vote.confidence)) throw new Error('Confidence is low, medium or high, or left out.');
  if (!SOURCES.includes(vote.source)) throw new Error('A vote comes from the grid, private voting or a phone.');
  if (typeof vote.comment !== 'string' || vote.comment.length > COMMENT_MAX) {
    throw new Error(`A comment can be at most ${COMMENT_MAX} characters long.`);
  }
  if (!Number.isInteger(vote.at) || vote.at < 0) throw new Error('A vote needs the time it was cast.');
  const recorded: Vote = { ...vote, comment: vote.comment.trim() };
  const votes = [...round.votes.filter((v) => v.participantId !== vote.participantId), recorded];
  return replaceRound(session, { ...round, votes });
}

/** Withdraws a participant's vote while the round is open; nothing changes if they had not voted. */
export function retractVote(session: Session, roundId: string, participantId: string): Session {
  const round = openRoundOf(session, roundId, 'withdrawing a vote');
  if (!round.votes.some((v) => v.participantId === participantId)) return session;
  return replaceRound(session, { ...round, votes: round.votes.filter((v) => v.participantId !== participantId) });
}

/** Shows the room what it voted. Needs at least one vote; a revealed round stays revealed. */
export function revealRound(session: Session, roundId: string, now: number): Session {
  const round = openRoundOf(session, roundId, 'revealing');
  if (round.votes.length === 0) throw new Error(`Nobody has voted in round ${round.number} yet: there is nothing to reveal.`);
  return replaceRound(session, { ...round, status: 'revealed', revealedAt: now });
}

/** One line: newlines and runs of spaces fold into single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Confirms the level the room settles on for a gap, with its one-line rationale. `roundId` names
 * the revealed round it rests on (null when the facilitator sets it without a round).
 */
export function confirmConsensus(session: Session, gapId: GapId, level: Level, rationale: string, roundId: string | null, now: number): Session {
  assertGap(gapId);
  if (!(LEVELS as readonly number[]).includes(level)) throw new Error('The consensus is a level from 1 to 5.');
  const line = oneLine(rationale);
  if (line.length === 0) throw new Error('Add a one-line rationale: why this level?');
  if (line.length > RATIONALE_MAX) throw new Error(`Keep the rationale to one line (at most ${RATIONALE_MAX} characters).`);
  if (roundId !== null) {
    const round = findRound(session, roundId);
    if (round.gapId !== gapId) throw new Error(`Round ${round.number} belongs to another gap.`);
    if (round.status !== 'revealed') throw new Error(`Reveal round ${round.number} before confirming a consensus on it.`);
  }
  const consensus: Consensus = { level, rationale: line, roundId, confirmedAt: now };
  return { ...session, gaps: { ...session.gaps, [gapId]: { ...session.gaps[gapId], consensus } } };
}

/** Takes back a gap's consensus, so the gap counts as unscored again. */
export function clearConsensus(session: Session, gapId: GapId): Session {
  assertGap(gapId);
  if (session.gaps[gapId].consensus === null) return session;
  return { ...session, gaps: { ...session.gaps, [gapId]: { ...session.gaps[gapId], consensus: null } } };
}
