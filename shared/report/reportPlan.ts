/**
 * What the steering committee is asked to decide, and the two views it decides on: the
 * red/amber/green status of each gap, and the open actions on a 30/60/90-day roadmap.
 *
 * The status follows the verdict's own rules (shared/scoring/verdict.ts), gap by gap, so a gap
 * is never green while the verdict says it holds production back:
 *
 *   Red   — no consensus yet, a blocking flag open on the gap, level 1, or level 2 without an
 *           owned, dated, open action.
 *   Amber — level 2 covered by owned, dated actions, level 3, or level 4 and above while a flag
 *           is open on the gap or the latest votes diverged.
 *   Green — level 4 and above, no flag open on the gap, the room agreed.
 *
 * The thresholds live in RAG_THRESHOLDS and nowhere else.
 */
import type { GapId, Level } from '../framework/types';
import type { MessageId } from '../i18n/messageIds';
import type { Translator } from '../i18n/translator';
import type { Session, VerdictValue } from '../model/session';
import { ownedDatedActions } from '../scoring/verdict';
import { addDays, daysBetween, formatDay, isCalendarDay } from '../text/dates';
import type { ActionRow, FlagRow, GapRef, LevelBadge, ScoreRow } from './reportModel';

export type RagStatus = 'red' | 'amber' | 'green';

/** The levels the status turns on; the verdict's rules use the same numbers. */
export const RAG_THRESHOLDS = {
  /** At or above: green, unless a flag is open on the gap or the room disagreed. */
  greenFrom: 4,
  /** At or above (and below greenFrom): amber. */
  amberFrom: 3,
  /** At this level a gap is amber when owned, dated actions cover it, red otherwise. */
  coveredAt: 2,
} as const satisfies Record<string, Level>;

/** Colours of the status: `color` reads as text on white and on `soft`; `fill` carries `ink`. */
export const RAG_STYLE: Readonly<Record<RagStatus, { color: string; soft: string; fill: string; ink: string; label: MessageId }>> = {
  red: { color: '#b42318', soft: '#fdecea', fill: '#c8321f', ink: '#ffffff', label: 'report.rag.label.red' },
  amber: { color: '#8a5a00', soft: '#fff4d6', fill: '#f2b233', ink: '#1a1a1a', label: 'report.rag.label.amber' },
  green: { color: '#18794e', soft: '#e6f4ec', fill: '#1f8a5a', ink: '#ffffff', label: 'report.rag.label.green' },
};

export interface GapStatus {
  gap: GapRef;
  status: RagStatus;
  /** "Red", "Amber", "Green" in the documents' language. */
  label: string;
  /** One line: why the gap has this status. */
  reason: string;
  consensus: LevelBadge | null;
  color: string;
  soft: string;
  fill: string;
  ink: string;
}

export interface DecisionRequested {
  /** One sentence: what the steering committee is asked to approve (or not). */
  text: string;
  /** The conditions or the gaps to close, one line each (empty for a clean go). */
  points: string[];
}

export type RoadmapBucketId = 'd30' | 'd60' | 'd90' | 'later' | 'undated';

export interface RoadmapBucket {
  id: RoadmapBucketId;
  /** "First 30 days", "Days 31–60", …, "Later", "No due date". */
  label: string;
  /** "until 11 April 2025", "after 10 June 2025", or "" for undated. */
  range: string;
  actions: ActionRow[];
}

export interface Roadmap {
  /** The workshop day the horizons count from. */
  start: string;
  startLabel: string;
  /** 30, 60 and 90 days always; "later" and "undated" only when they hold an action. */
  buckets: RoadmapBucket[];
  /** Open actions on the roadmap, and those already done (left off it). */
  openCount: number;
  doneCount: number;
}

/** Days from the workshop that close each dated bucket. */
export const ROADMAP_HORIZONS = [
  { id: 'd30', days: 30 },
  { id: 'd60', days: 60 },
  { id: 'd90', days: 90 },
] as const satisfies ReadonlyArray<{ id: RoadmapBucketId; days: number }>;

const BUCKET_LABELS: Readonly<Record<RoadmapBucketId, MessageId>> = {
  d30: 'roadmap.bucket.d30',
  d60: 'roadmap.bucket.d60',
  d90: 'roadmap.bucket.d90',
  later: 'roadmap.bucket.later',
  undated: 'roadmap.bucket.undated',
};

/** The bucket of a due date, counted in days from the workshop (overdue counts as the first 30 days). */
export function roadmapBucketOf(start: string, dueDate: string | null): RoadmapBucketId {
  if (!dueDate || !isCalendarDay(dueDate) || !isCalendarDay(start)) return 'undated';
  const days = daysBetween(start, dueDate);
  for (const horizon of ROADMAP_HORIZONS) if (days <= horizon.days) return horizon.id;
  return 'later';
}

export function buildRoadmap(start: string, actions: readonly ActionRow[], i18n: Translator): Roadmap {
  const open = actions.filter((a) => a.status !== 'done');
  const dated = isCalendarDay(start);
  const byBucket = new Map<RoadmapBucketId, ActionRow[]>();
  for (const action of open) {
    const id = roadmapBucketOf(start, action.dueDate);
    byBucket.set(id, [...(byBucket.get(id) ?? []), action]);
  }
  const day = (days: number): string => formatDay(addDays(start, days), 'short', i18n.locale);
  const buckets: RoadmapBucket[] = ROADMAP_HORIZONS.map((h) => ({
    id: h.id,
    label: i18n.t(BUCKET_LABELS[h.id]),
    range: dated ? i18n.t('roadmap.range.until', { date: day(h.days) }) : '',
    actions: byBucket.get(h.id) ?? [],
  }));
  const last = ROADMAP_HORIZONS[ROADMAP_HORIZONS.length - 1]!.days;
  if (byBucket.has('later')) buckets.push({ id: 'later', label: i18n.t(BUCKET_LABELS.later), range: i18n.t('roadmap.range.after', { date: day(last) }), actions: byBucket.get('later')! });
  if (byBucket.has('undated')) buckets.push({ id: 'undated', label: i18n.t(BUCKET_LABELS.undated), range: '', actions: byBucket.get('undated')! });
  return {
    start,
    startLabel: dated ? formatDay(start, 'short', i18n.locale) : '',
    buckets,
    openCount: open.length,
    doneCount: actions.length - open.length,
  };
}

function statusOf(session: Session, score: ScoreRow, flags: readonly FlagRow[], i18n: Translator): { status: RagStatus; reason: string } {
  const level = score.consensus?.level ?? null;
  const name = score.consensus?.name ?? '';
  const blocking = flags.find((f) => f.blocking);
  if (level === null) return { status: 'red', reason: i18n.t('report.rag.reason.unscored') };
  if (blocking) return { status: 'red', reason: i18n.t('report.rag.reason.blockingFlag', { title: blocking.title }) };
  if (level < RAG_THRESHOLDS.coveredAt) return { status: 'red', reason: i18n.t('report.rag.reason.atOne', { level, name }) };
  if (level < RAG_THRESHOLDS.amberFrom) {
    const covering = ownedDatedActions(session, score.gap.id).length;
    return covering > 0
      ? { status: 'amber', reason: i18n.t('report.rag.reason.covered', { level, name, count: covering }) }
      : { status: 'red', reason: i18n.t('report.rag.reason.lowWithoutAction', { level, name }) };
  }
  if (level < RAG_THRESHOLDS.greenFrom) return { status: 'amber', reason: i18n.t('report.rag.reason.belowGreen', { level, name, green: RAG_THRESHOLDS.greenFrom }) };
  if (flags.length > 0) return { status: 'amber', reason: i18n.t('report.rag.reason.flagsOpen', { level, name, count: flags.length }) };
  if (score.divergent) return { status: 'amber', reason: i18n.t('report.rag.reason.divergent', { level, name }) };
  return { status: 'green', reason: i18n.t('report.rag.reason.ready', { level, name }) };
}

/** One status per gap, in framework order. */
export function buildGapStatus(session: Session, scores: readonly ScoreRow[], flags: readonly FlagRow[], i18n: Translator): GapStatus[] {
  return scores.map((score) => {
    const { status, reason } = statusOf(
      session,
      score,
      flags.filter((f) => f.gap?.id === score.gap.id),
      i18n,
    );
    const style = RAG_STYLE[status];
    return { gap: score.gap, status, label: i18n.t(style.label), reason, consensus: score.consensus, color: style.color, soft: style.soft, fill: style.fill, ink: style.ink };
  });
}

function latestDue(actions: readonly ActionRow[]): string | null {
  return actions.reduce<string | null>((latest, a) => (a.dueDate && isCalendarDay(a.dueDate) && (latest === null || a.dueDate > latest) ? a.dueDate : latest), null);
}

/** The decision the verdict asks of the steering committee, with the gaps it hinges on. */
export function buildDecision(verdict: VerdictValue, initiative: string, status: readonly GapStatus[], actions: readonly ActionRow[], i18n: Translator): DecisionRequested {
  const named = initiative.trim() === '' ? 'no' : 'yes';
  const open = actions.filter((a) => a.status !== 'done');
  const openOn = (ids: ReadonlySet<GapId>): ActionRow[] => open.filter((a) => a.gap !== null && ids.has(a.gap.id));
  const notGreen = status.filter((s) => s.status !== 'green');
  const red = status.filter((s) => s.status === 'red');
  const point = (s: GapStatus): string => {
    const gapActions = openOn(new Set([s.gap.id]));
    const due = latestDue(gapActions);
    return i18n.t('report.decision.point', {
      gap: s.gap.name,
      status: s.label,
      count: gapActions.length,
      dated: due ? 'yes' : 'no',
      due: due ? formatDay(due, 'short', i18n.locale) : '',
    });
  };
  if (verdict === 'go') {
    return { text: i18n.t('report.decision.go', { named, initiative: initiative.trim() }), points: notGreen.map(point) };
  }
  const focus = verdict === 'not-yet' && red.length > 0 ? red : notGreen;
  const due = latestDue(openOn(new Set(focus.map((s) => s.gap.id))));
  const values = { named, initiative: initiative.trim(), count: focus.length, dated: due ? 'yes' : 'no', date: due ? formatDay(due, 'short', i18n.locale) : '' };
  return {
    text: i18n.t(verdict === 'not-yet' ? 'report.decision.notYet' : 'report.decision.goWithConditions', values),
    points: focus.map(point),
  };
}
