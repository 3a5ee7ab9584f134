/**
 * A framework in one language. Its structure is data (the built-in one: gaps.ts, facts.ts,
 * builtInFramework.ts; a session's own: the copy it carries); its words are ids a translator
 * resolves. localizeFramework(i18n, framework) puts the two together in the shapes screens and
 * documents read, once per framework and translator.
 *
 * The ids are built from the structure (gap "data" → …gap.data.name; fact "pilot.records" →
 * …fact.pilotRecords.label) under a prefix that says whose words they are: framework.default.* are
 * the built-in framework's, in the catalogue; framework.own.* are a session's own framework's, in
 * its `text`, which frameworkTranslator(i18n, framework) reads. Messages stay plain JSON
 * (gapNameMessage(gapId, framework) may cross IPC) and are translated where they are shown, by a
 * translator that knows the session's framework.
 */
import { isLocalizedValue, isMessage, msg, type Message, type MessageId, type MessageValue, type MessageValues, type Translator } from '../i18n';
import { BUILT_IN_FRAMEWORK_ID } from './builtInFramework';
import type { Framework, FrameworkFact, FrameworkGap, FrameworkRatio } from './frameworkSchema';
import type { IconName } from './icons';
import { sessionFramework } from './sessionFramework';
import { LEVELS, type FactUnit, type GapId, type KpiSuggestion, type Level, type LocalizedFact, type LocalizedGap, type LocalizedRatio, type SuggestedAction } from './types';
import { WORK_ITEMS_TOKEN } from './wording';

/** Where the built-in framework's words are: the catalogue. */
export const BUILT_IN_ID_PREFIX = 'framework.default';
/** Where a session's own framework's words are: its `text`, through frameworkTranslator. */
export const OWN_ID_PREFIX = 'framework.own';

export type GapTextPart = 'name' | 'hyphenated' | 'tagline' | 'pilotUsuallyHad' | 'productionMeans';
export type ActionTextPart = 'title' | 'description' | 'successMeasure';

/** "pilot.records" → "pilotRecords", "data.random-raw-sample" → "dataRandomRawSample". */
function idSegment(id: string): string {
  return id.replace(/[.-]+(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * The keys of a framework's words, without prefix: what `Framework.text[language]` holds and what
 * the catalogue holds after "framework.default.".
 */
export const frameworkTextKeys = {
  name: () => 'name',
  description: () => 'description',
  levelName: (level: Level) => `level.${level}.name`,
  gap: (gapId: GapId, part: GapTextPart) => `gap.${gapId}.${part}`,
  question: (gapId: GapId, n: number) => `gap.${gapId}.question.${n}`,
  ladder: (gapId: GapId, level: Level) => `gap.${gapId}.ladder.${level}`,
  /** A suggested action's id is "<gap>.<kebab-name>": data.random-raw-sample → gap.data.action.randomRawSample.title. */
  action: (actionId: string, part: ActionTextPart) => {
    const [gapId, ...rest] = actionId.split('.');
    return `gap.${gapId}.action.${idSegment(rest.join('.'))}.${part}`;
  },
  fact: (factId: string, part: 'label' | 'hint') => `fact.${idSegment(factId)}.${part}`,
  unit: (unit: FactUnit) => `unit.${unit}`,
  ratio: (ratioId: string) => `ratio.${idSegment(ratioId.replace(/^ratio\./, ''))}.label`,
  kpi: (kpiId: string, part: 'name' | 'hint') => `kpi.${idSegment(kpiId.replace(/^kpi\./, ''))}.${part}`,
  workItems: () => 'workItems',
  /** Every word of one gap starts with this. */
  gapPrefix: (gapId: GapId) => `gap.${gapId}.`,
} as const;

type Keys = typeof frameworkTextKeys;
export type FrameworkIds = { readonly [K in keyof Keys]: (...args: Parameters<Keys[K]>) => MessageId };

/** Whether a framework brings its own words (any but the built-in one). */
export function hasOwnWords(framework: Framework | undefined): framework is Framework {
  return framework !== undefined && framework.id !== BUILT_IN_FRAMEWORK_ID;
}

function idsWithPrefix(prefix: string): FrameworkIds {
  const ids: Record<string, (...args: never[]) => MessageId> = {};
  for (const [name, key] of Object.entries(frameworkTextKeys)) {
    ids[name] = (...args: never[]) => `${prefix}.${(key as (...a: never[]) => string)(...args)}` as MessageId;
  }
  return ids as unknown as FrameworkIds;
}

const BUILT_IN_IDS = idsWithPrefix(BUILT_IN_ID_PREFIX);
const OWN_IDS = idsWithPrefix(OWN_ID_PREFIX);

/** The built-in framework's ids (the catalogue test keeps every one of them present). */
export const frameworkIds: FrameworkIds = BUILT_IN_IDS;

/** The ids of a framework's words: the catalogue's for the built-in one (absent), framework.own.* for a session's own. */
export function frameworkIdsFor(framework: Framework | undefined): FrameworkIds {
  return hasOwnWords(framework) ? OWN_IDS : BUILT_IN_IDS;
}

// ---------------------------------------------------------------------------------------------
// The translator that knows a framework's words.

const OWN_PREFIX_DOT = `${OWN_ID_PREFIX}.`;
const PLACEHOLDER = /\{(\w+)\}/g;

/** A framework's text for a key: in the language asked, else in the one it was written in, else in any it holds. */
function ownText(framework: Framework, language: string, key: string): string | undefined {
  const order = [language, language.split('-')[0]!, ...framework.languages];
  for (const tag of order) {
    const text = framework.text[tag]?.[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

const translators = new WeakMap<Translator, WeakMap<Framework, Translator>>();
/** A framework translator's catalogue translator and framework, so helpers given it need not be told the framework again. */
const wrapped = new WeakMap<Translator, { base: Translator; framework: Framework }>();

/** The framework a translator speaks for (frameworkTranslator's), or undefined for a catalogue's. */
export function translatorFramework(i18n: Translator): Framework | undefined {
  return wrapped.get(i18n)?.framework;
}

/**
 * A translator that resolves framework.own.* from the framework's `text` (plain text; "{name}"
 * placeholders are filled, "{items}" stays for wording.ts) and everything else from the catalogue.
 * For the built-in framework (or none) it is the catalogue's translator itself. One per
 * framework and translator, so localizeFramework's cache holds.
 */
export function frameworkTranslator(given: Translator, framework: Framework | undefined): Translator {
  const i18n = wrapped.get(given)?.base ?? given;
  if (!hasOwnWords(framework)) return i18n;
  let forTranslator = translators.get(i18n);
  if (forTranslator === undefined) {
    forTranslator = new WeakMap();
    translators.set(i18n, forTranslator);
  }
  let found = forTranslator.get(framework);
  if (found === undefined) {
    found = makeFrameworkTranslator(i18n, framework);
    forTranslator.set(framework, found);
    wrapped.set(found, { base: i18n, framework });
  }
  return found;
}

function makeFrameworkTranslator(i18n: Translator, framework: Framework): Translator {
  const valueText = (value: MessageValue): MessageValue => {
    if (isLocalizedValue(value)) return value.localized(i18n.locale);
    if (isMessage(value)) return translate(value.id, value.values);
    return value;
  };
  // Nested messages are put in words here, so an own-framework gap name inside a catalogue sentence reads right.
  const resolveValues = (values: MessageValues | undefined): MessageValues | undefined => {
    if (values === undefined) return undefined;
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, isMessage(value) ? valueText(value) : value]));
  };
  function translate(id: string, values?: MessageValues): string {
    if (!id.startsWith(OWN_PREFIX_DOT)) return i18n.t(id as MessageId, resolveValues(values));
    const key = id.slice(OWN_PREFIX_DOT.length);
    const text = ownText(framework, i18n.language, key);
    if (text === undefined) {
      // Words a framework may leave to the app (unit and level names) come from the built-in one;
      // the rest it left empty on purpose (a gap's tagline, what pilots usually had): validation
      // says which words a framework must hold, so an absent one reads as nothing, never as its id.
      const builtIn = `${BUILT_IN_ID_PREFIX}.${key}`;
      return i18n.has(builtIn) ? i18n.t(builtIn as MessageId, resolveValues(values)) : '';
    }
    if (values === undefined) return text;
    return text.replace(PLACEHOLDER, (whole, name: string) => {
      if (!Object.hasOwn(values, name)) return whole;
      const value = valueText(values[name]);
      return value === null || value === undefined ? '' : String(value);
    });
  }
  return {
    language: i18n.language,
    locale: i18n.locale,
    t: (id, values) => translate(id, values),
    text: (message) => translate(message.id, message.values),
    has: (id) => (id.startsWith(OWN_PREFIX_DOT) ? ownText(framework, i18n.language, id.slice(OWN_PREFIX_DOT.length)) !== undefined : i18n.has(id)),
  };
}

// ---------------------------------------------------------------------------------------------
// The framework in one language.

export interface LocalizedFramework {
  /** The language the words are in ("en", "de"). */
  readonly language: string;
  /** The framework's structure these words are for. */
  readonly framework: Framework;
  readonly gaps: readonly LocalizedGap[];
  /** Throws for a gap the framework does not have (a session's schema rules that out). */
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

function localizeGap(t: (id: MessageId) => string, ids: FrameworkIds, gap: FrameworkGap, index: number): LocalizedGap {
  const ladder = Object.fromEntries(LEVELS.map((level) => [level, t(ids.ladder(gap.id, level))])) as Record<Level, string>;
  const suggestedActions: SuggestedAction[] = gap.suggestedActions.map((action) => ({
    ...action,
    title: t(ids.action(action.id, 'title')),
    description: t(ids.action(action.id, 'description')),
    successMeasure: t(ids.action(action.id, 'successMeasure')),
  }));
  return {
    id: gap.id,
    number: index + 1,
    icon: gap.icon as IconName,
    color: gap.color,
    factIds: [...gap.factIds],
    ratioIds: [...gap.ratioIds],
    questionCount: gap.questionCount,
    name: t(ids.gap(gap.id, 'name')),
    tagline: t(ids.gap(gap.id, 'tagline')),
    pilotUsuallyHad: t(ids.gap(gap.id, 'pilotUsuallyHad')),
    productionMeans: t(ids.gap(gap.id, 'productionMeans')),
    questions: Array.from({ length: gap.questionCount }, (_, i) => t(ids.question(gap.id, i + 1))),
    ladder,
    suggestedActions,
  };
}

function localizeFact(i18n: Translator, ids: FrameworkIds, fact: FrameworkFact): LocalizedFact {
  return {
    ...fact,
    label: i18n.t(ids.fact(fact.id, 'label'), KEEP_TOKEN),
    ...(fact.hasHint ? { hint: i18n.t(ids.fact(fact.id, 'hint'), KEEP_TOKEN) } : {}),
    ...(fact.unitKind ? { unit: i18n.t(ids.unit(fact.unitKind)) } : {}),
  };
}

function localizeRatio(i18n: Translator, ids: FrameworkIds, ratio: FrameworkRatio): LocalizedRatio {
  return { ...ratio, label: i18n.t(ids.ratio(ratio.id)) };
}

function build(catalogueTranslator: Translator, framework: Framework | undefined): LocalizedFramework {
  const structure = sessionFramework({ framework });
  const i18n = frameworkTranslator(catalogueTranslator, framework);
  const ids = frameworkIdsFor(framework);
  const t = (messageId: MessageId) => i18n.t(messageId, KEEP_TOKEN);
  const gaps = structure.gaps.map((gap, index) => localizeGap(t, ids, gap, index));
  const facts = structure.facts.map((fact) => localizeFact(i18n, ids, fact));
  const ratios = structure.ratios.map((ratio) => localizeRatio(i18n, ids, ratio));
  const gapsById = new Map(gaps.map((gap) => [gap.id, gap]));
  const factsById = new Map(facts.map((fact) => [fact.id, fact]));
  const ratiosById = new Map(ratios.map((ratio) => [ratio.id, ratio]));
  return {
    language: i18n.language,
    framework: structure,
    gaps,
    gapById(gapId) {
      const gap = gapsById.get(gapId);
      if (!gap) throw new Error(`Unknown gap id: ${String(gapId)}`);
      return gap;
    },
    facts,
    factById: (factId) => factsById.get(factId),
    ratios,
    ratioById: (ratioId) => ratiosById.get(ratioId),
    kpiSuggestions: structure.kpiSuggestions.map((kpi) => ({ ...kpi, name: i18n.t(ids.kpi(kpi.id, 'name')), hint: i18n.t(ids.kpi(kpi.id, 'hint')) })),
    levelNames: Object.fromEntries(LEVELS.map((level) => [level, i18n.t(ids.levelName(level))])) as Record<Level, string>,
    defaultWorkItems: i18n.t(ids.workItems()),
  };
}

const localized = new WeakMap<Framework, WeakMap<Translator, LocalizedFramework>>();

/**
 * A framework in the translator's language: the session's own (its words from its text) or, when
 * absent, the built-in one (its words from the catalogue). Built once per framework and translator.
 */
export function localizeFramework(i18n: Translator, framework: Framework | undefined = translatorFramework(i18n)): LocalizedFramework {
  const key = sessionFramework({ framework });
  let forFramework = localized.get(key);
  if (forFramework === undefined) {
    forFramework = new WeakMap();
    localized.set(key, forFramework);
  }
  let found = forFramework.get(i18n);
  if (found === undefined) {
    found = build(i18n, framework);
    forFramework.set(i18n, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Single words, as text and as messages. `framework` is the session's (absent: the built-in one);
// the text helpers read it through frameworkTranslator, so a plain catalogue translator will do,
// and given a framework translator they follow its framework.

/** A gap's name in the translator's language. */
export function gapName(i18n: Translator, gapId: GapId, framework: Framework | undefined = translatorFramework(i18n)): string {
  return frameworkTranslator(i18n, framework).t(frameworkIdsFor(framework).gap(gapId, 'name'));
}

/** A gap's name with soft hyphens where a long compound may break (charts wrap by themselves). */
export function gapNameHyphenated(i18n: Translator, gapId: GapId, framework: Framework | undefined = translatorFramework(i18n)): string {
  const t = frameworkTranslator(i18n, framework);
  const id = frameworkIdsFor(framework).gap(gapId, 'hyphenated');
  // A framework of one's own may not hyphenate its names: its plain name then.
  return t.has(id) ? t.t(id) : gapName(i18n, gapId, framework);
}

/** A fact's label in the translator's language; the id itself for a fact the framework does not know. */
export function factLabel(i18n: Translator, factId: string, framework: Framework | undefined = translatorFramework(i18n)): string {
  const t = frameworkTranslator(i18n, framework);
  const messageId = frameworkIdsFor(framework).fact(factId, 'label');
  return t.has(messageId) ? t.t(messageId, KEEP_TOKEN) : factId;
}

/** A level's generic name ("Planned", „Geplant“). */
export function levelName(i18n: Translator, level: Level, framework: Framework | undefined = translatorFramework(i18n)): string {
  return frameworkTranslator(i18n, framework).t(frameworkIdsFor(framework).levelName(level));
}

/** A gap's name as a message, for shared/ code that names a gap in what it says. */
export function gapNameMessage(gapId: GapId, framework?: Framework): Message {
  return msg(frameworkIdsFor(framework).gap(gapId, 'name'));
}

/** A level's generic name as a message. */
export function levelNameMessage(level: Level, framework?: Framework): Message {
  return msg(frameworkIdsFor(framework).levelName(level));
}

/** A fact's label as a message (plain JSON: it may cross IPC). */
export function factLabelMessage(factId: string, framework?: Framework): Message {
  return msg(frameworkIdsFor(framework).fact(factId, 'label'));
}

/** A gap's ladder descriptor for a level as a message. */
export function ladderMessage(gapId: GapId, level: Level, framework?: Framework): Message {
  return msg(frameworkIdsFor(framework).ladder(gapId, level));
}
