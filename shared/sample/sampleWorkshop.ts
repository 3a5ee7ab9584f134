/**
 * The sample workshop: a voice-agent pilot in an energy supplier's customer-service centre,
 * part-way through, with people, facts, KPIs, votes, flags and actions — for rehearsing and demos.
 * What belongs to a voice channel (calls, accents, noisy lines, containment) is said here, in the
 * session's own facts, notes and KPIs; the framework stays fit for any AI pilot.
 *
 * Its words are the catalogue's (sample.*): a sample created in German reads as a German client's
 * workshop, with German names, amounts and figures, not as a translation.
 */
import { GAP_IDS, type BuiltInGapId, type Level } from '../framework/types';
import { DEFAULT_LANGUAGE, translatorNow, type MessageId, type Translator } from '../i18n';
import { createSession, emptyGapAssessment } from '../model/createSession';
import { enterStage } from '../phases/agenda';
import type { Action, GapAssessment, Participant, Round, Session, Vote, VoteScore } from '../model/session';
import { addDays, localDay } from '../text/dates';

const DAY = 86_400_000;

/** The people in the room; their names are the catalogue's (sample.person.<key>). */
const PEOPLE: (Omit<Participant, 'id' | 'name'> & { key: string })[] = [
  { key: 'facilitator', role: 'other', stance: 'neutral', inPilot: false, isFacilitator: true },
  { key: 'businessOwner', role: 'business-owner', stance: 'champion', inPilot: true, isFacilitator: false },
  { key: 'operations', role: 'operations', stance: 'champion', inPilot: true, isFacilitator: false },
  { key: 'vendor', role: 'vendor', stance: 'champion', inPilot: true, isFacilitator: false },
  { key: 'it', role: 'it', stance: 'neutral', inPilot: true, isFacilitator: false },
  { key: 'endUser', role: 'end-user', stance: 'neutral', inPilot: true, isFacilitator: false },
  { key: 'support', role: 'support', stance: 'skeptic', inPilot: false, isFacilitator: false },
  { key: 'legal', role: 'legal', stance: 'skeptic', inPilot: false, isFacilitator: false },
];

/** Votes per gap in the order of the voters above (facilitator excluded). */
const VOTES: Record<BuiltInGapId, VoteScore[]> = {
  data: [4, 3, 4, 2, 2, 1, 1],
  users: [3, 3, 4, 2, 2, 2, 'unsure'],
  load: [3, 2, 3, 2, 2, 2, 1],
  integration: [2, 1, 2, 1, 1, 1, 1],
  change: [3, 3, 3, 3, 2, 2, 3],
  support: [3, 2, 3, 2],
};

/** The confirmed levels; each rationale is sample.consensus.<gap>. */
const CONSENSUS: Partial<Record<BuiltInGapId, Level>> = { data: 2, users: 2, load: 2, integration: 1, change: 3 };

/**
 * The sample workshop in the language of the new session (the translator's; English when none is
 * given, as in tests and tools).
 */
export function buildSampleWorkshop(id: string, now: number, i18n: Translator = translatorNow(DEFAULT_LANGUAGE)): Session {
  const say = (key: string) => i18n.t(`sample.${key}` as MessageId);
  const person = (key: string) => say(`person.${key}`);
  const base = createSession({ initiative: say('initiative'), client: say('client'), id, now, language: i18n.language });
  const participants: Participant[] = PEOPLE.map(({ key, ...p }, i) => ({ ...p, name: person(key), id: `${id}-p${i + 1}` }));
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
  firstVote.comment = say('comment.knownCallTypes');
  rounds[5]!.votes[3]!.comment = say('comment.nightCover');

  // The sample follows the built-in framework: every one of its gaps is assessed here.
  const assessment = (gapId: BuiltInGapId): GapAssessment => {
    const level = CONSENSUS[gapId];
    const round = rounds.find((r) => r.gapId === gapId)!;
    return {
      ...emptyGapAssessment(),
      consensus: level ? { level, rationale: say(`consensus.${gapId}`), roundId: round.id, confirmedAt: (round.revealedAt ?? now) + 120_000 } : null,
    };
  };
  const gaps = Object.fromEntries(GAP_IDS.map((gapId) => [gapId, assessment(gapId)])) as Record<BuiltInGapId, GapAssessment>;
  gaps.data.evidence = [{ id: `${id}-e1`, text: say('evidence.handPickedCalls'), createdAt: now - DAY }];
  gaps.data.risks = [
    { id: `${id}-k1`, text: say('risk.missingMeterNumbers'), severity: 'high', createdAt: now - DAY },
    { id: `${id}-k6`, text: say('risk.accentsAndNoise'), severity: 'medium', createdAt: now - DAY },
  ];
  gaps.load.risks = [{ id: `${id}-k2`, text: say('risk.stormDays'), severity: 'high', createdAt: now - DAY }];
  gaps.integration.evidence = [{ id: `${id}-e2`, text: say('evidence.nightlyExport'), createdAt: now - DAY }];
  gaps.support.risks = [{ id: `${id}-k3`, text: say('risk.vendorFixedEverything'), severity: 'medium', createdAt: now - DAY }];

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
    action(1, { title: say('action.rawSample.title'), gapId: 'data', owner: person('it'), dueDate: day(21), priority: 'high', successMeasure: say('action.rawSample.successMeasure'), suggestionId: 'data.random-raw-sample' }),
    action(2, { title: say('action.stormLoadTest.title'), gapId: 'load', owner: person('it'), dueDate: day(35), priority: 'high', successMeasure: say('action.stormLoadTest.successMeasure'), suggestionId: 'load.peak-load-test' }),
    action(3, { title: say('action.connectCrm.title'), gapId: 'integration', owner: '', dueDate: null, priority: 'high', successMeasure: say('action.connectCrm.successMeasure'), suggestionId: 'integration.critical-system' }),
    action(4, { title: say('action.recruitSkeptics.title'), gapId: 'users', owner: person('operations'), dueDate: day(14), priority: 'medium', successMeasure: say('action.recruitSkeptics.successMeasure'), suggestionId: 'users.recruit-skeptics' }),
    action(5, { title: say('action.supportOwner.title'), gapId: 'support', owner: person('businessOwner'), dueDate: null, priority: 'high', successMeasure: say('action.supportOwner.successMeasure') }),
  ];

  // The room has worked through Frame, the criteria and five gaps; Support model started ten minutes ago.
  const current = 'gap-support';
  const stagesDone = base.agenda.slice(0, base.agenda.findIndex((s) => s.id === current));
  let agenda = base.agenda.map((s) => {
    const i = stagesDone.indexOf(s);
    return i < 0 ? s : { ...s, startedAt: now - 7200_000 + i * 800_000, completedAt: now - 7200_000 + (i + 1) * 800_000 };
  });
  agenda = enterStage(agenda, current, now - 600_000);
  // A KPI's name and figures, written as the client writes them (sample.kpi.<key>.*); the model's own has no threshold.
  const kpi = (key: string) => ({
    name: say(`kpi.${key}.name`),
    baseline: say(`kpi.${key}.baseline`),
    pilotResult: say(`kpi.${key}.pilotResult`),
    productionTarget: say(`kpi.${key}.productionTarget`),
    threshold: key === 'intentAccuracy' ? '' : say(`kpi.${key}.threshold`),
  });

  return {
    ...base,
    useCase: say('useCase'),
    facilitator: person('facilitator'),
    firm: { name: say('firm'), accentColor: '#1f5fbf' },
    facts: {
      'scope.workItems': say('workItems'),
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
      'load.latencyCostTargets': say('fact.latencyCostTargets'),
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
      'change.adoptionMeasures': say('fact.adoptionMeasures'),
      'support.owner': '',
      'support.responseTimes': say('fact.responseTimes'),
      'support.incidentsWithoutVendor': 0,
      'support.runbooks': false,
      'support.rollbackDrill': false,
      'scope.hardCasesDeferred': true,
    },
    participants,
    kpis: [
      { id: `${id}-kpi1`, ...kpi('containment'), kind: 'business', measuredInProduction: false },
      { id: `${id}-kpi2`, ...kpi('costPerCall'), kind: 'business', measuredInProduction: false },
      { id: `${id}-kpi3`, ...kpi('csat'), kind: 'business', measuredInProduction: false },
      { id: `${id}-kpi4`, ...kpi('intentAccuracy'), kind: 'model', measuredInProduction: false },
    ],
    agenda,
    currentStageId: current,
    rounds,
    gaps,
    ownership: {
      ...base.ownership,
      businessOwner: say('ownership.businessOwner'),
      ownerHasBudget: true,
      ownerHasAuthority: null,
      humanReview: say('ownership.humanReview'),
      escalationPath: say('ownership.escalationPath'),
      timeline: say('ownership.timeline'),
    },
    actions,
  };
}
