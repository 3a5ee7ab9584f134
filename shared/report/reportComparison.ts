/**
 * "What changed since the last assessment", worded for the documents: the comparison
 * (shared/compare/comparison.ts) turned into rows and lines in the report's language, once, so the
 * report, Word, the deck, the tracker and Markdown print the same words.
 *
 * A movement carries an arrow as well as words, so it reads the same printed in black and white.
 */
import { DIRECTION_SELECT, type ActionsSince, type Comparison, type GapDirection, type KpiComparison } from '../compare/comparison';
import type { GapId, Level } from '../framework/types';
import type { Translator } from '../i18n/translator';
import type { Verdict } from '../scoring/verdict';
import { daysBetween, formatDay, isCalendarDay } from '../text/dates';
import { formatYesNo } from './reportFormat';
import type { GapRef, LevelBadge, ReportChart, ReportVerdict } from './reportModel';

/** Which assessment a side of the comparison is: "Assessment 1 · 2 May 2025". */
export interface ComparedSide {
  number: number;
  dateLabel: string;
  label: string;
}

export interface VerdictThenNow {
  then: Pick<ReportVerdict, 'value' | 'label' | 'color' | 'soft'>;
  now: Pick<ReportVerdict, 'value' | 'label' | 'color' | 'soft'>;
  changed: boolean;
  /** "The verdict moved from … to …." or "The verdict stays …." */
  line: string;
}

export interface GapMovementRow {
  gap: GapRef;
  then: LevelBadge | null;
  now: LevelBadge | null;
  direction: GapDirection;
  /** ↑, ↓, = or –: the movement without relying on colour. */
  arrow: string;
  /** "Up 1 level", "No change", "Scored for the first time", … */
  movement: string;
  /** The reason the room recorded with this consensus, and with the baseline's ('' when none). */
  reasonNow: string;
  reasonThen: string;
}

export interface ComparisonFlagRow {
  title: string;
  gap: GapRef | null;
  blocking: boolean;
}

export interface ComparisonKpiRow {
  name: string;
  /** The pilot result then and now ("—" when none; a KPI added or removed says so). */
  then: string;
  now: string;
  /** The production target, "a → b" when it changed. */
  target: string;
  /** Measured under production conditions, "No → Yes" when it changed. */
  measured: string;
  changed: boolean;
}

export type ActionChange = keyof ActionsSince;

export interface ComparisonActionRow {
  change: ActionChange;
  /** "Done since", "Overdue", "Dropped", "Added since". */
  changeLabel: string;
  /** The action's reference in this report's plan ("A4"); '' for a dropped one, which the plan no longer holds. */
  ref: string;
  title: string;
  owner: string;
  dueLabel: string;
  gap: GapRef | null;
}

export interface MindChangeRow {
  name: string;
  levelsMoved: number;
  gapsChanged: number;
  /** "3 levels on 2 gaps". */
  text: string;
}

export interface ReportComparison {
  then: ComparedSide;
  now: ComparedSide;
  /** Which two assessments, how far apart, and what the levels are. */
  lead: string;
  /** The executive summary's line: the verdict then → now and how many gaps moved. */
  summaryLine: string;
  verdict: VerdictThenNow;
  /** "2 gaps moved up, 1 moved down, 3 stayed where they were." */
  movementSummary: string;
  movements: GapMovementRow[];
  flags: { closed: ComparisonFlagRow[]; opened: ComparisonFlagRow[]; stillOpen: number; summary: string };
  kpis: ComparisonKpiRow[];
  /** Done, overdue, dropped and added since, in that order. */
  actions: ComparisonActionRow[];
  actionSummary: string;
  /** The people whose own score moved most (none named when anonymous), and a line for the rest. */
  mindChanges: { anonymous: boolean; rows: MindChangeRow[]; line: string };
  /** Both assessments' radars in one picture (their consensus and vote bands). */
  radar: ReportChart;
}

/** How the writers reach the report's own words for a gap, a level, a verdict and an action's reference. */
export interface ComparisonParts {
  gap: (gapId: GapId) => GapRef | null;
  badge: (level: Level) => LevelBadge;
  verdict: (verdict: Verdict) => ReportVerdict;
  actionRef: (actionId: string) => string;
}

/** People named under "who changed their mind most"; the line under them counts the rest. */
export const MIND_CHANGES_SHOWN = 5;

const ARROWS: Readonly<Record<GapDirection, string>> = { up: '↑', down: '↓', same: '=', 'scored-now': '–', 'unscored-now': '–', unscored: '–', 'new-gap': '–' };
const ACTION_ORDER: readonly ActionChange[] = ['done', 'overdue', 'dropped', 'added'];

function side(number: number, workshopDate: string, i18n: Translator): ComparedSide {
  const dateLabel = isCalendarDay(workshopDate) ? formatDay(workshopDate, 'long', i18n.locale) : '';
  return { number, dateLabel, label: i18n.t('report.compare.side', { number, dated: dateLabel ? 'yes' : 'no', date: dateLabel }) };
}

function verdictThenNow(comparison: Comparison, parts: ComparisonParts, i18n: Translator): VerdictThenNow {
  const pick = (v: ReportVerdict) => ({ value: v.value, label: v.label, color: v.color, soft: v.soft });
  const then = pick(parts.verdict(comparison.verdict.then));
  const now = pick(parts.verdict(comparison.verdict.now));
  const changed = then.value !== now.value;
  return { then, now, changed, line: i18n.t('report.compare.verdict.line', { changed: changed ? 'yes' : 'no', then: then.label, now: now.label }) };
}

/** Then → now, or the one side that exists. */
function change(then: string, now: string, i18n: Translator): string {
  return then === now ? now : i18n.t('report.compare.change', { then, now });
}

function kpiRow(kpi: KpiComparison, i18n: Translator): ComparisonKpiRow {
  const result = (value: string | undefined): string => value?.trim() || '—';
  const name = kpi.name.trim() || i18n.t('report.kpi.untitled');
  if (!kpi.then || !kpi.now) {
    const present = (kpi.now ?? kpi.then)!;
    const absent = i18n.t(kpi.now ? 'report.compare.kpi.notThen' : 'report.compare.kpi.notNow');
    return {
      name,
      then: kpi.then ? result(kpi.then.pilotResult) : absent,
      now: kpi.now ? result(kpi.now.pilotResult) : absent,
      target: result(present.productionTarget),
      measured: formatYesNo(present.measuredInProduction, i18n).text,
      changed: true,
    };
  }
  const then = kpi.then;
  const now = kpi.now;
  const measured = change(formatYesNo(then.measuredInProduction, i18n).text, formatYesNo(now.measuredInProduction, i18n).text, i18n);
  return {
    name,
    then: result(then.pilotResult),
    now: result(now.pilotResult),
    target: change(result(then.productionTarget), result(now.productionTarget), i18n),
    measured,
    changed: then.pilotResult.trim() !== now.pilotResult.trim() || then.productionTarget.trim() !== now.productionTarget.trim() || then.measuredInProduction !== now.measuredInProduction,
  };
}

export function buildReportComparison(comparison: Comparison, parts: ComparisonParts, i18n: Translator, radar: ReportChart): ReportComparison {
  const then = side(comparison.then.number, comparison.then.workshopDate, i18n);
  const now = side(comparison.now.number, comparison.now.workshopDate, i18n);
  const days = isCalendarDay(comparison.then.workshopDate) && isCalendarDay(comparison.now.workshopDate) ? daysBetween(comparison.then.workshopDate, comparison.now.workshopDate) : null;
  const verdict = verdictThenNow(comparison, parts, i18n);

  const movements: GapMovementRow[] = comparison.gaps.flatMap((g) => {
    const gap = parts.gap(g.gapId);
    if (!gap) return [];
    return [
      {
        gap,
        then: g.then === null ? null : parts.badge(g.then),
        now: g.now === null ? null : parts.badge(g.now),
        direction: g.direction,
        arrow: ARROWS[g.direction],
        movement: i18n.t('report.compare.move', { direction: DIRECTION_SELECT[g.direction], count: Math.abs(g.change ?? 0) }),
        reasonNow: g.rationaleNow,
        reasonThen: g.rationaleThen,
      },
    ];
  });
  const count = (direction: GapDirection): number => movements.filter((m) => m.direction === direction).length;
  const up = count('up');
  const down = count('down');

  const flagRow = (flag: Comparison['flags']['closed'][number]): ComparisonFlagRow => ({ title: i18n.text(flag.title), gap: flag.gapId ? parts.gap(flag.gapId) : null, blocking: flag.blocking });
  const byBlocking = (a: ComparisonFlagRow, b: ComparisonFlagRow): number => Number(b.blocking) - Number(a.blocking);
  const closed = comparison.flags.closed.map(flagRow).sort(byBlocking);
  const opened = comparison.flags.opened.map(flagRow).sort(byBlocking);
  const stillOpen = comparison.flags.stillOpen.length;

  const actions: ComparisonActionRow[] = ACTION_ORDER.flatMap((kind) =>
    comparison.actions[kind].map((a) => ({
      change: kind,
      changeLabel: i18n.t('report.compare.action.kind', { kind }),
      ref: kind === 'dropped' ? '' : parts.actionRef(a.actionId),
      title: a.title.trim(),
      owner: a.owner.trim(),
      dueLabel: a.dueDate && isCalendarDay(a.dueDate) ? formatDay(a.dueDate, 'short', i18n.locale) : '',
      gap: a.gapId ? parts.gap(a.gapId) : null,
    })),
  );

  const { anonymous, people } = comparison.mindChanges;
  const shown = anonymous ? [] : people.slice(0, MIND_CHANGES_SHOWN);
  const mindLine = anonymous
    ? i18n.t('report.compare.minds.anonymous', { count: people.length, levels: people[0]?.levelsMoved ?? 0 })
    : people.length === 0
      ? i18n.t('report.compare.minds.none')
      : people.length > shown.length
        ? i18n.t('report.compare.minds.more', { count: people.length - shown.length })
        : '';

  return {
    then,
    now,
    lead: i18n.t('report.compare.lead', {
      now: now.number,
      nowDate: now.dateLabel,
      then: then.number,
      thenDate: then.dateLabel,
      dated: days === null ? 'no' : 'yes',
      days: days ?? 0,
    }),
    summaryLine: i18n.t('report.compare.summaryLine', { number: then.number, dated: then.dateLabel ? 'yes' : 'no', date: then.dateLabel, then: verdict.then.label, now: verdict.now.label, up, down }),
    verdict,
    movementSummary: i18n.t('report.compare.gaps.summary', { up, down, same: count('same') }),
    movements,
    flags: { closed, opened, stillOpen, summary: i18n.t('report.compare.flags.summary', { closed: closed.length, opened: opened.length, stillOpen }) },
    kpis: comparison.kpis.map((k) => kpiRow(k, i18n)),
    actions,
    actionSummary: i18n.t('report.compare.actions.summary', {
      done: comparison.actions.done.length,
      overdue: comparison.actions.overdue.length,
      dropped: comparison.actions.dropped.length,
      added: comparison.actions.added.length,
    }),
    mindChanges: {
      anonymous,
      rows: shown.map((p) => ({ name: p.name ?? '', levelsMoved: p.levelsMoved, gapsChanged: p.gapsChanged, text: i18n.t('report.compare.minds.row', { levels: p.levelsMoved, gaps: p.gapsChanged }) })),
      line: mindLine,
    },
    radar,
  };
}
