/**
 * The sample workshop: a voice-agent pilot in an energy supplier's customer-service centre,
 * part-way through, with people, facts, KPIs, votes, flags and actions — for rehearsing and demos.
 * What belongs to a voice channel (calls, accents, noisy lines, containment) is said here, in the
 * session's own facts, notes and KPIs; the framework stays fit for any AI pilot.
 */
import { GAP_IDS, type GapId, type Level } from '../framework/types';
import { createSession } from '../model/createSession';
import { enterStage } from '../phases/agenda';
import type { Action, Participant, Round, Session, Vote, VoteScore } from '../model/session';
import { addDays, localDay } from '../text/dates';

const DAY = 86_400_000;

const PEOPLE: Omit<Participant, 'id'>[] = [
  { name: 'Claire Martin', role: 'other', stance: 'neutral', inPilot: false, isFacilitator: true },
  { name: 'Marta Okafor', role: 'business-owner', stance: 'champion', inPilot: true, isFacilitator: false },
  { name: 'Priya Shah', role: 'operations', stance: 'champion', inPilot: true, isFacilitator: false },
  { name: 'Alex Moreau', role: 'vendor', stance: 'champion', inPilot: true, isFacilitator: false },
  { name: 'Daniel Reyes', role: 'it', stance: 'neutral', inPilot: true, isFacilitator: false },
  { name: 'Sam Carter', role: 'end-user', stance: 'neutral', inPilot: true, isFacilitator: false },
  { name: 'Tom Becker', role: 'support', stance: 'skeptic', inPilot: false, isFacilitator: false },
  { name: 'Lena Fischer', role: 'legal', stance: 'skeptic', inPilot: false, isFacilitator: false },
];

/** Votes per gap in the order of the voters above (facilitator excluded). */
const VOTES: Record<GapId, VoteScore[]> = {
  data: [4, 3, 4, 2, 2, 1, 1],
  users: [3, 3, 4, 2, 2, 2, 'unsure'],
  load: [3, 2, 3, 2, 2, 2, 1],
  integration: [2, 1, 2, 1, 1, 1, 1],
  change: [3, 3, 3, 3, 2, 2, 3],
  support: [3, 2, 3, 2],
};

const CONSENSUS: Partial<Record<GapId, { level: Level; rationale: string }>> = {
  data: { level: 2, rationale: 'Production data is known to be messy; nothing has run on it yet.' },
  users: { level: 2, rationale: 'Only volunteers used it; the wider team has not been trained.' },
  load: { level: 2, rationale: 'Peak volume is 150 times the pilot and no load test is planned.' },
  integration: { level: 1, rationale: 'The pilot ran on exported files; no live system was connected.' },
  change: { level: 3, rationale: 'A rollout outline exists with an owner; workflows still to redesign.' },
};

export function buildSampleWorkshop(id: string, now: number): Session {
  const base = createSession({ initiative: 'Voice agent for customer service', client: 'Harbourline Energy', id, now });
  const participants: Participant[] = PEOPLE.map((p, i) => ({ ...p, id: `${id}-p${i + 1}` }));
  const voters = participants.filter((p) => !p.isFacilitator);

  const rounds: Round[] = GAP_IDS.map((gapId, g) => {
    const votes: Vote[] = VOTES[gapId].map((score, i) => ({
      participantId: voters[i]!.id,
      score,
      confidence: i % 3 === 0 ? 'high' : null,
      comment: '',
      source: i % 2 ? 'private' : 'grid',
      at: now - (6 - g) * 600_000 + i * 1000,
    }));
    const open = gapId === 'support';
    return {
      id: `${id}-r${g + 1}`,
      gapId,
      number: 1,
      status: open ? 'open' : 'revealed',
      openedAt: now - (6 - g) * 600_000,
      revealedAt: open ? null : now - (6 - g) * 600_000 + 300_000,
      votes,
    };
  });
  const firstVote = rounds[0]!.votes[0]!;
  firstVote.comment = 'We tested the call types we know best.';
  rounds[5]!.votes[3]!.comment = 'Who picks up the phone at 2 a.m. when the vendor is not on call?';

  const gaps = { ...base.gaps };
  for (const gapId of GAP_IDS) {
    const consensus = CONSENSUS[gapId];
    const round = rounds.find((r) => r.gapId === gapId)!;
    gaps[gapId] = {
      ...gaps[gapId],
      consensus: consensus ? { ...consensus, roundId: round.id, confirmedAt: (round.revealedAt ?? now) + 120_000 } : null,
    };
  }
  gaps.data.evidence = [{ id: `${id}-e1`, text: 'Pilot used 500 calls picked from the billing queue and transcribed by hand.', createdAt: now - DAY }];
  gaps.data.risks = [
    { id: `${id}-k1`, text: '14% of customer records miss a meter number the agent needs.', severity: 'high', createdAt: now - DAY },
    { id: `${id}-k6`, text: 'No caller with a strong regional accent, and no call from a car or a noisy street, was in the pilot sample.', severity: 'medium', createdAt: now - DAY },
  ];
  gaps.load.risks = [{ id: `${id}-k2`, text: 'Storm days bring 6,000 calls, most within two hours.', severity: 'high', createdAt: now - DAY }];
  gaps.integration.evidence = [{ id: `${id}-e2`, text: 'Customer lookups came from a nightly CSV export, not the CRM.', createdAt: now - DAY }];
  gaps.support.risks = [{ id: `${id}-k3`, text: 'All pilot incidents were fixed by the vendor’s engineers.', severity: 'medium', createdAt: now - DAY }];

  const day = (offset: number) => addDays(localDay(now), offset);
  const action = (n: number, a: Omit<Action, 'id' | 'createdAt' | 'description' | 'status' | 'suggestionId'> & Partial<Action>): Action => ({
    id: `${id}-a${n}`,
    description: '',
    status: 'open',
    suggestionId: null,
    createdAt: now - DAY + n * 1000,
    ...a,
  });
  const actions: Action[] = [
    action(1, { title: 'Evaluate on a random raw production sample', gapId: 'data', owner: 'Daniel Reyes', dueDate: day(21), priority: 'high', successMeasure: 'Containment ≥ 40% on 1,000 random raw calls', suggestionId: 'data.random-raw-sample' }),
    action(2, { title: 'Load-test at storm-day peak', gapId: 'load', owner: 'Daniel Reyes', dueDate: day(35), priority: 'high', successMeasure: '6,000 calls in 2 h with p95 response under 1.5 s', suggestionId: 'load.peak-load-test' }),
    action(3, { title: 'Connect the CRM for customer lookups', gapId: 'integration', owner: '', dueDate: null, priority: 'high', successMeasure: 'Live lookups, with a tested fallback when the CRM is slow', suggestionId: 'integration.critical-system' }),
    action(4, { title: 'Recruit skeptical agents for the next round', gapId: 'users', owner: 'Priya Shah', dueDate: day(14), priority: 'medium', successMeasure: 'At least 10 non-volunteer agents use it for two weeks', suggestionId: 'users.recruit-skeptics' }),
    action(5, { title: 'Name an internal support owner', gapId: 'support', owner: 'Marta Okafor', dueDate: null, priority: 'high', successMeasure: 'Support owner named with on-call cover and a 4-hour response target' }),
  ];

  // The room has worked through Frame, the criteria and five gaps; Support model started ten minutes ago.
  const current = 'gap-support';
  const stagesDone = base.agenda.slice(0, base.agenda.findIndex((s) => s.id === current));
  let agenda = base.agenda.map((s) => {
    const i = stagesDone.indexOf(s);
    return i < 0 ? s : { ...s, startedAt: now - 7200_000 + i * 800_000, completedAt: now - 7200_000 + (i + 1) * 800_000 };
  });
  agenda = enterStage(agenda, current, now - 600_000);

  return {
    ...base,
    useCase: 'A voice agent answers billing and meter-reading calls and hands complex calls to an agent with a summary.',
    facilitator: 'Claire Martin',
    firm: { name: 'Northbridge Advisory', accentColor: '#1f5fbf' },
    facts: {
      'scope.workItems': 'calls',
      'pilot.durationWeeks': 8,
      'pilot.records': 500,
      'production.records': 120_000,
      'pilot.sampleRandom': false,
      'data.missingFieldRatePct': 14,
      'data.rawDataTested': false,
      'data.driftMonitoring': false,
      'pilot.transactionsPerDay': 40,
      'production.peakTransactionsPerDay': 6000,
      'production.concurrentUsers': 120,
      'load.loadTestAtPeak': false,
      'load.latencyCostTargets': 'Response under 1.5 s at p95; under €0.60 per call',
      'pilot.users': 12,
      'production.users': 340,
      'pilot.usersVolunteers': true,
      'users.skepticsIncluded': false,
      'users.trainingPlan': false,
      'pilot.systemsIntegrated': 0,
      'production.systemsNeeded': 4,
      'integration.failureModesTested': false,
      'change.rolloutPlan': true,
      'change.feedbackChannel': true,
      'change.adoptionMeasures': 'Share of eligible calls routed to the agent, weekly',
      'support.owner': '',
      'support.responseTimes': 'Vendor fixed pilot issues within 4 hours',
      'support.incidentsWithoutVendor': 0,
      'support.runbooks': false,
      'support.rollbackDrill': false,
      'scope.hardCasesDeferred': true,
    },
    participants,
    kpis: [
      { id: `${id}-kpi1`, name: 'Containment rate', kind: 'business', baseline: '0%', pilotResult: '62%', productionTarget: '45%', threshold: '≥ 40%', measuredInProduction: false },
      { id: `${id}-kpi2`, name: 'Cost per call', kind: 'business', baseline: '€4.10', pilotResult: '€1.20', productionTarget: '€1.80', threshold: '≤ €2.50', measuredInProduction: false },
      { id: `${id}-kpi3`, name: 'CSAT change', kind: 'business', baseline: '0 pts', pilotResult: '+4 pts', productionTarget: '≥ 0 pts', threshold: '≥ −2 pts', measuredInProduction: false },
      { id: `${id}-kpi4`, name: 'Intent recognition accuracy', kind: 'model', baseline: '—', pilotResult: '94%', productionTarget: '90%', threshold: '', measuredInProduction: false },
    ],
    agenda,
    currentStageId: current,
    rounds,
    gaps,
    ownership: {
      ...base.ownership,
      businessOwner: 'Marta Okafor, Head of Customer Service',
      ownerHasBudget: true,
      ownerHasAuthority: null,
      humanReview: 'Team leads review 50 flagged calls a week',
      escalationPath: 'Warm transfer to the agent queue with the call summary',
      timeline: 'Production decision at the March steering committee',
    },
    actions,
  };
}
