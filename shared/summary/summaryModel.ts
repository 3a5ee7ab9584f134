/**
 * The workshop summary as plain data: what the Verdict screen shows and what the documents
 * print, from one pure function of the session, so the room and the report never disagree.
 *
 *   buildSummary(session) → {
 *     radar:      consensus and vote range per gap (draw with shared/charts/radarChart),
 *     heatmap:    votes by participant and gap (draw with shared/charts/heatmapChart),
 *     gaps:       one line per gap: consensus, rationale, the latest revealed round's statistics,
 *     disagreements: the gaps whose latest revealed round diverges (spread or two camps),
 *     championsVsSkeptics: per gap, the champions' and skeptics' mean level and count,
 *     flags:      every open pilot-trap flag (runChecks),
 *     verdict:    the verdict that stands, with its reasons (computeVerdict),
 *   }
 *
 * Anonymous mode: no participant name appears anywhere in the summary, and a segment of fewer
 * than 3 people is never described (its mean and count are withheld).
 */
import { sessionGaps } from '../framework/sessionFramework';
import { gapNameMessage } from '../framework/localize';
import type { Message } from '../i18n';
import type { GapId, Level } from '../framework/types';
import type { Session } from '../model/session';
import { runChecks, type Flag } from '../scoring/checks';
import { effectiveLevel, latestRevealedRound, segmentMeans, uniqueVotes, votersOf } from '../scoring/rounds';
import { campsOf, roundStats, type Distribution, type RoundStats } from '../scoring/stats';
import { computeVerdict, type Verdict } from '../scoring/verdict';
import { ANONYMOUS_MIN_SEGMENT, heatmapInput, type HeatmapInput } from './heatmapInput';
import { radarInput, type RadarInput } from './radarInput';

export interface GapSummary {
  gapId: GapId;
  number: number;
  name: Message;
  color: string;
  consensus: Level | null;
  rationale: string;
  /** The latest revealed round's number and statistics; null before any reveal. */
  roundNumber: number | null;
  stats: RoundStats | null;
}

export interface Disagreement {
  gapId: GapId;
  number: number;
  name: Message;
  color: string;
  roundNumber: number;
  min: Level;
  max: Level;
  spread: number;
  median: number | null;
  /** Votes per level and "not sure". */
  distribution: Distribution;
  voted: number;
  /** The two most chosen levels at least two apart with fewer votes between them; null if no camps. */
  camps: { low: Level; high: Level } | null;
  /** Who voted lowest and highest, to start the discussion; always empty in anonymous mode. */
  lowest: string[];
  highest: string[];
}

export interface SegmentSummary {
  /** Mean level; null when nobody in the segment gave a level, or when withheld. */
  mean: number | null;
  /** People in the segment who gave a level; null when withheld. */
  count: number | null;
  /** True in anonymous mode when the segment is smaller than 3 people. */
  hidden: boolean;
}

export interface ChampionsVsSkeptics {
  gapId: GapId;
  number: number;
  name: Message;
  color: string;
  champions: SegmentSummary;
  skeptics: SegmentSummary;
  /** Champions' mean minus skeptics' mean, when both can be shown. */
  difference: number | null;
  /** The difference reaches the session's champion–skeptic threshold (a flag is open). */
  split: boolean;
}

export interface Summary {
  anonymous: boolean;
  /** Participants who may vote (the facilitator only when they vote). */
  voterCount: number;
  scoredGapCount: number;
  radar: RadarInput;
  heatmap: HeatmapInput;
  gaps: GapSummary[];
  disagreements: Disagreement[];
  championsVsSkeptics: ChampionsVsSkeptics[];
  flags: Flag[];
  verdict: Verdict;
}

const EPSILON = 1e-9;

function segment(mean: number | null, count: number, anonymous: boolean): SegmentSummary {
  if (anonymous && count < ANONYMOUS_MIN_SEGMENT) return { mean: null, count: null, hidden: true };
  return { mean, count, hidden: false };
}

function namesAt(session: Session, gapId: GapId, level: Level): string[] {
  const round = latestRevealedRound(session, gapId);
  if (!round) return [];
  const ids = new Set(uniqueVotes(round.votes).filter((v) => v.score === level).map((v) => v.participantId));
  return session.participants.filter((p) => ids.has(p.id)).map((p) => p.name);
}

export function buildSummary(session: Session): Summary {
  const anonymous = session.settings.anonymous;
  const flags = runChecks(session);

  const gaps: GapSummary[] = sessionGaps(session).map((gap) => {
    const round = latestRevealedRound(session, gap.id);
    return {
      gapId: gap.id,
      number: gap.number,
      name: gapNameMessage(gap.id, session.framework),
      color: gap.color,
      consensus: effectiveLevel(session, gap.id),
      rationale: session.gaps[gap.id]?.consensus?.rationale.trim() ?? '',
      roundNumber: round?.number ?? null,
      stats: round ? roundStats(round.votes, session.settings.divergenceSpread) : null,
    };
  });

  const disagreements: Disagreement[] = gaps.flatMap((g) => {
    const s = g.stats;
    if (!s || !s.divergent || s.min === null || s.max === null || g.roundNumber === null) return [];
    return [
      {
        gapId: g.gapId,
        number: g.number,
        name: g.name,
        color: g.color,
        roundNumber: g.roundNumber,
        min: s.min,
        max: s.max,
        spread: s.spread,
        median: s.median,
        distribution: s.distribution,
        voted: s.voted,
        camps: s.twoCamps ? campsOf(s.distribution) : null,
        lowest: anonymous ? [] : namesAt(session, g.gapId, s.min),
        highest: anonymous ? [] : namesAt(session, g.gapId, s.max),
      },
    ];
  });

  const championsVsSkeptics: ChampionsVsSkeptics[] = sessionGaps(session).map((gap) => {
    const seg = segmentMeans(session, gap.id);
    const champions = segment(seg.champions, seg.championsCount, anonymous);
    const skeptics = segment(seg.skeptics, seg.skepticsCount, anonymous);
    const raw = seg.champions !== null && seg.skeptics !== null ? seg.champions - seg.skeptics : null;
    return {
      gapId: gap.id,
      number: gap.number,
      name: gapNameMessage(gap.id, session.framework),
      color: gap.color,
      champions,
      skeptics,
      difference: champions.mean !== null && skeptics.mean !== null ? champions.mean - skeptics.mean : null,
      split: raw !== null && raw >= session.settings.championSkepticGap - EPSILON,
    };
  });

  return {
    anonymous,
    voterCount: votersOf(session).length,
    scoredGapCount: gaps.filter((g) => g.consensus !== null).length,
    radar: radarInput(session),
    heatmap: heatmapInput(session),
    gaps,
    disagreements,
    championsVsSkeptics,
    flags,
    verdict: computeVerdict(session, flags),
  };
}
