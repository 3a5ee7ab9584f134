/**
 * What changed since the baseline: a re-assessment set against the last of its earlier
 * assessments, as plain data the comparison stage draws and every document prints.
 *
 *   buildComparison(session) → null for a first assessment, else {
 *     then, now:   which assessments are compared (number in the chain, workshop day),
 *     axes:        per gap of the session's framework, the consensus and vote range then and now
 *                  (a gap the baseline lacked has `then: null`) — the two-series radar,
 *     gaps:        per gap, the level then → now, its direction, and the reason recorded at consensus,
 *     flags:       the pilot-trap flags closed since, opened since, and still open,
 *     verdict:     the verdict then and now (each as computeVerdict gives it),
 *     kpis:        each KPI's pilot result and production measure then and now,
 *     actions:     baseline actions done since, dropped since, open and overdue, and added since,
 *     mindChanges: who moved their own score most between the two final rounds (no names when
 *                  the session is anonymous).
 *   }
 *
 * Everything is derived with the same functions as a single assessment's summary (radarInput,
 * runChecks, computeVerdict), so the comparison never disagrees with either assessment's own pages.
 */
import { isOverdue } from '../actions/grouping';
import { gapNameMessage } from '../framework/localize';
import { sessionGaps } from '../framework/sessionFramework';
import type { GapId, Level } from '../framework/types';
import type { Message } from '../i18n';
import { assessmentNumber } from '../model/createSession';
import type { Action, Assessment, Kpi, Session } from '../model/session';
import { runChecks, type CheckId, type Flag } from '../scoring/checks';
import { latestRevealedRound, uniqueVotes } from '../scoring/rounds';
import { computeVerdict, type Verdict } from '../scoring/verdict';
import { radarInput, type RadarAxis } from '../summary/radarInput';

export interface ComparedAssessment {
  sessionId: string;
  /** 1 for the first assessment of the initiative, 2 for its first re-assessment, … */
  number: number;
  workshopDate: string;
}

export interface ComparisonAxis {
  gapId: GapId;
  number: number;
  name: Message;
  color: string;
  /** The baseline's consensus and vote range on this gap; null when its framework lacked the gap. */
  then: Pick<RadarAxis, 'consensus' | 'votes'> | null;
  now: Pick<RadarAxis, 'consensus' | 'votes'>;
}

/**
 * up / down / same: scored both times; scored-now: only now; unscored-now: only then;
 * unscored: neither time; new-gap: the baseline's framework did not have the gap.
 */
export type GapDirection = 'up' | 'down' | 'same' | 'scored-now' | 'unscored-now' | 'unscored' | 'new-gap';

/** A direction as an ICU select key (select keys cannot hold hyphens): one table for every message. */
export const DIRECTION_SELECT: Readonly<Record<GapDirection, string>> = {
  up: 'up',
  down: 'down',
  same: 'same',
  'scored-now': 'scoredNow',
  'unscored-now': 'unscoredNow',
  unscored: 'unscored',
  'new-gap': 'newGap',
};

export interface GapMovement {
  gapId: GapId;
  number: number;
  name: Message;
  color: string;
  then: Level | null;
  now: Level | null;
  /** Levels moved (now − then) when scored both times. */
  change: number | null;
  direction: GapDirection;
  /** The reason the room recorded with each consensus ('' when none). */
  rationaleThen: string;
  rationaleNow: string;
}

export interface FlagChange {
  id: CheckId;
  gapId: GapId | null;
  title: Message;
  blocking: boolean;
}

export interface KpiComparison {
  kpiId: string;
  name: string;
  /** Absent when the KPI did not exist at that assessment. */
  then: Pick<Kpi, 'pilotResult' | 'productionTarget' | 'measuredInProduction'> | null;
  now: Pick<Kpi, 'pilotResult' | 'productionTarget' | 'measuredInProduction'> | null;
}

export interface ActionReference {
  actionId: string;
  title: string;
  owner: string;
  dueDate: string | null;
  gapId: GapId | null;
}

export interface ActionsSince {
  /** Open at the baseline, done now. */
  done: ActionReference[];
  /** Open at the baseline, gone now. */
  dropped: ActionReference[];
  /** Not done, due before the re-assessment's workshop day. */
  overdue: ActionReference[];
  /** Not in the baseline. */
  added: ActionReference[];
}

export interface MindChange {
  participantId: string;
  /** Null in anonymous mode. */
  name: string | null;
  /** Sum over the gaps scored both times of how far their own level moved. */
  levelsMoved: number;
  /** On how many gaps their level moved. */
  gapsChanged: number;
}

export interface Comparison {
  then: ComparedAssessment;
  now: ComparedAssessment;
  axes: ComparisonAxis[];
  gaps: GapMovement[];
  flags: { closed: FlagChange[]; opened: FlagChange[]; stillOpen: FlagChange[] };
  verdict: { then: Verdict; now: Verdict };
  kpis: KpiComparison[];
  actions: ActionsSince;
  /** People who took part both times and moved, most first; names withheld when anonymous. */
  mindChanges: { anonymous: boolean; people: MindChange[] };
}

/** The assessment a session is compared with: the last of its earlier ones. */
export function baselineOf(session: Session): Assessment | null {
  return session.earlier?.at(-1) ?? null;
}

function compared(session: Session, sessionId: string): ComparedAssessment {
  return { sessionId, number: assessmentNumber(session), workshopDate: session.workshopDate };
}

function direction(then: Level | null, now: Level | null, inBaseline: boolean): GapDirection {
  if (!inBaseline) return 'new-gap';
  if (then !== null && now !== null) return now > then ? 'up' : now < then ? 'down' : 'same';
  if (now !== null) return 'scored-now';
  return then !== null ? 'unscored-now' : 'unscored';
}

const flagKey = (flag: Pick<Flag, 'id' | 'gapId'>) => `${flag.id} ${flag.gapId ?? ''}`;
const flagChange = (flag: Flag): FlagChange => ({ id: flag.id, gapId: flag.gapId, title: flag.title, blocking: flag.blocking });

function compareFlags(thenFlags: readonly Flag[], nowFlags: readonly Flag[]): Comparison['flags'] {
  const thenKeys = new Set(thenFlags.map(flagKey));
  const nowKeys = new Set(nowFlags.map(flagKey));
  return {
    closed: thenFlags.filter((f) => !nowKeys.has(flagKey(f))).map(flagChange),
    opened: nowFlags.filter((f) => !thenKeys.has(flagKey(f))).map(flagChange),
    stillOpen: nowFlags.filter((f) => thenKeys.has(flagKey(f))).map(flagChange),
  };
}

const kpiResult = (kpi: Kpi | undefined): KpiComparison['then'] =>
  kpi ? { pilotResult: kpi.pilotResult, productionTarget: kpi.productionTarget, measuredInProduction: kpi.measuredInProduction } : null;

function compareKpis(then: readonly Kpi[], now: readonly Kpi[]): KpiComparison[] {
  const thenById = new Map(then.map((k) => [k.id, k]));
  const nowIds = new Set(now.map((k) => k.id));
  const current = now.map((k) => ({ kpiId: k.id, name: k.name, then: kpiResult(thenById.get(k.id)), now: kpiResult(k) }));
  const removed = then.filter((k) => !nowIds.has(k.id)).map((k) => ({ kpiId: k.id, name: k.name, then: kpiResult(k), now: null }));
  return [...current, ...removed];
}

const actionReference = (a: Action): ActionReference => ({ actionId: a.id, title: a.title, owner: a.owner, dueDate: a.dueDate, gapId: a.gapId });

function compareActions(then: readonly Action[], now: Session): ActionsSince {
  const nowById = new Map(now.actions.map((a) => [a.id, a]));
  const thenIds = new Set(then.map((a) => a.id));
  const openThen = then.filter((a) => a.status !== 'done');
  return {
    done: openThen.filter((a) => nowById.get(a.id)?.status === 'done').map((a) => actionReference(nowById.get(a.id)!)),
    dropped: openThen.filter((a) => !nowById.has(a.id)).map(actionReference),
    overdue: now.actions.filter((a) => isOverdue(a, now.workshopDate)).map(actionReference),
    added: now.actions.filter((a) => !thenIds.has(a.id)).map(actionReference),
  };
}

/** Each participant's own level on a gap in its latest revealed round ("not sure" counts as none). */
function finalLevels(session: Session, gapId: GapId): Map<string, Level> {
  const round = latestRevealedRound(session, gapId);
  const levels = new Map<string, Level>();
  for (const vote of round ? uniqueVotes(round.votes) : []) if (vote.score !== 'unsure') levels.set(vote.participantId, vote.score);
  return levels;
}

function compareMinds(then: Session, now: Session, gapIds: readonly GapId[]): Comparison['mindChanges'] {
  const anonymous = now.settings.anonymous;
  const moved = new Map<string, { levelsMoved: number; gapsChanged: number }>();
  for (const gapId of gapIds) {
    const before = finalLevels(then, gapId);
    for (const [participantId, level] of finalLevels(now, gapId)) {
      const earlier = before.get(participantId);
      if (earlier === undefined || earlier === level) continue;
      const entry = moved.get(participantId) ?? { levelsMoved: 0, gapsChanged: 0 };
      moved.set(participantId, { levelsMoved: entry.levelsMoved + Math.abs(level - earlier), gapsChanged: entry.gapsChanged + 1 });
    }
  }
  const names = new Map(now.participants.map((p) => [p.id, p.name]));
  const people = [...moved.entries()]
    .filter(([participantId]) => names.has(participantId))
    .map(([participantId, m]) => ({ participantId, name: anonymous ? null : names.get(participantId)!, ...m }))
    .sort((a, b) => b.levelsMoved - a.levelsMoved || b.gapsChanged - a.gapsChanged || (a.name ?? '').localeCompare(b.name ?? ''));
  return { anonymous, people };
}

export function buildComparison(session: Session): Comparison | null {
  const baseline = baselineOf(session);
  if (!baseline) return null;
  const then: Session = { ...baseline, earlier: session.earlier!.slice(0, -1) };
  const thenAxes = new Map(radarInput(then).axes.map((axis) => [axis.gapId, axis]));
  const axes: ComparisonAxis[] = radarInput(session).axes.map((axis) => {
    const earlier = thenAxes.get(axis.gapId);
    return { gapId: axis.gapId, number: axis.number, name: axis.name, color: axis.color, then: earlier ? { consensus: earlier.consensus, votes: earlier.votes } : null, now: { consensus: axis.consensus, votes: axis.votes } };
  });
  const gaps: GapMovement[] = sessionGaps(session).map((gap, index) => {
    const axis = axes[index]!;
    const thenLevel = axis.then?.consensus ?? null;
    const nowLevel = axis.now.consensus;
    return {
      gapId: gap.id,
      number: gap.number,
      name: gapNameMessage(gap.id, session.framework),
      color: gap.color,
      then: thenLevel,
      now: nowLevel,
      change: thenLevel !== null && nowLevel !== null ? nowLevel - thenLevel : null,
      direction: direction(thenLevel, nowLevel, axis.then !== null),
      rationaleThen: then.gaps[gap.id]?.consensus?.rationale.trim() ?? '',
      rationaleNow: session.gaps[gap.id]?.consensus?.rationale.trim() ?? '',
    };
  });
  const thenFlags = runChecks(then);
  const nowFlags = runChecks(session);
  return {
    then: compared(then, baseline.id),
    now: compared(session, session.id),
    axes,
    gaps,
    flags: compareFlags(thenFlags, nowFlags),
    verdict: { then: computeVerdict(then, thenFlags), now: computeVerdict(session, nowFlags) },
    kpis: compareKpis(baseline.kpis, session.kpis),
    actions: compareActions(baseline.actions, session),
    mindChanges: compareMinds(then, session, gaps.filter((g) => g.direction !== 'new-gap').map((g) => g.gapId)),
  };
}
