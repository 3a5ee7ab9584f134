/** What the scoring screens read from a round: who voted, names per level, comments, camps. */
import type { Translator } from '../../../../shared/i18n';
import type { DistributionKey } from '../../../../shared/charts/distributionChart';
import type { Participant, Round, Session, Vote } from '../../../../shared/model/session';
import { levelsByStance, uniqueVotes, votersOf } from '../../../../shared/scoring/rounds';
import { mean } from '../../../../shared/scoring/stats';

/** Below this many people, a segment is not described in anonymous mode. */
export const ANONYMOUS_MIN_SEGMENT = 3;

export interface Turnout {
  voters: Participant[];
  /** Ids of the voters who have a vote in the round. */
  votedIds: ReadonlySet<string>;
  voted: number;
  total: number;
}

/** "k of n voted": only the people who may vote count, so a removed participant never inflates it. */
export function turnoutOf(session: Session, round: Round): Turnout {
  const voters = votersOf(session);
  const cast = new Set(round.votes.map((v) => v.participantId));
  const votedIds = new Set(voters.filter((p) => cast.has(p.id)).map((p) => p.id));
  return { voters, votedIds, voted: votedIds.size, total: voters.length };
}

/**
 * How each voter is named on the round's screens: their name, or in an anonymous session
 * "Voter 1", "Voter 2", … in the order of the participant list (which only the set-up list in
 * Frame shows with names), so the facilitator can still type each person's vote.
 */
export function voterLabels(session: Session, voters: readonly Participant[], i18n: Translator): Map<string, string> {
  const anonymous = session.settings.anonymous;
  return new Map(voters.map((p, i) => [p.id, anonymous ? i18n.t('scoring.voterNumber', { number: i + 1 }) : p.name]));
}

function nameOf(session: Session, participantId: string, i18n: Translator): string {
  return session.participants.find((p) => p.id === participantId)?.name ?? i18n.t('scoring.formerParticipant');
}

/** Who voted each level, in the order of the participant list. */
export function namesByLevel(session: Session, round: Round, i18n: Translator): Record<DistributionKey, string[]> {
  const names: Record<DistributionKey, string[]> = { 1: [], 2: [], 3: [], 4: [], 5: [], unsure: [] };
  const order = new Map(session.participants.map((p, i) => [p.id, i]));
  const votes = [...uniqueVotes(round.votes)].sort((a, b) => (order.get(a.participantId) ?? 1e9) - (order.get(b.participantId) ?? 1e9));
  for (const vote of votes) names[vote.score].push(nameOf(session, vote.participantId, i18n));
  return names;
}

export interface RoundComment {
  /** null in anonymous mode. */
  name: string | null;
  score: Vote['score'];
  confidence: Vote['confidence'];
  text: string;
}

/** The comments left with votes; names left out in anonymous mode. */
export function commentsOf(session: Session, round: Round, i18n: Translator): RoundComment[] {
  const anonymous = session.settings.anonymous;
  return uniqueVotes(round.votes)
    .filter((v) => v.comment.trim().length > 0)
    .map((v) => ({ name: anonymous ? null : nameOf(session, v.participantId, i18n), score: v.score, confidence: v.confidence, text: v.comment.trim() }));
}

export interface Segment {
  mean: number;
  count: number;
}

export interface CampComparison {
  champions: Segment | null;
  skeptics: Segment | null;
  /** True when a segment exists but anonymous mode hides it (fewer than three people). */
  hiddenForAnonymity: boolean;
}

/** Champions' and skeptics' means in this round ("not sure" left out); small segments hidden when anonymous. */
export function campsOf(session: Session, round: Round): CampComparison {
  let hiddenForAnonymity = false;
  const segment = (stance: 'champion' | 'skeptic'): Segment | null => {
    const levels = levelsByStance(session, round, stance);
    const m = mean(levels);
    if (m === null) return null;
    if (session.settings.anonymous && levels.length < ANONYMOUS_MIN_SEGMENT) {
      hiddenForAnonymity = true;
      return null;
    }
    return { mean: m, count: levels.length };
  };
  const champions = segment('champion');
  const skeptics = segment('skeptic');
  return { champions, skeptics, hiddenForAnonymity };
}

