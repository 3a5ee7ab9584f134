/** The framework as data: the six critical gaps between a pilot and production. */
import type { IconName } from './icons';

export const GAP_IDS = ['data', 'users', 'load', 'integration', 'change', 'support'] as const;
export type GapId = (typeof GAP_IDS)[number];

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

/** The generic names of the five rungs; each gap words its own descriptor for them. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  1: 'Pilot only',
  2: 'Gap understood',
  3: 'Planned',
  4: 'Tested',
  5: 'Proven',
};

export type FactKind = 'number' | 'boolean' | 'text';

/** A fact the room captures. Ids are shared by Frame and the gap stages, so one value serves both. */
export interface FactDefinition {
  id: string;
  label: string;
  kind: FactKind;
  /** Shown under the field: why this number matters, or an example answer. */
  hint?: string;
  /** Unit shown after a number ("records", "per day", "%"). */
  unit?: string;
  /** Which side of the comparison the fact describes. */
  side: 'pilot' | 'production' | 'readiness';
}

/** A ratio the app computes from two number facts (production ÷ pilot). */
export interface RatioDefinition {
  id: string;
  label: string;
  numeratorFactId: string;
  denominatorFactId: string;
}

export interface SuggestedAction {
  id: string;
  title: string;
  description: string;
  successMeasure: string;
  priority: 'high' | 'medium' | 'low';
}

export interface GapDefinition {
  id: GapId;
  number: number;
  name: string;
  /** A short line for the rail and headings. */
  tagline: string;
  /** The gap's icon (shared/framework/icons.ts), the same in the window and every document. */
  icon: IconName;
  /** The gap's colour, everywhere (rail, radar, heatmap, documents); hex, readable on white. */
  color: string;
  pilotUsuallyHad: string;
  productionMeans: string;
  factIds: string[];
  ratioIds: string[];
  questions: string[];
  /** Descriptor per level, worded for this gap. */
  ladder: Readonly<Record<Level, string>>;
  suggestedActions: SuggestedAction[];
}

export interface KpiSuggestion {
  id: string;
  name: string;
  kind: 'business' | 'model';
  hint: string;
}
