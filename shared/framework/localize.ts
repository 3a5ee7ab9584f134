/**
 * The built-in framework in one language. Its structure is code (gaps.ts, facts.ts, types.ts);
 * its words are the catalogue's, under framework.default.*. localizeFramework(i18n) puts the two
 * together in the shapes screens and documents read, once per translator.
 *
 * The ids are built from the structure (gap "data" → framework.default.gap.data.name; fact
 * "pilot.records" → framework.default.fact.pilotRecords.label), so a framework edited as data can
 * later bring its own text per language under its own prefix.
 */
import { msg, type Message, type MessageId, type Translator } from '../i18n';
import { FACTS, RATIOS } from './facts';
import { GAPS } from './gaps';
import { KPI_SUGGESTIONS } from './kpiSuggestions';
import { LEVELS, type FactDefinition, type FactUnit, type GapDefinition, type GapId, type KpiSuggestion, type Level, type LocalizedFact, type LocalizedGap, type LocalizedRatio, type RatioDefinition, type SuggestedAction } from './types';
import { WORK_ITEMS_TOKEN } from './wording';

const PREFIX = 'framework.default';

/** "pilot.records" → "pilotRecords", "data.random-raw-sample" → "dataRandomRawSample". */
function idSegment(id: string): string {
  return id.replace(/[.-]+(\w)/g, (_, c: string) => c.toUpperCase());
}

/** The ids are built from the structure; the catalogue test keeps every one of them present. */
const id = (key: string) => `${PREFIX}.${key}` as MessageId;

export const frameworkIds = {
  levelName: (level: Level) => id(`level.${level}.name`),
  gap: (gapId: GapId, part: 'name' | 'hyphenated' | 'tagline' | 'pilotUsuallyHad' | 'productionMeans') => id(`gap.${gapId}.${part}`),
  question: (gapId: GapId, n: number) => id(`gap.${gapId}.question.${n}`),
  ladder: (gapId: GapId, level: Level) => id(`gap.${gapId}.ladder.${level}`),
  /** A suggested action's id is "<gap>.<kebab-name>": data.random-raw-sample → …gap.data.action.randomRawSample.title. */
  action: (actionId: string, part: 'title' | 'description' | 'successMeasure') => {
    const [gapId, ...rest] = actionId.split('.');
    return id(`gap.${gapId}.action.${idSegment(rest.join('.'))}.${part}`);
  },
  fact: (factId: string, part: 'label' | 'hint') => id(`fact.${idSegment(factId)}.${part}`),
  unit: (unit: FactUnit) => id(`unit.${unit}`),
  ratio: (ratioId: string) => id(`ratio.${idSegment(ratioId.replace(/^ratio\./, ''))}.label`),
  kpi: (kpiId: string, part: 'name' | 'hint') => id(`kpi.${idSegment(kpiId.replace(/^kpi\./, ''))}.${part}`),
  workItems: () => id('workItems'),
} as const;

export interface LocalizedFramework {
  /** The language the words are in ("en", "de"). */
  readonly language: string;
  readonly gaps: readonly LocalizedGap[];
  gapById(id: GapId): LocalizedGap;
  readonly facts: readonly LocalizedFact[];
  factById(id: string): LocalizedFact | undefined;
  readonly ratios: readonly LocalizedRatio[];
  ratioById(id: string): LocalizedRatio | undefined;
  readonly kpiSuggestions: readonly KpiSuggestion[];
  /** The generic names of the five rungs; each gap words its own descriptor for them. */
  readonly levelNames: Readonly<Record<Level, string>>;
  /** The word for the unit of work when a session records none ("cases", "Fälle"). */
  readonly defaultWorkItems: string;
}

// Framework texts keep "{items}" for the session's word (wording.ts fills it in per session).
const KEEP_TOKEN = { items: WORK_ITEMS_TOKEN } as const;

function localizeGap(i18n: Translator, gap: GapDefinition): LocalizedGap {
  const t = (messageId: MessageId) => i18n.t(messageId, KEEP_TOKEN);
  const ladder = Object.fromEntries(LEVELS.map((level) => [level, t(frameworkIds.ladder(gap.id, level))])) as Record<Level, string>;
  const suggestedActions: SuggestedAction[] = gap.suggestedActions.map((action) => ({
    ...action,
    title: t(frameworkIds.action(action.id, 'title')),
    description: t(frameworkIds.action(action.id, 'description')),
    successMeasure: t(frameworkIds.action(action.id, 'successMeasure')),
  }));
  return {
    ...gap,
    name: t(frameworkIds.gap(gap.id, 'name')),
    tagline: t(frameworkIds.gap(gap.id, 'tagline')),
    pilotUsuallyHad: t(frameworkIds.gap(gap.id, 'pilotUsuallyHad')),
    productionMeans: t(frameworkIds.gap(gap.id, 'productionMeans')),
    questions: Array.from({ length: gap.questionCount }, (_, i) => t(frameworkIds.question(gap.id, i + 1))),
    ladder,
    suggestedActions,
  };
}

function localizeFact(i18n: Translator, fact: FactDefinition): LocalizedFact {
  return {
    ...fact,
    label: i18n.t(frameworkIds.fact(fact.id, 'label'), KEEP_TOKEN),
    ...(fact.hasHint ? { hint: i18n.t(frameworkIds.fact(fact.id, 'hint'), KEEP_TOKEN) } : {}),
    ...(fact.unitKind ? { unit: i18n.t(frameworkIds.unit(fact.unitKind)) } : {}),
  };
}

function localizeRatio(i18n: Translator, ratio: RatioDefinition): LocalizedRatio {
  return { ...ratio, label: i18n.t(frameworkIds.ratio(ratio.id)) };
}

function build(i18n: Translator): LocalizedFramework {
  const gaps = GAPS.map((gap) => localizeGap(i18n, gap));
  const facts = FACTS.map((fact) => localizeFact(i18n, fact));
  const ratios = RATIOS.map((ratio) => localizeRatio(i18n, ratio));
  const factsById = new Map(facts.map((fact) => [fact.id, fact]));
  const ratiosById = new Map(ratios.map((ratio) => [ratio.id, ratio]));
  return {
    language: i18n.language,
    gaps,
    gapById(gapId) {
      const gap = gaps.find((candidate) => candidate.id === gapId);
      if (!gap) throw new Error(`Unknown gap id: ${String(gapId)}`);
      return gap;
    },
    facts,
    factById: (factId) => factsById.get(factId),
    ratios,
    ratioById: (ratioId) => ratiosById.get(ratioId),
    kpiSuggestions: KPI_SUGGESTIONS.map((kpi) => ({ ...kpi, name: i18n.t(frameworkIds.kpi(kpi.id, 'name')), hint: i18n.t(frameworkIds.kpi(kpi.id, 'hint')) })),
    levelNames: Object.fromEntries(LEVELS.map((level) => [level, i18n.t(frameworkIds.levelName(level))])) as Record<Level, string>,
    defaultWorkItems: i18n.t(frameworkIds.workItems()),
  };
}

const byTranslator = new WeakMap<Translator, LocalizedFramework>();

/** The built-in framework in the translator's language; built once per translator. */
export function localizeFramework(i18n: Translator): LocalizedFramework {
  let found = byTranslator.get(i18n);
  if (found === undefined) {
    found = build(i18n);
    byTranslator.set(i18n, found);
  }
  return found;
}

/** A gap's name in the translator's language. */
export function gapName(i18n: Translator, gapId: GapId): string {
  return i18n.t(frameworkIds.gap(gapId, 'name'));
}

/** A gap's name with soft hyphens where a long compound may break (charts wrap by themselves). */
export function gapNameHyphenated(i18n: Translator, gapId: GapId): string {
  return i18n.t(frameworkIds.gap(gapId, 'hyphenated'));
}

/** A fact's label in the translator's language; the id itself for a fact the framework does not know. */
export function factLabel(i18n: Translator, factId: string): string {
  const messageId = frameworkIds.fact(factId, 'label');
  return i18n.has(messageId) ? i18n.t(messageId, KEEP_TOKEN) : factId;
}

/** A level's generic name ("Planned", „Geplant“). */
export function levelName(i18n: Translator, level: Level): string {
  return i18n.t(frameworkIds.levelName(level));
}

/** A gap's name as a message, for shared/ code that names a gap in what it says. */
export function gapNameMessage(gapId: GapId): Message {
  return msg(frameworkIds.gap(gapId, 'name'));
}

/** A level's generic name as a message. */
export function levelNameMessage(level: Level): Message {
  return msg(frameworkIds.levelName(level));
}

/** A fact's label as a message (plain JSON: it may cross IPC). */
export function factLabelMessage(factId: string): Message {
  return msg(frameworkIds.fact(factId, 'label'));
}

/** A gap's ladder descriptor for a level as a message. */
export function ladderMessage(gapId: GapId, level: Level): Message {
  return msg(frameworkIds.ladder(gapId, level));
}
