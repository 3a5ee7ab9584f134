/**
 * The built-in six-gap framework as data: the structure the code holds (gaps.ts, facts.ts,
 * kpiSuggestions.ts, the default agenda's timeboxes, the product's verdict rules) and, when asked
 * with catalogues, its words taken from their framework.default.* entries. It cannot be edited or
 * broken: a consultant's own method starts as a copy of it (or blank) in the framework library.
 */
import { placeholderText } from '../i18n/compiledMessage';
import type { Catalogue } from '../i18n/translator';
import { FACTS, RATIOS } from './facts';
import { FRAMEWORK_CHECK_IDS } from './checkIds';
import type { Framework, FrameworkStage, VerdictRules } from './frameworkSchema';
import { GAPS } from './gaps';
import { KPI_SUGGESTIONS } from './kpiSuggestions';
import type { RoleId } from './roles';

export const BUILT_IN_FRAMEWORK_ID = 'default';
/** The prefix of the built-in framework's words in the catalogues. */
export const BUILT_IN_TEXT_PREFIX = 'framework.default.';

/** The product's defaults (PRODUCT's verdict rules), which the built-in framework keeps. */
export const DEFAULT_VERDICT_RULES: VerdictRules = {
  notYetAtOrBelow: 1,
  atRiskAtOrBelow: 2,
  goAtOrAbove: 4,
  blockingChecks: ['metric-mirage', 'ownership-vacuum'],
};

/** The people who must run the system in production: without one of each the room misses a voice. */
export const DEFAULT_REQUIRED_ROLES: readonly RoleId[] = ['it', 'operations', 'support', 'legal'];

const DEFAULT_TIMEBOX = { frame: 20, criteria: 20, gap: 25, ownership: 20, verdict: 15, actions: 25, export: 5 } as const;

function defaultStages(): FrameworkStage[] {
  const stage = (kind: FrameworkStage['kind'], gapId: string | null = null): FrameworkStage => ({ kind, gapId, timeboxMinutes: DEFAULT_TIMEBOX[kind] });
  return [stage('frame'), stage('criteria'), ...GAPS.map((gap) => stage('gap', gap.id)), stage('ownership'), stage('verdict'), stage('actions'), stage('export')];
}

/** The words of one language: the catalogue's framework.default.* entries, without the prefix. */
export function builtInText(catalogue: Catalogue): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, message] of Object.entries(catalogue)) {
    if (!key.startsWith(BUILT_IN_TEXT_PREFIX)) continue;
    // A catalogue read from its file holds the source; the window's is parsed by the build.
    const words = typeof message === 'string' ? message : placeholderText(message);
    if (words !== null) text[key.slice(BUILT_IN_TEXT_PREFIX.length)] = words;
  }
  return text;
}

/**
 * The built-in framework as data, with its words in each catalogue given (the first language
 * first). With none, `text` is empty: the structure alone, for rules that read no words.
 */
export function builtInFramework(cataloguesByLanguage: Readonly<Record<string, Catalogue>> = {}): Framework {
  const languages = Object.keys(cataloguesByLanguage);
  return {
    id: BUILT_IN_FRAMEWORK_ID,
    revision: 1,
    basedOn: null,
    createdAt: 0,
    updatedAt: 0,
    languages: languages.length > 0 ? languages : ['en'],
    text: Object.fromEntries(languages.map((language) => [language, builtInText(cataloguesByLanguage[language]!)])),
    gaps: GAPS.map((gap) => ({
      id: gap.id,
      icon: gap.icon as Framework['gaps'][number]['icon'],
      color: gap.color as Framework['gaps'][number]['color'],
      factIds: [...gap.factIds],
      ratioIds: [...gap.ratioIds],
      questionCount: gap.questionCount,
      suggestedActions: gap.suggestedActions.map((action) => ({ ...action })),
    })),
    facts: FACTS.map((fact) => ({ ...fact })),
    ratios: RATIOS.map((ratio) => ({ ...ratio })),
    kpiSuggestions: KPI_SUGGESTIONS.map((kpi) => ({ ...kpi })),
    agenda: defaultStages(),
    verdictRules: { ...DEFAULT_VERDICT_RULES, blockingChecks: [...DEFAULT_VERDICT_RULES.blockingChecks] },
    checks: [...FRAMEWORK_CHECK_IDS],
    requiredRoles: [...DEFAULT_REQUIRED_ROLES],
  };
}
