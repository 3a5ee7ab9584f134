/** The framework as data: the six critical gaps between a pilot and production. */
import type { IconName } from './icons';

/** The built-in framework's gaps; a session's own framework names its own (sessionGapIds). */
export const GAP_IDS = ['data', 'users', 'load', 'integration', 'change', 'support'] as const;
export type BuiltInGapId = (typeof GAP_IDS)[number];
/** A gap's id is the framework's: lower-case words joined by hyphens ("data", "governance-legal"). */
export type GapId = string;

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export type FactKind = 'number' | 'boolean' | 'text';

/** The kinds of unit a number fact is counted in; the words are the catalogue's (framework.default.unit.*). */
export const FACT_UNITS = ['weeks', 'records', 'perDay', 'users', 'systems', 'percent', 'incidents'] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/**
 * The structure of the framework lives here, in code; its words live in the catalogue under
 * framework.default.* and come back through localizeFramework(i18n) (framework/localize.ts).
 * A framework a consultant edits will be the same structure as data, with text per language.
 */

/** A fact the room captures. Ids are shared by Frame and the gap stages, so one value serves both. */
export interface FactDefinition {
  id: string;
  kind: FactKind;
  /** What a number is counted in; its word is shown after the field. */
  unitKind?: FactUnit;
  /** Whether the catalogue has a hint shown under the field (why it matters, an example answer). */
  hasHint: boolean;
  /** Which side of the comparison the fact describes. */
  side: 'pilot' | 'production' | 'readiness';
}

/** A ratio the app computes from two number facts (production ÷ pilot). */
export interface RatioDefinition {
  id: string;
  numeratorFactId: string;
  denominatorFactId: string;
}

export interface SuggestedActionDefinition {
  id: string;
  priority: 'high' | 'medium' | 'low';
}

export interface GapDefinition {
  id: GapId;
  number: number;
  /** The gap's icon (shared/framework/icons.ts), the same in the window and every document. */
  icon: IconName;
  /** The gap's colour, everywhere (rail, radar, heatmap, documents); hex, readable on white. */
  color: string;
  factIds: string[];
  ratioIds: string[];
  /** How many questions the catalogue holds for the gap (…question.1 to …question.n). */
  questionCount: number;
  suggestedActions: SuggestedActionDefinition[];
}

export interface KpiSuggestionDefinition {
  id: string;
  kind: 'business' | 'model';
}

// The same shapes in one language: what screens, documents and the room show.

export interface LocalizedFact extends FactDefinition {
  label: string;
  /** Shown under the field; may say "{items}" (framework/wording.ts). */
  hint?: string;
  /** The unit's word, shown after a number ("records", "per day", "%"). */
  unit?: string;
}

export interface LocalizedRatio extends RatioDefinition {
  label: string;
}

export interface SuggestedAction extends SuggestedActionDefinition {
  title: string;
  description: string;
  successMeasure: string;
}

export interface LocalizedGap extends GapDefinition {
  name: string;
  /** A short line for the rail and headings. */
  tagline: string;
  /** May say "{items}" (framework/wording.ts), like the questions and production means. */
  pilotUsuallyHad: string;
  productionMeans: string;
  questions: string[];
  /** Descriptor per level, worded for this gap. */
  ladder: Readonly<Record<Level, string>>;
  suggestedActions: SuggestedAction[];
}

export interface KpiSuggestion extends KpiSuggestionDefinition {
  name: string;
  hint: string;
}
