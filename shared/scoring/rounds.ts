/** Reading the scoring rounds of a session: which round counts, who may vote, how each camp scored. */
import type { GapId, Level } from '../framework/types';
import type { Participant, Round, Session, Stance, Vote } from '../model/session';
import { levelsOf, mean } from './stats';

/** Every round on a gap, oldest first (by round number). */
export function roundsForGap(session: Session, gapId: GapId): Round[] {
  return session.rounds.filter((r) => r.gapId === gapId).sort((a, b) => a.number - b.number);
}

/** The most recent round on a gap, open or revealed; null before the first round. */
export function latestRound(session: Session, gapId: GapId): Round | null {
  const rounds = roundsForGap(session, gapId);
  return rounds[rounds.length - 1] ?? null;
}

/** The most recent round on a gap whose votes have been revealed; an open re-vote does not hide it. */
export function latestRevealedRound(session: Session, gapId: GapId): Round | null {
  const revealed = roundsForGap(session, gapId).filter((r) => r.status === 'revealed');
  return revealed[revealed.length - 1] ?? null;
}

/** The participants who may vote: everyone, except the facilitator when the session says they do not vote. */
export function votersOf(session: Session): Participant[] {
  return session.participants.filter((p) => session.settings.facilitatorVotes || !p.isFacilitator);
}

/** One vote per participant: when a participant appears twice, their latest vote counts. */
export function uniqueVotes(votes: readonly Vote[]): Vote[] {
  const byParticipant = new Map<string, Vote>();
  for (const vote of votes) {
    const previous = byParticipant.get(vote.participantId);
    if (!previous || vote.at >= previous.at) byParticipant.set(vote.participantId, vote);
  }
  return [...byParticipant.values()];
}

export interface SegmentMeans {
  /** Mean level of the champions who gave a level; null when none did. */
  champions: number | null;
  skeptics: number | null;
  /** How many champions (skeptics) gave a level; "not sure" is not counted. */
  championsCount: number;
  skepticsCount: number;
}

/** Levels given in a round by the voters of one stance ("not sure" excluded). */
export function levelsByStance(session: Session, round: Round, stance: Stance): Level[] {
  const ids = new Set(votersOf(session).filter((p) => p.stance === stance).map((p) => p.id));
  return levelsOf(uniqueVotes(round.votes).filter((v) => ids.has(v.participantId)));
}

/** Champions' and skeptics' mean level in the latest revealed round of a gap. */
export function segmentMeans(session: Session, gapId: GapId): SegmentMeans {
  const round = latestRevealedRound(session, gapId);
  if (!round) return { champions: null, skeptics: null, championsCount: 0, skepticsCount: 0 };
  const champions = levelsByStance(session, round, 'champion');
  const skeptics = levelsByStance(session, round, 'skeptic');
  return {
    champions: mean(champions),
    skeptics: mean(skeptics),
    championsCount: champions.length,
    skepticsCount: skeptics.length,
  };
}

/** The level that counts for a gap: the consensus the facilitator confirmed, or null while unscored. */
export function effectiveLevel(session: Session, gapId: GapId): Level | null {
  return session.gaps[gapId]?.consensus?.level ?? null;
}
