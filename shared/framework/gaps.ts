/**
 * The six critical gaps between a pilot and production, as structure: id, number, icon, colour,
 * the facts and ratios each gap reads, how many questions it asks and which actions it suggests.
 * The words (name, what the pilot usually had, what production means, the questions, the five-rung
 * ladder, the suggested actions) are the catalogue's, under framework.default.gap.<id>.*, and come
 * back in a language through localizeFramework(i18n) (framework/localize.ts). They fit any AI
 * pilot; "{items}" stands for the session's own word for its unit of work (framework/wording.ts).
 *
 * Colours: the Okabe–Ito hues that reach 3:1 on white (blue, vermillion, bluish green, reddish
 * purple), Tol's indigo, and Okabe–Ito black softened to charcoal. All are told apart by people
 * with common colour-vision deficiencies, and every one is readable on white as a graphic.
 */
import type { GapDefinition, GapId } from './types';

const DATA: GapDefinition = {
  id: 'data',
  number: 1,
  icon: 'database',
  color: '#0072B2',
  factIds: ['pilot.records', 'production.records', 'pilot.sampleRandom', 'data.missingFieldRatePct', 'data.rawDataTested', 'data.driftMonitoring'],
  ratioIds: ['ratio.records'],
  questionCount: 6,
  suggestedActions: [
    { id: 'data.random-raw-sample', priority: 'high' },
    { id: 'data.profile-production', priority: 'high' },
    { id: 'data.hard-cases', priority: 'medium' },
    { id: 'data.drift-monitoring', priority: 'medium' },
  ],
};

const USERS: GapDefinition = {
  id: 'users',
  number: 2,
  icon: 'users',
  color: '#D55E00',
  factIds: ['pilot.users', 'production.users', 'pilot.usersVolunteers', 'users.skepticsIncluded', 'users.trainingPlan'],
  ratioIds: ['ratio.users'],
  questionCount: 6,
  suggestedActions: [
    { id: 'users.recruit-skeptics', priority: 'high' },
    { id: 'users.training-plan', priority: 'medium' },
    { id: 'users.unaided-sessions', priority: 'medium' },
  ],
};

const LOAD: GapDefinition = {
  id: 'load',
  number: 3,
  icon: 'gauge',
  color: '#009E73',
  factIds: ['pilot.transactionsPerDay', 'production.peakTransactionsPerDay', 'production.concurrentUsers', 'load.loadTestAtPeak', 'load.latencyCostTargets'],
  ratioIds: ['ratio.volume'],
  questionCount: 6,
  suggestedActions: [
    { id: 'load.peak-load-test', priority: 'high' },
    { id: 'load.latency-cost-targets', priority: 'high' },
    { id: 'load.capacity-monitoring', priority: 'medium' },
  ],
};

const INTEGRATION: GapDefinition = {
  id: 'integration',
  number: 4,
  icon: 'plug',
  color: '#CC79A7',
  factIds: ['pilot.systemsIntegrated', 'production.systemsNeeded', 'integration.failureModesTested'],
  ratioIds: ['ratio.systems'],
  questionCount: 6,
  suggestedActions: [
    { id: 'integration.critical-system', priority: 'high' },
    { id: 'integration.failure-modes', priority: 'high' },
    { id: 'integration.interface-inventory', priority: 'medium' },
  ],
};

const CHANGE: GapDefinition = {
  id: 'change',
  number: 5,
  icon: 'compass',
  color: '#332288',
  factIds: ['change.rolloutPlan', 'change.feedbackChannel', 'change.adoptionMeasures'],
  ratioIds: [],
  questionCount: 6,
  suggestedActions: [
    { id: 'change.rollout-plan', priority: 'high' },
    { id: 'change.workflow-redesign', priority: 'high' },
    { id: 'change.feedback-channel', priority: 'medium' },
    { id: 'change.adoption-measures', priority: 'medium' },
  ],
};

const SUPPORT: GapDefinition = {
  id: 'support',
  number: 6,
  icon: 'lifebuoy',
  color: '#4D4D4D',
  factIds: ['support.owner', 'support.responseTimes', 'support.incidentsWithoutVendor', 'support.runbooks', 'support.rollbackDrill'],
  ratioIds: [],
  questionCount: 7,
  suggestedActions: [
    { id: 'support.support-model', priority: 'high' },
    { id: 'support.runbooks-handover', priority: 'high' },
    { id: 'support.rollback-drill', priority: 'high' },
    { id: 'support.restate-success-criteria', priority: 'medium' },
  ],
};

export const GAPS: readonly GapDefinition[] = [DATA, USERS, LOAD, INTEGRATION, CHANGE, SUPPORT];

export function gapById(id: GapId): GapDefinition {
  const gap = GAPS.find((candidate) => candidate.id === id);
  if (!gap) throw new Error(`Unknown gap id: ${String(id)}`);
  return gap;
}
