/**
 * A framework as data: the gaps a workshop assesses, their facts, ladders, questions and suggested
 * actions, the level names, the agenda, the verdict rules, the checks that apply and the roles
 * the room needs. The built-in six-gap framework is one of these (builtInFramework.ts); a
 * consultancy's own method is another, kept in the framework library, carried by every session
 * made from it and shared as a .rrframework file.
 *
 * Structure and words are apart, as for the built-in one: the structure is below, and the words
 * are `text[language][key]`, keyed like the built-in catalogue's framework.default.* ids without
 * the prefix ("gap.governance.name", "gap.governance.ladder.3", "level.2.name",
 * "fact.pilotRecords.label"; frameworkTextKeys in localize.ts builds them). A framework may hold
 * one language or several; `languages` says which, the first being the one it was written in.
 *
 * The schema is strict like a session's: a file can bring no key the app does not know. What a
 * schema cannot say (two gaps with one name, an agenda naming a gap the framework lacks) is
 * checked by validateFramework, which answers in sentences.
 */
import { z } from 'zod';
import { LANGUAGE_TAG } from '../i18n/languageTags';
import { FRAMEWORK_CHECK_IDS } from './checkIds';
import { GAP_COLORS, GAP_ICONS } from './gapPalette';
import { FACT_UNITS, LEVELS } from './types';
import { ROLES } from './roles';

import { MAX_GAPS, MIN_GAPS, STAGE_KINDS } from './frameworkLimits';

export { MAX_GAPS, MIN_GAPS, STAGE_KINDS };

/** Ids are part of keys and file names: lower-case words joined by hyphens ("governance-legal"). */
export const FrameworkItemIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens').max(40);
/** Fact and ratio ids are dotted ("pilot.records", "ratio.records"), as in the built-in framework. */
export const FactIdSchema = z.string().regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/, 'dotted words').max(64);
/** A suggested action's id is "<gap id>.<name>" ("data.random-raw-sample"). */
export const SuggestedActionIdSchema = z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, '<gap>.<name>').max(80);

const TEXT_KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+){0,5}$/;
const MAX_TEXT = 4000;
const MAX_TEXT_KEYS = 3000;

/** One language's words: key → text. Plain text; "{items}" stands for the session's word for its unit of work. */
export const FrameworkLanguageTextSchema = z
  .record(z.string().regex(TEXT_KEY).max(120), z.string().max(MAX_TEXT))
  .refine((entries) => Object.keys(entries).length <= MAX_TEXT_KEYS, `at most ${MAX_TEXT_KEYS} texts per language`);

export const FrameworkFactSchema = z.strictObject({
  id: FactIdSchema,
  kind: z.enum(['number', 'boolean', 'text']),
  unitKind: z.enum(FACT_UNITS).optional(),
  hasHint: z.boolean(),
  side: z.enum(['pilot', 'production', 'readiness']),
});

export const FrameworkRatioSchema = z.strictObject({
  id: FactIdSchema,
  numeratorFactId: FactIdSchema,
  denominatorFactId: FactIdSchema,
});

export const FrameworkGapSchema = z.strictObject({
  id: FrameworkItemIdSchema,
  icon: z.enum(GAP_ICONS),
  color: z.enum(GAP_COLORS),
  factIds: z.array(FactIdSchema).max(30),
  ratioIds: z.array(FactIdSchema).max(10),
  questionCount: z.number().int().min(0).max(20),
  suggestedActions: z.array(z.strictObject({ id: SuggestedActionIdSchema, priority: z.enum(['high', 'medium', 'low']) })).max(30),
});

export const FrameworkKpiSuggestionSchema = z.strictObject({
  id: FactIdSchema,
  kind: z.enum(['business', 'model']),
});

/** One stage of the agenda a session made from the framework starts with. */
export const FrameworkStageSchema = z.strictObject({
  kind: z.enum(STAGE_KINDS),
  /** The gap a "gap" stage assesses; null for every other kind. */
  gapId: FrameworkItemIdSchema.nullable(),
  timeboxMinutes: z.number().int().min(1).max(600),
});

const LevelValueSchema = z.union(LEVELS.map((level) => z.literal(level)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>]);

/**
 * The verdict's thresholds (shared/scoring/verdict.ts reads them). The built-in values are the
 * product's defaults: a gap at 1 holds the verdict at "Not yet"; a gap at 2 or below needs an
 * owned, dated action; "Go" needs every gap at 4 or above and no open flag.
 */
export const VerdictRulesSchema = z.strictObject({
  /** A gap at or below this level holds the verdict at "Not yet", whatever actions it has. */
  notYetAtOrBelow: LevelValueSchema,
  /** A gap at or below this level is at risk: without an owned, dated action it holds "Not yet". */
  atRiskAtOrBelow: LevelValueSchema,
  /** "Go" needs every gap at or above this level (and no open flag). */
  goAtOrAbove: LevelValueSchema,
  /** The checks whose flags hold the verdict at "Not yet". */
  blockingChecks: z.array(z.enum(FRAMEWORK_CHECK_IDS)).max(FRAMEWORK_CHECK_IDS.length),
});

export const FrameworkSchema = z.strictObject({
  /** "default" for the built-in framework; a random id for every other. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** Counts the edits a template has had; a session keeps the revision it was made from. */
  revision: z.number().int().min(1).max(1_000_000),
  /** The framework it was duplicated from ("default" for a copy of the built-in one), or null. */
  basedOn: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).nullable(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** The languages its words are in, the first being the one it was written in. */
  languages: z.array(z.string().regex(LANGUAGE_TAG)).min(1).max(20),
  /** Words per language: "name", "description", "workItems", "level.<n>.name", "gap.<id>.*", "fact.*", "ratio.*", "kpi.*". */
  text: z.record(z.string().regex(LANGUAGE_TAG), FrameworkLanguageTextSchema),
  gaps: z.array(FrameworkGapSchema).min(MIN_GAPS).max(MAX_GAPS),
  facts: z.array(FrameworkFactSchema).max(200),
  ratios: z.array(FrameworkRatioSchema).max(30),
  kpiSuggestions: z.array(FrameworkKpiSuggestionSchema).max(50),
  agenda: z.array(FrameworkStageSchema).min(1).max(50),
  verdictRules: VerdictRulesSchema,
  /** The checks that run for sessions of this framework (each applies where its facts exist). */
  checks: z.array(z.enum(FRAMEWORK_CHECK_IDS)).max(FRAMEWORK_CHECK_IDS.length),
  /** Roles someone in the room must hold, or the "missing voices" check flags the session. */
  requiredRoles: z.array(z.enum(ROLES)).max(ROLES.length),
});

export type FrameworkFact = z.infer<typeof FrameworkFactSchema>;
export type FrameworkRatio = z.infer<typeof FrameworkRatioSchema>;
export type FrameworkGap = z.infer<typeof FrameworkGapSchema>;
export type FrameworkStage = z.infer<typeof FrameworkStageSchema>;
export type VerdictRules = z.infer<typeof VerdictRulesSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
export type FrameworkLanguageText = z.infer<typeof FrameworkLanguageTextSchema>;
