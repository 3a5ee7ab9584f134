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
import { LIGHT_CHART_PALETTE, textOn } from '../charts/chartPalette';
import { toSvgString } from '../charts/svgTree';
import { localizeFramework } from '../framework/localize';
import { DEFAULT_LANGUAGE, translatorNow } from '../i18n';
import { LEVEL_COLORS, UNSURE_COLOR } from '../framework/levelColors';
import { LEVELS, type LocalizedGap as GapDefinition, type GapId, type Level } from '../framework/types';
import { gapBriefing } from '../framework/wording';
import { PRIORITY_LABELS, STATUS_LABELS, missingParts } from '../actions/actionSummary';
import { ROLE_LABELS, STANCE_LABELS } from '../model/participantLabels';
import type { Action, Session, Vote, VoteScore } from '../model/session';
import type { Flag } from '../scoring/checks';
import { ratioReadout } from '../scoring/ratioReadout';
import { latestRevealedRound, roundsForGap, uniqueVotes } from '../scoring/rounds';
import { roundStats } from '../scoring/stats';
import { VERDICT_LABELS, type Verdict } from '../scoring/verdict';
import type { HeatmapInput } from '../summary/heatmapInput';
import type { RadarInput } from '../summary/radarInput';
import { buildSummary, type ChampionsVsSkeptics, type Disagreement, type Summary } from '../summary/summaryModel';
import { formatDay, localDay } from '../text/dates';
import { formatLevel } from '../text/numbers';
import { plural, pluralWord } from '../text/plural';
import { formatFactValue, formatYesNo, monogramOf, NOT_RECORDED, safeFileName } from './reportFormat';
import { methodSections } from './reportMethod';
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

// The framework's words in English until the report takes the session's translator.
const framework = () => localizeFramework(translatorNow(DEFAULT_LANGUAGE));
const gapById = (id: GapId) => framework().gapById(id);
const factById = (id: string) => framework().factById(id);

export interface BuildReportOptions {
  generatedAt: Date;
  appVersion: string;
}

export const REPORT_TITLE = 'Production readiness assessment';

const VERDICT_STYLE = {
  go: { color: '#18794e', soft: '#e6f4ec', headline: 'Ready for production: every gap has been shown under production-like conditions.' },
  'go-with-conditions': { color: '#8a5a00', soft: '#fff4d6', headline: 'Ready to proceed, provided the conditions set out below are met.' },
  'not-yet': { color: '#b42318', soft: '#fdecea', headline: 'Not ready for production yet: the gaps below must close first.' },
} as const;

/** The generic meaning of each rung; each gap words its own descriptor in its section. */
const LADDER_MEANINGS: Readonly<Record<Level, string>> = {
  1: 'Known only under pilot conditions.',
  2: 'The production reality is understood but untested, and nobody owns closing the gap.',
  3: 'An owned, dated plan exists, with partial evidence under production-like conditions.',
  4: 'Shown under production-like conditions, with minor points still open.',
  5: 'Works at production scale, monitored and owned.',
};

const CONFIDENCE_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const SEVERITY_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const PRIORITY_ORDER: Readonly<Record<Action['priority'], number>> = { high: 0, medium: 1, low: 2 };

export function gapRef(gap: GapDefinition): GapRef {
  return { id: gap.id, number: gap.number, name: gap.name, color: gap.color, icon: gap.icon };
}

export function levelBadge(level: Level): LevelBadge {
  return { level, name: framework().levelNames[level], fill: LEVEL_COLORS[level].fill, ink: LEVEL_COLORS[level].text };
}

function scoreLabel(score: VoteScore): string {
  return score === 'unsure' ? 'Not sure' : `${score} · ${framework().levelNames[score]}`;
}

function buildVerdict(verdict: Verdict): ReportVerdict {
  const style = VERDICT_STYLE[verdict.value];
  return {
    value: verdict.value,
    label: VERDICT_LABELS[verdict.value],
    reasons: verdict.reasons,
    computedLabel: verdict.overridden && verdict.computed !== verdict.value ? VERDICT_LABELS[verdict.computed] : null,
    overridden: verdict.overridden,
    overrideReason: verdict.overrideReason,
    color: style.color,
    soft: style.soft,
    headline: style.headline,
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

function attentionOf(action: Action): string {
  const missing = missingParts(action);
  if (missing.owner && missing.dueDate) return 'Needs an owner and a due date';
  if (missing.owner) return 'Needs an owner';
  if (missing.dueDate) return 'Needs a due date';
  return '';
}

function actionRow(action: Action, index: number): ActionRow {
  return {
    ref: `A${index + 1}`,
    id: action.id,
    title: action.title.trim(),
    description: action.description.trim(),
    gap: action.gapId ? gapRef(gapById(action.gapId)) : null,
    owner: action.owner.trim(),
    dueDate: action.dueDate,
    dueLabel: action.dueDate ? formatDay(action.dueDate, 'short') : '',
    priority: action.priority,
    priorityLabel: PRIORITY_LABELS[action.priority],
    status: action.status,
    statusLabel: STATUS_LABELS[action.status],
    successMeasure: action.successMeasure.trim(),
    attention: attentionOf(action),
  };
}

function flagRow(flag: Flag): FlagRow {
  return { title: flag.title, explanation: flag.explanation, fix: flag.fix, blocking: flag.blocking, gap: flag.gapId ? gapRef(gapById(flag.gapId)) : null };
}

function distributionCells(votes: readonly Pick<Vote, 'score'>[]): DistributionCell[] {
  const stats = roundStats(votes);
  const cells: DistributionCell[] = LEVELS.map((level) => ({
    key: level,
    label: `${level} · ${framework().levelNames[level]}`,
    count: stats.distribution[level],
    fill: LEVEL_COLORS[level].fill,
    ink: LEVEL_COLORS[level].text,
  }));
  cells.push({ key: 'unsure', label: 'Not sure', count: stats.unsure, fill: UNSURE_COLOR.fill, ink: UNSURE_COLOR.text });
  return cells;
}

function rangeOf(min: Level | null, max: Level | null): string {
  if (min === null || max === null) return '—';
  return min === max ? String(min) : `${min}–${max}`;
}

function roundSummaries(session: Session, gapId: GapId): RoundSummary[] {
  return roundsForGap(session, gapId)
    .filter((round) => round.status === 'revealed')
    .map((round) => {
      const votes = uniqueVotes(round.votes);
      const stats = roundStats(votes, session.settings.divergenceSpread);
      return {
        number: round.number,
        revealed: true,
        voted: stats.voted,
        distribution: distributionCells(votes),
        median: formatLevel(stats.median),
        range: rangeOf(stats.min, stats.max),
        spread: stats.spread,
        divergent: stats.divergent,
        twoCamps: stats.twoCamps,
      };
    });
}

const SOURCE_LABELS = { grid: 'Grid', private: 'Private', phone: 'Phone' } as const;

function scoreOrder(score: VoteScore): number {
  return score === 'unsure' ? 6 : score;
}

/** Every vote of the revealed rounds; in anonymous mode without who, ordered by score within a round. */
function voteRecords(session: Session): VoteRecord[] {
  const anonymous = session.settings.anonymous;
  const people = new Map(session.participants.map((p, index) => [p.id, { p, index }]));
  const records: VoteRecord[] = [];
  for (const gap of framework().gaps) {
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
          name: anonymous ? null : (person?.name ?? 'Former participant'),
          role: anonymous ? null : person ? ROLE_LABELS[person.role] : '',
          stance: anonymous ? null : person ? STANCE_LABELS[person.stance] : '',
          score: scoreLabel(vote.score),
          level: vote.score === 'unsure' ? null : vote.score,
          confidence: vote.confidence ? CONFIDENCE_LABELS[vote.confidence] : '',
          comment: vote.comment.trim(),
          source: SOURCE_LABELS[vote.source],
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

function stanceComparison(row: ChampionsVsSkeptics | undefined): StanceComparison | null {
  if (!row) return null;
  const { champions, skeptics } = row;
  if (champions.hidden || skeptics.hidden) return { text: 'Champions and skeptics are too few to compare in anonymous mode.', split: false };
  if (champions.mean === null || skeptics.mean === null) return null;
  return {
    text: `Champions average ${formatLevel(champions.mean)} (${plural(champions.count ?? 0, 'vote', 'votes')}); skeptics average ${formatLevel(skeptics.mean)} (${plural(skeptics.count ?? 0, 'vote', 'votes')}).`,
    split: row.split,
  };
}

function gapSection(session: Session, summary: Summary, gap: GapDefinition, actions: readonly ActionRow[], flags: readonly FlagRow[]): GapSection {
  const assessment = session.gaps[gap.id];
  const consensus = assessment.consensus;
  const briefing = gapBriefing(gap, session, translatorNow(DEFAULT_LANGUAGE));
  const facts: FactRow[] = gap.factIds.flatMap((factId) => {
    const fact = factById(factId);
    if (!fact) return [];
    const side = fact.side === 'pilot' ? 'Pilot' : fact.side === 'production' ? 'Production' : 'Readiness';
    return [{ label: fact.label, side, value: formatFactValue(fact, session.facts[factId]) } satisfies FactRow];
  });
  const ratios = gap.ratioIds.flatMap((ratioId) => {
    const readout = ratioReadout(session, ratioId, framework());
    return readout ? [{ label: readout.title, display: readout.display, sentence: readout.sentence, large: readout.large }] : [];
  });
  return {
    gap: gapRef(gap),
    tagline: gap.tagline,
    pilotUsuallyHad: briefing.pilotUsuallyHad,
    productionMeans: briefing.productionMeans,
    facts,
    ratios,
    consensus: consensus ? levelBadge(consensus.level) : null,
    consensusDescriptor: consensus ? gap.ladder[consensus.level] : '',
    rationale: consensus?.rationale.trim() ?? '',
    rounds: roundSummaries(session, gap.id),
    comments: commentRows(session, gap.id),
    stances: stanceComparison(summary.championsVsSkeptics.find((c) => c.gapId === gap.id)),
    evidence: assessment.evidence.map((e) => e.text.trim()),
    risks: assessment.risks.map((r) => ({ text: r.text.trim(), severity: r.severity, severityLabel: SEVERITY_LABELS[r.severity] })),
    notes: assessment.notes.trim(),
    actions: actions.filter((a) => a.gap?.id === gap.id),
    flags: flags.filter((f) => f.gap?.id === gap.id),
  };
}

function scoreRows(session: Session): ScoreRow[] {
  return framework().gaps.map((gap) => {
    const consensus = session.gaps[gap.id].consensus;
    const round = latestRevealedRound(session, gap.id);
    const stats = round ? roundStats(uniqueVotes(round.votes), session.settings.divergenceSpread) : null;
    return {
      gap: gapRef(gap),
      consensus: consensus ? levelBadge(consensus.level) : null,
      rationale: consensus?.rationale.trim() ?? '',
      votesSummary: stats && stats.median !== null ? `${formatLevel(stats.median)} (${rangeOf(stats.min, stats.max)})` : '',
      divergent: stats?.divergent ?? false,
    };
  });
}

function radar(input: RadarInput, accent: string): ReportChart {
  const node = radarChart(translatorNow(DEFAULT_LANGUAGE), input, { ...LIGHT_CHART_PALETTE, background: '#ffffff', accent, onAccent: textOn(accent) });
  const width = Number(node.attrs.width);
  const height = Number(node.attrs.height);
  const alt = input.axes
    .map((a) => `${a.name}: ${a.consensus === null ? 'no consensus yet' : `level ${a.consensus}`}${a.votes ? ` (votes ${rangeOf(a.votes.min, a.votes.max)})` : ''}`)
    .join('; ');
  return { svg: toSvgString(node), width, height, alt: `Readiness radar. ${alt}.` };
}

function heatmap(input: HeatmapInput): ReportModel['heatmap'] {
  if (input.groups.length === 0) return null;
  const columns = input.columns.map((c) => gapRef(gapById(c.gapId)));
  const rows: HeatmapRow[] = [];
  for (const group of input.groups) {
    group.rows.forEach((row, index) => {
      rows.push({
        name: row.label ?? `${group.label} · ${index + 1}`,
        stance: group.label,
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

function disagreementLine(d: Disagreement): string {
  const camps = d.camps ? `, in two camps around levels ${d.camps.low} and ${d.camps.high}` : '';
  const who = d.lowest.length && d.highest.length ? ` Lowest: ${d.lowest.join(', ')}; highest: ${d.highest.join(', ')}.` : '';
  return `${d.name}: votes from level ${d.min} to level ${d.max}${camps} (round ${d.roundNumber}).${who}`;
}

function ownershipRows(session: Session): LabelValue[] {
  const o = session.ownership;
  const text = (value: string): string => (value.trim() === '' ? NOT_RECORDED : value.trim());
  return [
    { label: 'Business owner', value: text(o.businessOwner) },
    { label: 'Owner holds the budget', value: formatYesNo(o.ownerHasBudget) },
    { label: 'Owner has authority over the workflows', value: formatYesNo(o.ownerHasAuthority) },
    { label: 'Runs and supports it', value: text(o.supportOwner) },
    { label: 'Monitoring', value: text(o.monitoring) },
    { label: 'Human review', value: text(o.humanReview) },
    { label: 'Escalation path', value: text(o.escalationPath) },
    { label: 'Rollback plan', value: text(o.rollbackPlan) },
    { label: 'Criteria for expanding scope', value: text(o.expansionCriteria) },
    { label: 'Timeline and resources', value: text(o.timeline) },
    { label: 'Handover plan', value: text(o.handoverPlan) },
  ];
}

function countRows<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, values: readonly K[]): CountRow[] {
  return keys.map((key) => ({ label: labels[key], count: values.filter((v) => v === key).length })).filter((row) => row.count > 0);
}

function keyFigures(session: Session, summary: Summary, scores: readonly ScoreRow[], flags: readonly FlagRow[], actions: readonly ActionRow[]): KeyFigure[] {
  const scored = scores.filter((s) => s.consensus !== null);
  const ready = scored.filter((s) => (s.consensus?.level ?? 0) >= 3).length;
  const blocking = flags.filter((f) => f.blocking).length;
  const open = actions.filter((a) => a.status !== 'done');
  const owned = open.filter((a) => a.attention === '').length;
  return [
    { value: `${ready} of ${framework().gaps.length}`, label: 'gaps at level 3 or above' },
    { value: String(flags.length), label: blocking > 0 ? `open flags, ${blocking} blocking` : pluralWord(flags.length, 'open flag') },
    { value: String(open.length), label: pluralWord(open.length, 'open action') },
    { value: `${owned} of ${open.length}`, label: 'open actions owned and dated' },
    { value: String(summary.voterCount), label: session.settings.anonymous ? 'participants (anonymous)' : 'participants voting' },
  ];
}

export function buildReport(session: Session, options: BuildReportOptions): ReportModel {
  const anonymous = session.settings.anonymous;
  const accent = session.firm.accentColor;
  // The same summary the Verdict screen shows: radar, heatmap, disagreements, splits, flags, verdict.
  const summary = buildSummary(session);
  const flags = summary.flags.map(flagRow);
  const actions = sortActions(session.actions).map(actionRow);
  const scores = scoreRows(session);
  const fileBase = [session.client.trim(), session.initiative.trim()].filter(Boolean).join(' – ');

  return {
    meta: {
      title: REPORT_TITLE,
      initiative: session.initiative.trim(),
      client: session.client.trim(),
      useCase: session.useCase.trim(),
      workshopDate: session.workshopDate,
      workshopDateLabel: formatDay(session.workshopDate),
      facilitator: session.facilitator.trim(),
      firm: { name: session.firm.name.trim(), accent, accentInk: textOn(accent), monogram: monogramOf(session.firm.name) },
      generatedAt: options.generatedAt.toISOString(),
      generatedLabel: formatDay(localDay(options.generatedAt)),
      appVersion: options.appVersion,
      anonymous,
      fileBaseName: safeFileName(fileBase),
      sessionId: session.id,
    },
    verdict: buildVerdict(summary.verdict),
    keyFigures: keyFigures(session, summary, scores, flags, actions),
    scores,
    radar: radar(summary.radar, accent),
    kpis: session.kpis.map((k) => ({
      name: k.name.trim() || 'Untitled KPI',
      kind: k.kind === 'business' ? 'Business' : 'Model',
      baseline: k.baseline.trim(),
      pilotResult: k.pilotResult.trim(),
      productionTarget: k.productionTarget.trim(),
      threshold: k.threshold.trim(),
      measuredInProduction: formatYesNo(k.measuredInProduction),
    })),
    gaps: framework().gaps.map((gap) => gapSection(session, summary, gap, actions, flags)),
    flags,
    ownership: ownershipRows(session),
    actions,
    votes: voteRecords(session),
    heatmap: heatmap(summary.heatmap),
    disagreements: summary.disagreements.map(disagreementLine),
    appendix: {
      participants: anonymous
        ? null
        : session.participants.map((p) => ({
            name: p.name,
            role: ROLE_LABELS[p.role],
            stance: STANCE_LABELS[p.stance],
            inPilot: p.inPilot ? 'Yes' : 'No',
            note: p.isFacilitator ? (session.settings.facilitatorVotes ? 'Facilitator (votes)' : 'Facilitator (does not vote)') : '',
          })),
      participantCount: session.participants.length,
      byRole: countRows(Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[], ROLE_LABELS, session.participants.map((p) => p.role)),
      byStance: countRows(Object.keys(STANCE_LABELS) as (keyof typeof STANCE_LABELS)[], STANCE_LABELS, session.participants.map((p) => p.stance)),
      ladder: LEVELS.map((level) => ({ ...levelBadge(level), meaning: LADDER_MEANINGS[level] })),
      method: methodSections(session),
    },
  };
}
