/**
 * The facts a workshop captures, and the production ÷ pilot ratios computed from them.
 * Ids are a contract: Frame, the gap stages, the pilot-trap checks and the exports all use them.
 * Their words (label, hint, unit) are the catalogue's, under framework.default.fact.<id>.* and
 * framework.default.unit.*; hints may say "{items}": the form field shows the session's own word there.
 */
import type { FactDefinition, RatioDefinition } from './types';
import { WORK_ITEMS_FACT_ID } from './wording';

const PILOT_FACTS: readonly FactDefinition[] = [
  {
    id: WORK_ITEMS_FACT_ID,
    kind: 'text',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.durationWeeks',
    kind: 'number',
    unitKind: 'weeks',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.records',
    kind: 'number',
    unitKind: 'records',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.sampleRandom',
    kind: 'boolean',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.transactionsPerDay',
    kind: 'number',
    unitKind: 'perDay',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.users',
    kind: 'number',
    unitKind: 'users',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.usersVolunteers',
    kind: 'boolean',
    side: 'pilot',
    hasHint: true,
  },
  {
    id: 'pilot.systemsIntegrated',
    kind: 'number',
    unitKind: 'systems',
    side: 'pilot',
    hasHint: true,
  },
];

const PRODUCTION_FACTS: readonly FactDefinition[] = [
  {
    id: 'production.records',
    kind: 'number',
    unitKind: 'records',
    side: 'production',
    hasHint: true,
  },
  {
    id: 'production.peakTransactionsPerDay',
    kind: 'number',
    unitKind: 'perDay',
    side: 'production',
    hasHint: true,
  },
  {
    id: 'production.concurrentUsers',
    kind: 'number',
    unitKind: 'users',
    side: 'production',
    hasHint: true,
  },
  {
    id: 'production.users',
    kind: 'number',
    unitKind: 'users',
    side: 'production',
    hasHint: true,
  },
  {
    id: 'production.systemsNeeded',
    kind: 'number',
    unitKind: 'systems',
    side: 'production',
    hasHint: true,
  },
];

const READINESS_FACTS: readonly FactDefinition[] = [
  {
    id: 'data.missingFieldRatePct',
    kind: 'number',
    unitKind: 'percent',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'data.rawDataTested',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'data.driftMonitoring',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'users.skepticsIncluded',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'users.trainingPlan',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'load.loadTestAtPeak',
    kind: 'boolean',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'load.latencyCostTargets',
    kind: 'text',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'integration.failureModesTested',
    kind: 'boolean',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'change.rolloutPlan',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'change.feedbackChannel',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'change.adoptionMeasures',
    kind: 'text',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'support.owner',
    kind: 'text',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'support.responseTimes',
    kind: 'text',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'support.incidentsWithoutVendor',
    kind: 'number',
    unitKind: 'incidents',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'support.runbooks',
    kind: 'boolean',
    side: 'readiness',
    hasHint: false,
  },
  {
    id: 'support.rollbackDrill',
    kind: 'boolean',
    side: 'readiness',
    hasHint: true,
  },
  {
    id: 'scope.hardCasesDeferred',
    kind: 'boolean',
    side: 'readiness',
    hasHint: true,
  },
];

export const FACTS: readonly FactDefinition[] = [...PILOT_FACTS, ...PRODUCTION_FACTS, ...READINESS_FACTS];

export const RATIOS: readonly RatioDefinition[] = [
  {
    id: 'ratio.records',
    numeratorFactId: 'production.records',
    denominatorFactId: 'pilot.records',
  },
  {
    id: 'ratio.volume',
    numeratorFactId: 'production.peakTransactionsPerDay',
    denominatorFactId: 'pilot.transactionsPerDay',
  },
  {
    id: 'ratio.users',
    numeratorFactId: 'production.users',
    denominatorFactId: 'pilot.users',
  },
  {
    id: 'ratio.systems',
    numeratorFactId: 'production.systemsNeeded',
    denominatorFactId: 'pilot.systemsIntegrated',
  },
];

const FACTS_BY_ID: ReadonlyMap<string, FactDefinition> = new Map(FACTS.map((fact) => [fact.id, fact]));

export function factById(id: string): FactDefinition | undefined {
  return FACTS_BY_ID.get(id);
}

const RATIOS_BY_ID: ReadonlyMap<string, RatioDefinition> = new Map(RATIOS.map((ratio) => [ratio.id, ratio]));

export function ratioById(id: string): RatioDefinition | undefined {
  return RATIOS_BY_ID.get(id);
}
