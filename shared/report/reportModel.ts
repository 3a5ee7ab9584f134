/**
 * The report as data: everything every document says, already worded and ordered, so the DOCX,
 * the PDF, the deck, the tracker, the CSV, the Markdown and the calendar cannot disagree. Built
 * from a session by `buildReport` (pure); writers only lay it out.
 */
import type { GapId, Level } from '../framework/types';
import type { IconName } from '../framework/icons';
import type { Translator } from '../i18n/translator';
import type { Action, Risk, VerdictValue } from '../model/session';
import type { FirmLogo } from '../model/firmLogo';
import type { ContentsEntry } from './reportFrame';
import type { DecisionRequested, GapStatus, Roadmap } from './reportPlan';
import type { ReportComparison } from './reportComparison';

export type { DecisionRequested, GapStatus, RagStatus, Roadmap, RoadmapBucket, RoadmapBucketId } from './reportPlan';
export type { ComparedSide, ComparisonActionRow, ComparisonFlagRow, ComparisonKpiRow, GapMovementRow, MindChangeRow, ReportComparison, VerdictThenNow } from './reportComparison';

export interface ReportMeta {
  /** "Production readiness assessment". */
  title: string;
  initiative: string;
  client: string;
  useCase: string;
  /** ISO date of the workshop, and how it reads ("12 March 2025"). */
  workshopDate: string;
  workshopDateLabel: string;
  facilitator: string;
  firm: { name: string; accent: string; accentInk: string; monogram: string; logo: FirmLogo | null };
  /** Who wrote the report, for the documents' properties: the facilitator, else the firm. */
  author: string;
  generatedAt: string;
  generatedLabel: string;
  appVersion: string;
  anonymous: boolean;
  /** "Harbourline Energy – Voice agent for customer service", safe as a file name. */
  fileBaseName: string;
  /** The session's id, for stable calendar UIDs. */
  sessionId: string;
  /** The language the documents speak ("de") and the locale their numbers and dates are written in ("de-DE"). */
  language: string;
  locale: string;
}

export interface LevelBadge {
  level: Level;
  name: string;
  fill: string;
  ink: string;
}

export interface ReportVerdict {
  value: VerdictValue;
  label: string;
  reasons: string[];
  /** What the rules alone give, when the facilitator overrode it. */
  computedLabel: string | null;
  overridden: boolean;
  overrideReason: string | null;
  /** A colour for the verdict badge (readable as text on white) and a soft background. */
  color: string;
  soft: string;
  /** One sentence under the verdict. */
  headline: string;
}

export interface GapRef {
  id: GapId;
  number: number;
  name: string;
  color: string;
  icon: IconName;
}

export interface ScoreRow {
  gap: GapRef;
  consensus: LevelBadge | null;
  rationale: string;
  /** The latest revealed round's median and range, "2 (1–4)", or "" without one. */
  votesSummary: string;
  divergent: boolean;
}

export interface KpiRow {
  name: string;
  kind: string;
  baseline: string;
  pilotResult: string;
  productionTarget: string;
  threshold: string;
  measuredInProduction: string;
}

export interface FactRow {
  label: string;
  /** "Pilot", "Production" or "Readiness", in the documents' language. */
  side: string;
  /** False when the value reads "Not recorded". */
  recorded: boolean;
  value: string;
}

export interface RatioRow {
  label: string;
  display: string;
  sentence: string;
  large: boolean;
}

export interface DistributionCell {
  key: Level | 'unsure';
  label: string;
  count: number;
  fill: string;
  ink: string;
}

export interface RoundSummary {
  number: number;
  revealed: boolean;
  voted: number;
  distribution: DistributionCell[];
  median: string;
  /** The median as a number (spreadsheets), null without votes. */
  medianValue: number | null;
  range: string;
  spread: number;
  divergent: boolean;
  twoCamps: boolean;
}

/** One vote of any revealed round. In anonymous mode name, role and stance are null. */
export interface VoteRecord {
  gap: GapRef;
  round: number;
  name: string | null;
  role: string | null;
  stance: string | null;
  /** "3 · Planned" or "Not sure". */
  score: string;
  level: Level | null;
  confidence: string;
  comment: string;
  /** How the vote reached the laptop: "Grid", "Private", "Phone". */
  source: string;
}

export interface CommentRow {
  text: string;
  /** Who wrote it; null in anonymous mode. */
  by: string | null;
}

export interface FlagRow {
  title: string;
  explanation: string;
  fix: string;
  blocking: boolean;
  gap: GapRef | null;
}

export interface ActionRow {
  /** "A1", "A2", … in plan order, the same in every document. */
  ref: string;
  id: string;
  title: string;
  description: string;
  gap: GapRef | null;
  owner: string;
  /** The owner's e-mail, when a participant of that name has one (never in anonymous mode). */
  ownerEmail: string | null;
  dueDate: string | null;
  dueLabel: string;
  priority: Action['priority'];
  priorityLabel: string;
  status: Action['status'];
  statusLabel: string;
  successMeasure: string;
  /** The client's notes from the tracker ("" when none). */
  notes: string;
  /** "Needs an owner", "Needs a due date", "Needs an owner and a due date", or "". */
  attention: string;
}

export interface RiskRow {
  text: string;
  severity: Risk['severity'];
  severityLabel: string;
}

/** Whether a gap's section has a pilot-against-production comparison: a framework of one's own may leave both sides empty. */
export function hasComparison(section: Pick<GapSection, 'pilotUsuallyHad' | 'productionMeans'>): boolean {
  return section.pilotUsuallyHad !== '' || section.productionMeans !== '';
}

export interface StanceComparison {
  /** "Champions 3.3 · Skeptics 1.0", or why it is not shown. */
  text: string;
  split: boolean;
}

export interface GapSection {
  gap: GapRef;
  /** Where the gap stands among the framework's ("Gap 3 of 7"). */
  position: string;
  /** Red, amber or green, with its reason (the same object as in `gapStatus`). */
  status: GapStatus;
  tagline: string;
  pilotUsuallyHad: string;
  productionMeans: string;
  facts: FactRow[];
  ratios: RatioRow[];
  consensus: LevelBadge | null;
  /** The ladder's wording of the consensus level for this gap. */
  consensusDescriptor: string;
  rationale: string;
  rounds: RoundSummary[];
  /** Comments left with the votes of the latest revealed round (anonymous: no names, sorted by text). */
  comments: CommentRow[];
  stances: StanceComparison | null;
  evidence: string[];
  risks: RiskRow[];
  notes: string;
  actions: ActionRow[];
  flags: FlagRow[];
}

export interface LabelValue {
  label: string;
  value: string;
  /** False when the value reads "Not recorded". */
  recorded: boolean;
}

export interface ParticipantRow {
  name: string;
  role: string;
  stance: string;
  inPilot: string;
  note: string;
}

export interface CountRow {
  label: string;
  count: number;
}

export interface HeatmapRow {
  name: string;
  stance: string;
  cells: Array<{ level: Level | null; unsure: boolean; label: string; fill: string; ink: string }>;
}

export interface MethodSection {
  heading: string;
  paragraphs: string[];
}

export interface ReportChart {
  /** Self-contained SVG text. */
  svg: string;
  width: number;
  height: number;
  /** What the chart shows, in words (alt text). */
  alt: string;
}

export interface KeyFigure {
  value: string;
  label: string;
}

export interface ReportModel {
  /** The words of every document, in the session's language (or the one asked for at export). */
  i18n: Translator;
  meta: ReportMeta;
  verdict: ReportVerdict;
  /** The notice page: scope, basis of preparation, limitations, distribution. */
  notice: MethodSection[];
  /** The table of contents; each entry's id anchors its section in every document. */
  contents: ContentsEntry[];
  /** What the steering committee is asked to decide, from the verdict. */
  decisionRequested: DecisionRequested;
  /** Red, amber or green for each gap, framework order, with a one-line reason. */
  gapStatus: GapStatus[];
  /** The open actions in 30/60/90-day buckets from the workshop date. */
  roadmap: Roadmap;
  /** The roadmap picture in the firm's accent (the deck may draw its own size with roadmapSvg). */
  roadmapChart: ReportChart;
  keyFigures: KeyFigure[];
  /** What changed since the baseline, for a re-assessment; null for a first assessment. */
  comparison: ReportComparison | null;
  scores: ScoreRow[];
  radar: ReportChart;
  kpis: KpiRow[];
  gaps: GapSection[];
  flags: FlagRow[];
  ownership: LabelValue[];
  actions: ActionRow[];
  /** Every vote of every revealed round, gap by gap. */
  votes: VoteRecord[];
  /** Participants × gaps, latest revealed round; null in anonymous mode. */
  heatmap: { columns: GapRef[]; rows: HeatmapRow[] } | null;
  /** The room's disagreements and champion–skeptic splits, one line each. */
  disagreements: string[];
  /** The words for every priority and status, for drop-down lists (the tracker). */
  choices: { priorities: string[]; statuses: string[] };
  appendix: {
    /** Named participants; null in anonymous mode (counts only). */
    participants: ParticipantRow[] | null;
    participantCount: number;
    byRole: CountRow[];
    byStance: CountRow[];
    ladder: Array<LevelBadge & { meaning: string }>;
    method: MethodSection[];
  };
}
