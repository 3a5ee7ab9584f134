/**
 * The plain data the heatmap is drawn from: one row per voter, one column per gap, the vote each
 * gave in that gap's latest revealed round.
 *
 * Rows are grouped by stance (champions, neutral, skeptics) so the pattern between camps shows.
 * In anonymous mode there are no names at all; rows inside a group are ordered by their votes
 * (never by the order people were entered, which could give them away); and any stance group
 * smaller than 3 people is merged into "Others" — or, if that group is still smaller than 3,
 * everyone is shown as one group, so no small segment can be singled out.
 */
import { sessionGaps } from '../framework/sessionFramework';
import { gapNameMessage } from '../framework/localize';
import { msg, type Message } from '../i18n';
import type { GapId, Level } from '../framework/types';
import type { Participant, Session, Stance, VoteScore } from '../model/session';
import { effectiveLevel, latestRevealedRound, uniqueVotes, votersOf } from '../scoring/rounds';

/**
 * Below this many people, a segment is not described in anonymous mode: with two skeptics in the
 * room, their average names them (docs/DECISIONS.md, "Anonymous mode removes names at the source").
 */
export const ANONYMOUS_MIN_SEGMENT = 3;

export interface HeatmapColumn {
  gapId: GapId;
  number: number;
  name: Message;
  color: string;
  /** The round the column shows; null before any round on the gap is revealed. */
  roundNumber: number | null;
  consensus: Level | null;
}

export interface HeatmapRow {
  /** The participant's name; null in anonymous mode. */
  label: string | null;
  /** One cell per column: a level, "unsure", or null for no vote. */
  cells: (VoteScore | null)[];
}

export type HeatmapGroupKind = Stance | 'others' | 'everyone';

export interface HeatmapGroup {
  kind: HeatmapGroupKind;
  /** "Champions", "Neutral", "Skeptics", "Others" or "Everyone" (`summary.heatmap.group`). */
  label: Message;
  rows: HeatmapRow[];
}

export interface HeatmapInput {
  anonymous: boolean;
  columns: HeatmapColumn[];
  groups: HeatmapGroup[];
}

const STANCE_ORDER: readonly Stance[] = ['champion', 'neutral', 'skeptic'];
const groupLabel = (kind: HeatmapGroupKind): Message => msg('summary.heatmap.group', { kind });

/** The people shown: everyone who may vote, plus anyone whose vote sits in a revealed round. */
function rowPeople(session: Session, votedIds: ReadonlySet<string>): Participant[] {
  const voters = new Set(votersOf(session).map((p) => p.id));
  return session.participants.filter((p) => voters.has(p.id) || votedIds.has(p.id));
}

/** Orders anonymous rows by what they voted, so the order says nothing about who they are. */
function cellKey(score: VoteScore | null): number {
  return score === null ? 9 : score === 'unsure' ? 8 : score;
}

function compareByVotes(a: HeatmapRow, b: HeatmapRow): number {
  for (let i = 0; i < a.cells.length; i++) {
    const diff = cellKey(a.cells[i]!) - cellKey(b.cells[i]!);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function heatmapInput(session: Session): HeatmapInput {
  const anonymous = session.settings.anonymous;
  const rounds = sessionGaps(session).map((gap) => latestRevealedRound(session, gap.id));
  const votesByGap = rounds.map((round) => new Map((round ? uniqueVotes(round.votes) : []).map((v) => [v.participantId, v.score])));
  const votedIds = new Set(votesByGap.flatMap((m) => [...m.keys()]));

  const columns: HeatmapColumn[] = sessionGaps(session).map((gap, i) => ({
    gapId: gap.id,
    number: gap.number,
    name: gapNameMessage(gap.id, session.framework),
    color: gap.color,
    roundNumber: rounds[i]?.number ?? null,
    consensus: effectiveLevel(session, gap.id),
  }));

  const people = rowPeople(session, votedIds);
  const rowOf = (p: Participant): HeatmapRow => ({
    label: anonymous ? null : p.name,
    cells: votesByGap.map((votes) => votes.get(p.id) ?? null),
  });

  const byStance = STANCE_ORDER.map((stance) => ({ stance, rows: people.filter((p) => p.stance === stance).map(rowOf) }));
  let groups: HeatmapGroup[];
  if (!anonymous) {
    groups = byStance.filter((g) => g.rows.length > 0).map((g) => ({ kind: g.stance, label: groupLabel(g.stance), rows: g.rows }));
  } else {
    const large = byStance.filter((g) => g.rows.length >= ANONYMOUS_MIN_SEGMENT);
    const others = byStance.filter((g) => g.rows.length > 0 && g.rows.length < ANONYMOUS_MIN_SEGMENT).flatMap((g) => g.rows);
    if (others.length > 0 && others.length < ANONYMOUS_MIN_SEGMENT) {
      groups = [{ kind: 'everyone', label: groupLabel('everyone'), rows: byStance.flatMap((g) => g.rows) }];
    } else {
      groups = large.map((g) => ({ kind: g.stance, label: groupLabel(g.stance), rows: g.rows }));
      if (others.length > 0) groups.push({ kind: 'others', label: groupLabel('others'), rows: others });
    }
    groups = groups.map((g) => ({ ...g, rows: [...g.rows].sort(compareByVotes) }));
  }
  return { anonymous, columns, groups };
}
