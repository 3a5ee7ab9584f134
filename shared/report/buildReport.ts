/**
 * Builds the report model from a session: a pure function of the session, the generation time and
 * the app's version. Every writer (DOCX, PDF, PPTX, XLSX, CSV, Markdown, ICS) lays out this one
 * model, so all documents say the same thing.
 *
 * Anonymous mode: no participant's name reaches the model — no votes by name, no names in the
 * heatmap, counts instead of the participant list, comments without attribution. Two kinds of
 * names stay on purpose: the facilitator (the author of the report, not a voter) and action
 * owners, because an action is about accountability, not about how someone voted.
 */
import { radarChart } from '../charts/radarChart';
import { LIGHT_CHART_PALETTE, textOn, type ChartPalette } from '../charts/chartPalette';
import { comparisonRadarChart } from '../charts/comparisonRadarChart';
import { toSvgString } from '../charts/svgTree';
import { frameworkTranslator, localizeFramework } from '../framework/localize';
import { LEVEL_COLORS, UNSURE_COLOR } from '../framework/levelColors';
import { LEVELS, type LocalizedGap as GapDefinition, type GapId, type Level } from '../framework/types';
import { gapBriefing } from '../framework/wording';
import { translatorNow } from '../i18n/languages';
import type { Message } from '../i18n/message';
import type { MessageId } from '../i18n/messageIds';
import type { Translator } from '../i18n/translator';
import { PRIORITY_LABELS, STATUS_LABELS, missingParts } from '../actions/actionSummary';
import { ROLE_LABELS, STANCE_LABELS } from '../model/participantLabels';
import { sameName } from '../model/participantOps';
import type { Action, Session, Vote, VoteScore } from '../model/session';
import { sessionLanguage } from '../model/sessionLanguage';
import type { Flag } from '../scoring/checks';
import { ratioReadout } from '../scoring/ratioReadout';
import { latestRevealedRound, roundsForGap, uniqueVotes } from '../scoring/rounds';
import { roundStats } from '../scoring/stats';
import { VERDICT_LABELS, type Verdict } from '../scoring/verdict';
import type { HeatmapInput } from '../summary/heatmapInput';
import type { RadarInput } from '../summary/radarInput';
import { buildSummary, type ChampionsVsSkeptics, type Disagreement, type Summary } from '../summary/summaryModel';
import { formatDay, localDay } from '../text/dates';
import { formatLevel, formatNumber } from '../text/numbers';
import { formatFactValue, formatYesNo, monogramOf, safeFileName, type FormattedValue } from './reportFormat';
import { methodSections } from './reportMethod';
import { buildContents, buildNotice } from './reportFrame';
import { gapAssessment } from '../model/gapAssessment';
import { buildDecision, buildGapStatus, buildRoadmap, type GapStatus } from './reportPlan';
import { roadmapSvg } from '../charts/roadmapChart';
import { buildComparison } from '../compare/comparison';
import { buildReportComparison } from './reportComparison';
import type {
  ActionRow,
  CountRow,
  DistributionCell,
  FactRow,
  FlagRow,
  GapRef,
  GapSection,
  HeatmapRow,
  KeyFigure,
  LabelValue,
  LevelBadge,
  ReportChart,
  ReportModel,
  ReportVerdict,
  RoundSummary,
  ScoreRow,
  StanceComparison,
  VoteRecord,
  CommentRow,
} from './reportModel';

// The session's framework in the report's language (its translator brings it; memoised by localizeFramework).
const frameworkIn = (i18n: Translator) => localizeFramework(i18n);

export interface BuildReportOptions {
  generatedAt: Date;
  appVersion: string;
  /** The documents' language; by default the session's (`sessionLanguage`). */
  i18n?: Translator;
}

const VERDICT_STYLE = {
  go: { color: '#18794e', soft: '#e6f4ec', headline: 'report.verdict.headline.go' },
  'go-with-conditions': { color: '#8a5a00', soft: '#fff4d6', headline: 'report.verdict.headline.goWithConditions' },
  'not-yet': { color: '#b42318', soft: '#fdecea', headline: 'report.verdict.headline.notYet' },
} as const satisfies Record<string, { color: string; soft: string; headline: MessageId }>;

/** The generic meaning of each rung; each gap words its own descriptor in its section. */
const LADDER_MEANINGS: Readonly<Record<Level, MessageId>> = {
  1: 'report.ladder.meaning.1',
  2: 'report.ladder.meaning.2',
  3: 'report.ladder.meaning.3',
  4: 'report.ladder.meaning.4',
  5: 'report.ladder.meaning.5',
};

/** Confidence and severity share the words low, medium, high. */
const RATING_LABELS = { low: 'report.rating.low', medium: 'report.rating.medium', high: 'report.rating.high' } as const satisfies Record<string, MessageId>;
const PRIORITY_ORDER: Readonly<Record<Action['priority'], number>> = { high: 0, medium: 1, low: 2 };

export function gapRef(gap: GapDefinition): GapRef {
  return { id: gap.id, number: gap.number, name: gap.name, color: gap.color, icon: gap.icon };
}

export function levelBadge(level: Level, i18n: Translator): LevelBadge {
  return { level, name: frameworkIn(i18n).levelNames[level], fill: LEVEL_COLORS[level].fill, ink: LEVEL_COLORS[level].text };
}

function scoreLabel(score: VoteScore, i18n: Translator): string {
  return score === 'unsure' ? i18n.t('report.vote.notSure') : i18n.t('report.vote.score', { level: score, name: localizeFramework(i18n).levelNames[score] });
}

function buildVerdict(verdict: Verdict, i18n: Translator): ReportVerdict {
  const style = VERDICT_STYLE[verdict.value];
  return {
    value: verdict.value,
    label: i18n.text(VERDICT_LABELS[verdict.value]),
    reasons: verdict.reasons.map((reason) => i18n.text(reason)),
    computedLabel: verdict.overridden && verdict.computed !== verdict.value ? i18n.text(VERDICT_LABELS[verdict.computed]) : null,
    overridden: verdict.overridden,
    overrideReason: verdict.overrideReason,
    color: style.color,
    soft: style.soft,
    headline: i18n.t(style.headline),
  };
}

/** The plan's order: unfinished first, then by due date (undated last), priority, and entry order. */
function sortActions(actions: readonly Action[]): Action[] {
  const indexed = actions.map((action, index) => ({ action, index }));
  indexed.sort((a, b) => {
    const doneA = a.action.status === 'done' ? 1 : 0;
    const doneB = b.action.status === 'done' ? 1 : 0;
    if (doneA !== doneB) return doneA - doneB;
    const dateA = a.action.dueDate ?? '9999-99-99';
    const dateB = b.action.dueDate ?? '9999-99-99';
    if (dateA !== dateB) return dateA < dateB ? -1 : 1;
    const priority = PRIORITY_ORDER[a.action.priority] - PRIORITY_ORDER[b.action.priority];
    return priority !== 0 ? priority : a.index - b.index;
  });
  return indexed.map((entry) => entry.action);
}

function attentionOf(action: Action, i18n: Translator): string {
  const missing = missingParts(action);
  if (missing.owner && missing.dueDate) return i18n.t('report.attention.ownerAndDueDate');
  if (missing.owner) return i18n.t('report.attention.owner');
  if (missing.dueDate) return i18n.t('report.attention.dueDate');
  return '';
}

function actionRow(action: Action, index: number, i18n: Translator): Omit<ActionRow, 'ownerEmail'> {
  return {
    ref: `A${index + 1}`,
    id: action.id,
    title: action.title.trim(),
    description: action.description.trim(),
    gap: action.gapId ? gapRef(frameworkIn(i18n).gapById(action.gapId)) : null,
    owner: action.owner.trim(),
    dueDate: action.dueDate,
    dueLabel: action.dueDate ? formatDay(action.dueDate, 'short', i18n.locale) : '',
    priority: action.priority,
    priorityLabel: i18n.text(PRIORITY_LABELS[action.priority]),
    status: action.status,
    statusLabel: i18n.text(STATUS_LABELS[action.status]),
    successMeasure: action.successMeasure.trim(),
    notes: (action.notes ?? '').trim(),
    attention: attentionOf(action, i18n),
  };
}

function flagRow(flag: Flag, i18n: Translator): FlagRow {
  return { title: i18n.text(flag.title), explanation: i18n.text(flag.explanation), fix: i18n.text(flag.fix), blocking: flag.blocking, gap: flag.gapId ? gapRef(frameworkIn(i18n).gapById(flag.gapId)) : null };
}

function distributionCells(votes: readonly Pick<Vote, 'score'>[], i18n: Translator): DistributionCell[] {
  const stats = roundStats(votes);
  const cells: DistributionCell[] = LEVELS.map((level) => ({
    key: level,
    label: i18n.t('report.vote.score', { level, name: localizeFramework(i18n).levelNames[level] }),
    count: stats.distribution[level],
    fill: LEVEL_COLORS[level].fill,
    ink: LEVEL_COLORS[level].text,
  }));
  cells.push({ key: 'unsure', label: i18n.t('report.vote.notSure'), count: stats.unsure, fill: UNSURE_COLOR.fill, ink: UNSURE_COLOR.text });
  return cells;
}

function rangeOf(min: Level | null, max: Level | null): string {
  if (min === null || max === null) return '—';
  return min === max ? String(min) : `${min}–${max}`;
}

function roundSummaries(session: Session, gapId: GapId, i18n: Translator): RoundSummary[] {
  return roundsForGap(session, gapId)
    .filter((round) => round.status === 'revealed')
    .map((round) => {
      const votes = uniqueVotes(round.votes);
      const stats = roundStats(votes, session.settings.divergenceSpread);
      return {
        number: round.number,
        revealed: true,
        voted: stats.voted,
        distribution: distributionCells(votes, i18n),
        median: formatLevel(stats.median, i18n.locale),
        medianValue: stats.median,
        range: rangeOf(stats.min, stats.max),
        spread: stats.spread,
        divergent: stats.divergent,
        twoCamps: stats.twoCamps,
      };
    });
}

const SOURCE_LABELS = { grid: 'report.source.grid', private: 'report.source.private', phone: 'report.source.phone' } as const satisfies Record<string, MessageId>;

function scoreOrder(score: VoteScore): number {
  return score === 'unsure' ? 6 : score;
}

/** Every vote of the revealed rounds; in anonymous mode without who, ordered by score within a round. */
function voteRecords(session: Session, i18n: Translator): VoteRecord[] {
  const anonymous = session.settings.anonymous;
  const people = new Map(session.participants.map((p, index) => [p.id, { p, index }]));
  const records: VoteRecord[] = [];
  for (const gap of frameworkIn(i18n).gaps) {
    for (const round of roundsForGap(session, gap.id)) {
      if (round.status !== 'revealed') continue;
      const votes = uniqueVotes(round.votes).sort((a, b) =>
        anonymous ? scoreOrder(a.score) - scoreOrder(b.score) || (a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : 0) : (people.get(a.participantId)?.index ?? 1e9) - (people.get(b.participantId)?.index ?? 1e9),
      );
      for (const vote of votes) {
        const person = anonymous ? undefined : people.get(vote.participantId)?.p;
        records.push({
          gap: gapRef(gap),
          round: round.number,
          name: anonymous ? null : (person?.name ?? i18n.t('report.vote.formerParticipant')),
          role: anonymous ? null : person ? i18n.text(ROLE_LABELS[person.role]) : '',
          stance: anonymous ? null : person ? i18n.text(STANCE_LABELS[person.stance]) : '',
          score: scoreLabel(vote.score, i18n),
          level: vote.score === 'unsure' ? null : vote.score,
          confidence: vote.confidence ? i18n.t(RATING_LABELS[vote.confidence]) : '',
          comment: vote.comment.trim(),
          source: i18n.t(SOURCE_LABELS[vote.source]),
        });
      }
    }
  }
  return records;
}

function commentRows(session: Session, gapId: GapId): CommentRow[] {
  const round = latestRevealedRound(session, gapId);
  if (!round) return [];
  const names = new Map(session.participants.map((p) => [p.id, p.name]));
  const rows = uniqueVotes(round.votes)
    .filter((v) => v.comment.trim() !== '')
    .map((v) => ({ text: v.comment.trim(), by: session.settings.anonymous ? null : (names.get(v.participantId) ?? null) }));
  // Anonymous: sorted by text, so the order says nothing about who wrote which comment.
  if (session.settings.anonymous) rows.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return rows;
}

function stanceComparison(row: ChampionsVsSkeptics | undefined, i18n: Translator): StanceComparison | null {
  if (!row) return null;
  const { champions, skeptics } = row;
  if (champions.hidden || skeptics.hidden) return { text: i18n.t('report.stances.hidden'), split: false };
  if (champions.mean === null || skeptics.mean === null) return null;
  return {
    text: i18n.t('report.stances.compare', {
      champions: formatLevel(champions.mean, i18n.locale),
      championVotes: champions.count ?? 0,
      skeptics: formatLevel(skeptics.mean, i18n.locale),
      skepticVotes: skeptics.count ?? 0,
    }),
    split: row.split,
  };
}

const FACT_SIDES = { pilot: 'report.fact.side.pilot', production: 'report.fact.side.production', readiness: 'report.fact.side.readiness' } as const satisfies Record<string, MessageId>;

function gapSection(session: Session, summary: Summary, gap: GapDefinition, gapCount: number, actions: readonly ActionRow[], flags: readonly FlagRow[], i18n: Translator, status: readonly GapStatus[]): GapSection {
  const assessment = gapAssessment(session, gap.id);
  const consensus = assessment.consensus;
  const briefing = gapBriefing(gap, session, i18n);
  const facts: FactRow[] = gap.factIds.flatMap((factId) => {
    const fact = frameworkIn(i18n).factById(factId);
    if (!fact) return [];
    const value = formatFactValue(fact, session.facts[factId], i18n);
    return [{ label: fact.label, side: i18n.t(FACT_SIDES[fact.side]), value: value.text, recorded: value.recorded } satisfies FactRow];
  });
  const ratios = gap.ratioIds.flatMap((ratioId) => {
    const readout = ratioReadout(session, ratioId, frameworkIn(i18n));
    return readout ? [{ label: i18n.text(readout.title), display: i18n.text(readout.display), sentence: i18n.text(readout.sentence), large: readout.large }] : [];
  });
  return {
    gap: gapRef(gap),
    status: status.find((s) => s.gap.id === gap.id)!,
    position: i18n.t('report.gap.position', { number: gap.number, total: gapCount }),
    tagline: gap.tagline,
    pilotUsuallyHad: briefing.pilotUsuallyHad,
    productionMeans: briefing.productionMeans,
    facts,
    ratios,
    consensus: consensus ? levelBadge(consensus.level, i18n) : null,
    consensusDescriptor: consensus ? gap.ladder[consensus.level] : '',
    rationale: consensus?.rationale.trim() ?? '',
    rounds: roundSummaries(session, gap.id, i18n),
    comments: commentRows(session, gap.id),
    stances: stanceComparison(summary.championsVsSkeptics.find((c) => c.gapId === gap.id), i18n),
    evidence: assessment.evidence.map((e) => e.text.trim()),
    risks: assessment.risks.map((r) => ({ text: r.text.trim(), severity: r.severity, severityLabel: i18n.t(RATING_LABELS[r.severity]) })),
    notes: assessment.notes.trim(),
    actions: actions.filter((a) => a.gap?.id === gap.id),
    flags: flags.filter((f) => f.gap?.id === gap.id),
  };
}

function scoreRows(session: Session, i18n: Translator): ScoreRow[] {
  return localizeFramework(i18n).gaps.map((gap) => {
    const consensus = gapAssessment(session, gap.id).consensus;
    const round = latestRevealedRound(session, gap.id);
    const stats = round ? roundStats(uniqueVotes(round.votes), session.settings.divergenceSpread) : null;
    return {
      gap: gapRef(gap),
      consensus: consensus ? levelBadge(consensus.level, i18n) : null,
      rationale: consensus?.rationale.trim() ?? '',
      votesSummary: stats && stats.median !== null ? `${formatLevel(stats.median, i18n.locale)} (${rangeOf(stats.min, stats.max)})` : '',
      divergent: stats?.divergent ?? false,
    };
  });
}

function radar(input: RadarInput, accent: string, i18n: Translator): ReportChart {
  const node = radarChart(i18n, input, { ...LIGHT_CHART_PALETTE, background: '#ffffff', accent, onAccent: textOn(accent) });
  const width = Number(node.attrs.width);
  const height = Number(node.attrs.height);
  const alt = input.axes
    .map((a) => {
      const range = a.votes ? rangeOf(a.votes.min, a.votes.max) : null;
      if (a.consensus === null) return range ? i18n.t('report.radar.axisNoneWithVotes', { name: a.name, range }) : i18n.t('report.radar.axisNone', { name: a.name });
      return range ? i18n.t('report.radar.axisWithVotes', { name: a.name, level: a.consensus, range }) : i18n.t('report.radar.axis', { name: a.name, level: a.consensus });
    })
    .join('; ');
  return { svg: toSvgString(node), width, height, alt: i18n.t('report.radar.alt', { axes: alt }) };
}

function heatmap(input: HeatmapInput, i18n: Translator): ReportModel['heatmap'] {
  if (input.groups.length === 0) return null;
  const columns = input.columns.map((c) => gapRef(frameworkIn(i18n).gapById(c.gapId)));
  const rows: HeatmapRow[] = [];
  for (const group of input.groups) {
    const stance = i18n.text(group.label);
    group.rows.forEach((row, index) => {
      rows.push({
        name: row.label ?? i18n.t('summary.heatmap.anonymousRow', { group: stance, n: index + 1 }),
        stance,
        cells: row.cells.map((score) => {
          if (score === null) return { level: null, unsure: false, label: '', fill: '#ffffff', ink: '#4f5b6b' };
          if (score === 'unsure') return { level: null, unsure: true, label: '?', fill: UNSURE_COLOR.fill, ink: UNSURE_COLOR.text };
          return { level: score, unsure: false, label: String(score), fill: LEVEL_COLORS[score].fill, ink: LEVEL_COLORS[score].text };
        }),
      });
    });
  }
  return { columns, rows };
}

function disagreementLine(d: Disagreement, i18n: Translator): string {
  const base = { name: d.name, min: d.min, max: d.max, round: d.roundNumber };
  const line = d.camps ? i18n.t('report.disagreement.lineTwoCamps', { ...base, low: d.camps.low, high: d.camps.high }) : i18n.t('report.disagreement.line', base);
  const who = d.lowest.length && d.highest.length ? ` ${i18n.t('report.disagreement.who', { lowest: d.lowest.join(', '), highest: d.highest.join(', ') })}` : '';
  return `${line}${who}`;
}

function ownershipRows(session: Session, i18n: Translator): LabelValue[] {
  const o = session.ownership;
  const text = (value: string): FormattedValue => (value.trim() === '' ? { text: i18n.t('report.value.notRecorded'), recorded: false } : { text: value.trim(), recorded: true });
  const rows: Array<[MessageId, FormattedValue]> = [
    ['report.ownership.businessOwner', text(o.businessOwner)],
    ['report.ownership.ownerHasBudget', formatYesNo(o.ownerHasBudget, i18n)],
    ['report.ownership.ownerHasAuthority', formatYesNo(o.ownerHasAuthority, i18n)],
    ['report.ownership.supportOwner', text(o.supportOwner)],
    ['report.ownership.monitoring', text(o.monitoring)],
    ['report.ownership.humanReview', text(o.humanReview)],
    ['report.ownership.escalationPath', text(o.escalationPath)],
    ['report.ownership.rollbackPlan', text(o.rollbackPlan)],
    ['report.ownership.expansionCriteria', text(o.expansionCriteria)],
    ['report.ownership.timeline', text(o.timeline)],
    ['report.ownership.handoverPlan', text(o.handoverPlan)],
  ];
  return rows.map(([id, value]) => ({ label: i18n.t(id), value: value.text, recorded: value.recorded }));
}

function countRows<K extends string>(keys: readonly K[], labels: Readonly<Record<K, Message>>, values: readonly K[], i18n: Translator): CountRow[] {
  return keys.map((key) => ({ label: i18n.text(labels[key]), count: values.filter((v) => v === key).length })).filter((row) => row.count > 0);
}

function keyFigures(session: Session, summary: Summary, scores: readonly ScoreRow[], flags: readonly FlagRow[], actions: readonly ActionRow[], i18n: Translator): KeyFigure[] {
  const scored = scores.filter((s) => s.consensus !== null);
  const ready = scored.filter((s) => (s.consensus?.level ?? 0) >= 3).length;
  const blocking = flags.filter((f) => f.blocking).length;
  const open = actions.filter((a) => a.status !== 'done');
  const owned = open.filter((a) => a.attention === '').length;
  const n = (value: number): string => formatNumber(value, 0, i18n.locale);
  return [
    { value: i18n.t('report.keyFigure.ofTotal', { count: n(ready), total: n(scores.length) }), label: i18n.t('report.keyFigure.gapsReady') },
    {
      value: n(flags.length),
      label: blocking > 0 ? i18n.t('report.keyFigure.openFlagsBlocking', { count: flags.length, blocking: n(blocking) }) : i18n.t('report.keyFigure.openFlags', { count: flags.length }),
    },
    { value: n(open.length), label: i18n.t('report.keyFigure.openActions', { count: open.length }) },
    { value: i18n.t('report.keyFigure.ofTotal', { count: n(owned), total: n(open.length) }), label: i18n.t('report.keyFigure.ownedAndDated') },
    { value: n(summary.voterCount), label: i18n.t(session.settings.anonymous ? 'report.keyFigure.participantsAnonymous' : 'report.keyFigure.participantsVoting') },
  ];
}

/** A re-assessment set against its baseline, in the report's words; null for a first assessment. */
function comparisonOf(session: Session, actions: readonly ActionRow[], i18n: Translator, palette: ChartPalette): ReportModel['comparison'] {
  const comparison = buildComparison(session);
  if (!comparison) return null;
  const chart = comparisonRadarChart(i18n, comparison, palette);
  const radar: ReportChart = { svg: toSvgString(chart), width: Number(chart.attrs.width), height: Number(chart.attrs.height), alt: String(chart.attrs['aria-label']) };
  const gaps = new Map(frameworkIn(i18n).gaps.map((gap) => [gap.id, gap]));
  const refs = new Map(actions.map((a) => [a.id, a.ref]));
  const parts = {
    gap: (gapId: GapId) => {
      const gap = gaps.get(gapId);
      return gap ? gapRef(gap) : null;
    },
    badge: (level: Level) => levelBadge(level, i18n),
    verdict: (verdict: Verdict) => buildVerdict(verdict, i18n),
    actionRef: (actionId: string) => refs.get(actionId) ?? '',
  };
  return buildReportComparison(comparison, parts, i18n, radar);
}

export function buildReport(session: Session, options: BuildReportOptions): ReportModel {
  // The session's own framework speaks through the report's translator, in every part of it.
  const i18n = frameworkTranslator(options.i18n ?? translatorNow(sessionLanguage(session)), session.framework);
  const anonymous = session.settings.anonymous;
  const accent = session.firm.accentColor;
  // The same summary the Verdict screen shows: radar, heatmap, disagreements, splits, flags, verdict.
  const summary = buildSummary(session);
  const flags = summary.flags.map((flag) => flagRow(flag, i18n));
  // The owner's e-mail (for the task trackers' imports) when a participant of that name has one; never when anonymous.
  const emailOf = (owner: string): string | null => (anonymous ? null : (session.participants.find((p) => p.email && sameName(p.name, owner))?.email ?? null));
  const actions = sortActions(session.actions).map((action, index) => ({ ...actionRow(action, index, i18n), ownerEmail: emailOf(action.owner) }));
  const scores = scoreRows(session, i18n);
  const gapStatus = buildGapStatus(session, scores, flags, i18n);
  const verdict = buildVerdict(summary.verdict, i18n);
  const roadmap = buildRoadmap(session.workshopDate, actions, i18n);
  const chartPalette = { ...LIGHT_CHART_PALETTE, background: '#ffffff', accent, onAccent: textOn(accent) };
  const fileBase = [session.client.trim(), session.initiative.trim()].filter(Boolean).join(' – ');

  const meta: ReportModel['meta'] = {
    title: i18n.t('report.title'),
    initiative: session.initiative.trim(),
    client: session.client.trim(),
    useCase: session.useCase.trim(),
    workshopDate: session.workshopDate,
    workshopDateLabel: formatDay(session.workshopDate, 'long', i18n.locale),
    facilitator: session.facilitator.trim(),
    firm: { name: session.firm.name.trim(), accent, accentInk: textOn(accent), monogram: monogramOf(session.firm.name), logo: session.firm.logo ?? null },
    author: session.facilitator.trim() || session.firm.name.trim(),
    generatedAt: options.generatedAt.toISOString(),
    generatedLabel: formatDay(localDay(options.generatedAt), 'long', i18n.locale),
    appVersion: options.appVersion,
    anonymous,
    fileBaseName: safeFileName(fileBase),
    sessionId: session.id,
    language: i18n.language,
      locale: i18n.locale,
  };
  const frameworkGaps = localizeFramework(i18n).gaps;
  const gaps = frameworkGaps.map((gap) => gapSection(session, summary, gap, frameworkGaps.length, actions, flags, i18n, gapStatus));
  const comparison = comparisonOf(session, actions, i18n, chartPalette);
  return {
    i18n,
    meta,
    notice: buildNotice(meta, gaps.length, i18n),
    contents: buildContents(gaps, i18n, comparison !== null),
    verdict,
    decisionRequested: buildDecision(verdict.value, session.initiative, gapStatus, actions, i18n),
    gapStatus,
    roadmap,
    roadmapChart: roadmapSvg(i18n, roadmap, { palette: chartPalette }),
    keyFigures: keyFigures(session, summary, scores, flags, actions, i18n),
    comparison,
    scores,
    radar: radar(summary.radar, accent, i18n),
    kpis: session.kpis.map((k) => ({
      name: k.name.trim() || i18n.t('report.kpi.untitled'),
      kind: i18n.t(k.kind === 'business' ? 'report.kpi.kind.business' : 'report.kpi.kind.model'),
      baseline: k.baseline.trim(),
      pilotResult: k.pilotResult.trim(),
      productionTarget: k.productionTarget.trim(),
      threshold: k.threshold.trim(),
      measuredInProduction: formatYesNo(k.measuredInProduction, i18n).text,
    })),
    gaps,
    flags,
    ownership: ownershipRows(session, i18n),
    actions,
    votes: voteRecords(session, i18n),
    heatmap: heatmap(summary.heatmap, i18n),
    disagreements: summary.disagreements.map((d) => disagreementLine(d, i18n)),
    choices: { priorities: Object.values(PRIORITY_LABELS).map((label) => i18n.text(label)), statuses: Object.values(STATUS_LABELS).map((label) => i18n.text(label)) },
    appendix: {
      participants: anonymous
        ? null
        : session.participants.map((p) => ({
            name: p.name,
            role: i18n.text(ROLE_LABELS[p.role]),
            stance: i18n.text(STANCE_LABELS[p.stance]),
            inPilot: i18n.t(p.inPilot ? 'common.yes' : 'common.no'),
            note: p.isFacilitator ? i18n.t(session.settings.facilitatorVotes ? 'report.participant.facilitatorVotes' : 'report.participant.facilitatorSilent') : '',
          })),
      participantCount: session.participants.length,
      byRole: countRows(Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[], ROLE_LABELS, session.participants.map((p) => p.role), i18n),
      byStance: countRows(Object.keys(STANCE_LABELS) as (keyof typeof STANCE_LABELS)[], STANCE_LABELS, session.participants.map((p) => p.stance), i18n),
      ladder: LEVELS.map((level) => ({ ...levelBadge(level, i18n), meaning: i18n.t(LADDER_MEANINGS[level]) })),
      method: methodSections(session, i18n),
    },
  };
}
