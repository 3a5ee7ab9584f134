/**
 * The facts a workshop captures, and the production ÷ pilot ratios computed from them.
 * Ids are a contract: Frame, the gap stages, the pilot-trap checks and the exports all use them.
 * Hints may say "{items}": the form field shows the session's own word there (framework/wording.ts).
 */
import type { FactDefinition, RatioDefinition } from './types';
import { WORK_ITEMS_FACT_ID } from './wording';

const PILOT_FACTS: readonly FactDefinition[] = [
  {
    id: WORK_ITEMS_FACT_ID,
    label: 'What the AI handles, in the team’s own word',
    kind: 'text',
    side: 'pilot',
    hint: 'In the plural, as people here say it: invoices, calls, claims, tickets. Briefings and hints then speak of them.',
  },
  {
    id: 'pilot.durationWeeks',
    label: 'Pilot duration',
    kind: 'number',
    unit: 'weeks',
    side: 'pilot',
    hint: 'How long real users worked with the pilot, not counting build time.',
  },
  {
    id: 'pilot.records',
    label: 'Records used in the pilot',
    kind: 'number',
    unit: 'records',
    side: 'pilot',
    hint: 'Records the model was tuned or judged on, e.g. 500 hand-checked customer files.',
  },
  {
    id: 'pilot.sampleRandom',
    label: 'Pilot sample drawn at random from raw production data?',
    kind: 'boolean',
    side: 'pilot',
    hint: 'Answer no if anyone selected, filtered, cleaned or corrected the records first.',
  },
  {
    id: 'pilot.transactionsPerDay',
    label: 'Pilot transactions per day',
    kind: 'number',
    unit: 'per day',
    side: 'pilot',
    hint: 'A typical pilot day, e.g. 50 {items}.',
  },
  {
    id: 'pilot.users',
    label: 'Pilot users',
    kind: 'number',
    unit: 'users',
    side: 'pilot',
    hint: 'People who used the system for real work during the pilot.',
  },
  {
    id: 'pilot.usersVolunteers',
    label: 'Were the pilot users volunteers?',
    kind: 'boolean',
    side: 'pilot',
    hint: 'Yes if they opted in or were picked as champions; no if they were assigned like anyone else.',
  },
  {
    id: 'pilot.systemsIntegrated',
    label: 'Production systems connected live in the pilot',
    kind: 'number',
    unit: 'systems',
    side: 'pilot',
    hint: 'Count live links to real systems only. Mock APIs, test tenants and file exports count as zero.',
  },
];

const PRODUCTION_FACTS: readonly FactDefinition[] = [
  {
    id: 'production.records',
    label: 'Records in production',
    kind: 'number',
    unit: 'records',
    side: 'production',
    hint: 'Everything the system will meet, history included, e.g. 50,000 records built up over years.',
  },
  {
    id: 'production.peakTransactionsPerDay',
    label: 'Peak transactions per day',
    kind: 'number',
    unit: 'per day',
    side: 'production',
    hint: 'Use the busiest day of the year, not the average, e.g. 5,000 {items}.',
  },
  {
    id: 'production.concurrentUsers',
    label: 'Concurrent users at peak',
    kind: 'number',
    unit: 'users',
    side: 'production',
    hint: 'People or sessions active in the same minute during the busiest hour.',
  },
  {
    id: 'production.users',
    label: 'Users after full rollout',
    kind: 'number',
    unit: 'users',
    side: 'production',
    hint: 'Everyone who will have to use it once it is mandatory.',
  },
  {
    id: 'production.systemsNeeded',
    label: 'Production systems to connect',
    kind: 'number',
    unit: 'systems',
    side: 'production',
    hint: 'For example CRM, ERP, document management, identity, ticketing and legacy applications.',
  },
];

const READINESS_FACTS: readonly FactDefinition[] = [
  {
    id: 'data.missingFieldRatePct',
    label: 'Known missing-field rate',
    kind: 'number',
    unit: '%',
    side: 'readiness',
    hint: 'Share of production records with a required field empty. If nobody knows, leave it blank: that is an answer too.',
  },
  {
    id: 'data.rawDataTested',
    label: 'Tested on raw, uncleaned production data?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'data.driftMonitoring',
    label: 'Data drift monitored, with alerts to a named person?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'users.skepticsIncluded',
    label: 'Skeptics and less technical users included in testing?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'users.trainingPlan',
    label: 'Training plan for every user group?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'load.loadTestAtPeak',
    label: 'Load-tested at production peak?',
    kind: 'boolean',
    side: 'readiness',
    hint: 'Peak daily volume and peak concurrency together, on a production-like environment.',
  },
  {
    id: 'load.latencyCostTargets',
    label: 'Latency and cost targets',
    kind: 'text',
    side: 'readiness',
    hint: 'For example: 95% of answers within 2 seconds at peak; no more than €0.40 per transaction, all costs in.',
  },
  {
    id: 'integration.failureModesTested',
    label: 'Integration failure modes tested?',
    kind: 'boolean',
    side: 'readiness',
    hint: 'A slow dependency, a missing field, a rate-limit rejection, an expired credential.',
  },
  {
    id: 'change.rolloutPlan',
    label: 'Rollout plan with waves and dates?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'change.feedbackChannel',
    label: 'Feedback channel with someone who answers?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'change.adoptionMeasures',
    label: 'How adoption will be measured',
    kind: 'text',
    side: 'readiness',
    hint: 'For example: share of eligible cases handled through the system, per team, each week; overrides logged.',
  },
  {
    id: 'support.owner',
    label: 'Support owner',
    kind: 'text',
    side: 'readiness',
    hint: 'A person and a team inside the organisation, not the vendor.',
  },
  {
    id: 'support.responseTimes',
    label: 'Agreed response and resolution times',
    kind: 'text',
    side: 'readiness',
    hint: 'For example: severity 1 answered in 30 minutes and fixed in 4 hours; severity 2 by the next business day.',
  },
  {
    id: 'support.incidentsWithoutVendor',
    label: 'Incidents resolved without the vendor',
    kind: 'number',
    unit: 'incidents',
    side: 'readiness',
    hint: 'Real or simulated. Zero means the internal team has not yet fixed anything on its own.',
  },
  {
    id: 'support.runbooks',
    label: 'Runbooks written for the likely incidents?',
    kind: 'boolean',
    side: 'readiness',
  },
  {
    id: 'support.rollbackDrill',
    label: 'Rollback rehearsed?',
    kind: 'boolean',
    side: 'readiness',
    hint: 'Actually performed and timed, not only written down.',
  },
  {
    id: 'scope.hardCasesDeferred',
    label: 'Hard cases or unusual requests deferred "for later"?',
    kind: 'boolean',
    side: 'readiness',
    hint: 'Yes if exceptions, edge cases or {items} that leave the usual path were kept out of the pilot.',
  },
];

export const FACTS: readonly FactDefinition[] = [...PILOT_FACTS, ...PRODUCTION_FACTS, ...READINESS_FACTS];

export const RATIOS: readonly RatioDefinition[] = [
  {
    id: 'ratio.records',
    label: 'Production records ÷ pilot records',
    numeratorFactId: 'production.records',
    denominatorFactId: 'pilot.records',
  },
  {
    id: 'ratio.volume',
    label: 'Peak daily volume ÷ pilot daily volume',
    numeratorFactId: 'production.peakTransactionsPerDay',
    denominatorFactId: 'pilot.transactionsPerDay',
  },
  {
    id: 'ratio.users',
    label: 'Production users ÷ pilot users',
    numeratorFactId: 'production.users',
    denominatorFactId: 'pilot.users',
  },
  {
    id: 'ratio.systems',
    label: 'Systems needed ÷ systems integrated in the pilot',
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
