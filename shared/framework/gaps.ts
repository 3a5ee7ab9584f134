/**
 * The six critical gaps between a pilot and production: what the pilot had, what production
 * means, the questions to ask, a five-rung ladder worded per gap, and suggested actions.
 * The text fits any AI pilot; "{items}" stands for the session's own word for its unit of work
 * (framework/wording.ts), so an invoice-matching pilot reads of invoices and a voice agent of calls.
 *
 * Colours: the Okabe–Ito hues that reach 3:1 on white (blue, vermillion, bluish green, reddish
 * purple), Tol's indigo, and Okabe–Ito black softened to charcoal. All are told apart by people
 * with common colour-vision deficiencies, and every one is readable on white as a graphic.
 */
import type { GapDefinition, GapId } from './types';

const DATA: GapDefinition = {
  id: 'data',
  number: 1,
  name: 'Data quality',
  tagline: 'Hand-cleaned samples versus years of messy records',
  icon: 'database',
  color: '#0072B2',
  pilotUsuallyHad:
    'A few hundred {items}, often around 500, picked and tidied by hand before the model saw them: no duplicates, no blank fields, one format, the awkward ones set aside. A result on such a sample shows how the model behaves when its inputs are ideal, and little more.',
  productionMeans:
    'All the {items} the business handles and the years of records behind them, often 50,000 or more: duplicates left by migrations, legacy formats, fields that are empty or contradict each other, and inputs nobody planned for, such as a scanned attachment, a half-finished form or one request that asks for three things. The model meets all of it on the first day, and nobody tidies it first.',
  factIds: [
    'pilot.records',
    'production.records',
    'pilot.sampleRandom',
    'data.missingFieldRatePct',
    'data.rawDataTested',
    'data.driftMonitoring',
  ],
  ratioIds: ['ratio.records'],
  questions: [
    'Were the pilot {items} drawn at random from raw production data, or did someone pick and clean them?',
    'How many times larger is the production data set than the pilot sample, and what share of it has missing or conflicting fields?',
    'Which kinds of {items}, formats or customer groups never appeared in the pilot at all?',
    'Given a duplicate, a blank mandatory field or a legacy format today, does the system stop and say so, or answer wrongly with confidence?',
    'Which hard cases were parked "for later", and what share of the real workload do they carry?',
    'If the incoming data shifts next quarter, who notices, and how soon?',
  ],
  ladder: {
    1: 'Results exist only on the curated pilot sample; nobody has measured how production data differs from it.',
    2: 'The size and state of production data are known (volume, duplicates, missing-field rate), but the model has not run on it and nobody owns data quality.',
    3: 'A named owner has a dated plan to test on a random raw sample and to monitor drift; a first run on raw data shows where results drop.',
    4: 'Results hold on a random sample of raw production data, hard cases included, within the agreed thresholds; a few data fixes are still open.',
    5: 'Runs on full production data with quality and drift monitoring, alert thresholds, and an owner who acts when they trip.',
  },
  suggestedActions: [
    {
      id: 'data.random-raw-sample',
      title: 'Evaluate on a random raw production sample',
      description:
        'Draw at least 1,000 records (or two weeks of real traffic) at random straight from production, with no cleaning or filtering, and re-run the pilot evaluation on them. Report messy and clean records separately.',
      successMeasure:
        'The go/no-go KPIs measured on the raw random sample meet their thresholds, and the difference from the pilot result is documented.',
      priority: 'high',
    },
    {
      id: 'data.profile-production',
      title: 'Profile the production data',
      description:
        'Measure duplicates, missing and conflicting fields and legacy formats across the full production data set, source by source, and share the profile with the room before the next scoring round.',
      successMeasure:
        'A profile covering every production source, with duplicate and missing-field rates per source, signed off by the data owner.',
      priority: 'high',
    },
    {
      id: 'data.hard-cases',
      title: 'Bring the deferred hard cases back into scope',
      description:
        'List the exceptions, edge cases and unusual requests left out of the pilot, estimate their share of real volume and effort, and test the most frequent ones.',
      successMeasure:
        'The 20 most frequent hard cases are tested, each with a recorded outcome: handled, handed to a person, or out of scope with the business owner’s sign-off.',
      priority: 'medium',
    },
    {
      id: 'data.drift-monitoring',
      title: 'Set up data drift monitoring',
      description:
        'Choose the input signals to watch (missing-field rate, new formats, the mix of requests, confidence scores), set alert thresholds and route alerts to a named person who can act on them.',
      successMeasure:
        'Monitoring is live before go-live, and a simulated drift raises an alert that reaches the owner within one business day.',
      priority: 'medium',
    },
  ],
};

const USERS: GapDefinition = {
  id: 'users',
  number: 2,
  name: 'User capability',
  tagline: 'Volunteer champions versus everyone, skeptics included',
  icon: 'users',
  color: '#D55E00',
  pilotUsuallyHad:
    'A dozen or two volunteers who wanted the tool to succeed, forgave its bugs and adjusted their routines to fit it. Their enthusiasm is genuine, but it predicts little about how an average colleague will cope.',
  productionMeans:
    'A mandatory rollout to every user, often hundreds of people, including skeptics, staff who find new technology hard and people who are happy with the current process. Some will look for reasons it fails, and their experience, not the champions’, decides adoption.',
  factIds: ['pilot.users', 'production.users', 'pilot.usersVolunteers', 'users.skepticsIncluded', 'users.trainingPlan'],
  ratioIds: ['ratio.users'],
  questions: [
    'Did the pilot users volunteer or get picked as champions, and how many of them were skeptics?',
    'How many people must use this in production, and how many times the pilot group is that?',
    'Which groups never touched the pilot: night shifts, part-timers, other sites, less technical staff?',
    'Who is the most skeptical future user here, and what would they say about these results?',
    'When a user does not trust an answer, can they override it, and does anyone learn from the override?',
    'What training will each user group get, and who delivers it once the pilot team has moved on?',
  ],
  ladder: {
    1: 'Only volunteers have used it; nobody knows how average or reluctant users will get on.',
    2: 'The production user population is known, skeptics and less technical staff included, but none of them has used the system and there is no training plan.',
    3: 'An owned, dated plan brings skeptical and average users into the next round, with training designed per user group; the first sessions are booked or done.',
    4: 'A mixed group including skeptics has used it on real work and met the agreed task-success and satisfaction targets; minor usability fixes remain.',
    5: 'The whole user population relies on it day to day; usage, overrides and satisfaction are tracked per group by a named owner.',
  },
  suggestedActions: [
    {
      id: 'users.recruit-skeptics',
      title: 'Recruit skeptics into the next round',
      description:
        'Fill at least a third of the next test group with people who prefer the current process or struggle with new tools. Brief them honestly and invite them to find where it breaks.',
      successMeasure:
        'At least 30% of the next test group are skeptics or less technical users, and their task-success rate, reported separately, meets the threshold.',
      priority: 'high',
    },
    {
      id: 'users.training-plan',
      title: 'Write a training plan per user group',
      description:
        'For each group, state what they must be able to do, how they will learn it (session, short guide, floor support), who teaches it and when. Include people who join after go-live.',
      successMeasure:
        'The plan covers every production user group, and 90% of the next round’s users are trained before it starts.',
      priority: 'medium',
    },
    {
      id: 'users.unaided-sessions',
      title: 'Watch average users work unaided',
      description:
        'Sit with five to eight average users while they complete real tasks with no help, and log every hesitation, override and abandoned attempt.',
      successMeasure:
        'The five most frequent usability problems are fixed and re-tested, and unaided task completion reaches the agreed target (for example 85%).',
      priority: 'medium',
    },
  ],
};

const LOAD: GapDefinition = {
  id: 'load',
  number: 3,
  name: 'Infrastructure load',
  tagline: 'Tens of transactions on idle servers versus peak-hour thousands',
  icon: 'gauge',
  color: '#009E73',
  pilotUsuallyHad:
    'Tens of {items} a day, 50 is typical, on servers with capacity to spare and only a handful of people on the system at once. At that volume nothing queues, nothing times out and the cost of each one looks negligible.',
  productionMeans:
    'Thousands of {items} a day, 5,000 or more, bunched into business-hours peaks, month ends and seasonal spikes, with hundreds of people on the system in the same minute. Response times, timeouts, the model provider’s rate limits, backups and the running bill all behave differently at a hundred times the pilot’s volume.',
  factIds: [
    'pilot.transactionsPerDay',
    'production.peakTransactionsPerDay',
    'production.concurrentUsers',
    'load.loadTestAtPeak',
    'load.latencyCostTargets',
  ],
  ratioIds: ['ratio.volume'],
  questions: [
    'What is the busiest hour we expect in production, and how many times the pilot’s volume is it?',
    'Has anyone run the system at that peak, with realistic concurrency, long enough to see queues and timeouts?',
    'What response time will users or customers accept, and what did we measure at peak rather than on average?',
    'What do {items} cost to process at production volume, with model, hosting and licence fees included, and does the business case survive it?',
    'When capacity runs out, does the service slow down gracefully, queue, or fall over?',
    'Who is alerted when response times spike at five past nine on a Monday?',
  ],
  ladder: {
    1: 'Only pilot volume has been seen; peak volume, concurrency and cost at scale are unknown.',
    2: 'Peak volume and concurrency are estimated, but no load test has run and there are no latency or cost targets.',
    3: 'Latency and cost targets are agreed; an owned, dated load test at production peak is planned, with the environment ready or a partial run done.',
    4: 'A load test at production peak and concurrency met the latency and cost targets; the remaining bottlenecks are known and their fixes scheduled.',
    5: 'Runs at full production volume within targets, with capacity and cost monitoring, alerts, and a capacity plan owned by a named team.',
  },
  suggestedActions: [
    {
      id: 'load.peak-load-test',
      title: 'Load-test at production peak',
      description:
        'Simulate the busiest expected hour, at peak volume and peak concurrency plus a 30% margin, on a production-like environment with real integrations or faithful stand-ins, and sustain it for at least an hour.',
      successMeasure:
        'For 60 minutes at peak plus 30%, 95th-percentile latency and error rate stay within the agreed targets.',
      priority: 'high',
    },
    {
      id: 'load.latency-cost-targets',
      title: 'Agree latency and cost targets',
      description:
        'Fix the response time users will accept and the highest cost per transaction the business case allows, both measured at peak rather than on average.',
      successMeasure:
        'Targets signed off by the business owner and IT and written into the success criteria, for example 95% of answers within 2 seconds and a ceiling on the cost of each transaction.',
      priority: 'high',
    },
    {
      id: 'load.capacity-monitoring',
      title: 'Monitor capacity and cost in production',
      description:
        'Put dashboards and alerts on latency, error rate, queue length and daily spend, with a named on-call owner and a threshold that triggers action.',
      successMeasure:
        'In a rehearsal, an alert fires when latency crosses the threshold, and a daily cost report reaches the owner from the first day live.',
      priority: 'medium',
    },
  ],
};

const INTEGRATION: GapDefinition = {
  id: 'integration',
  number: 4,
  name: 'Integration complexity',
  tagline: 'A standalone demo versus live ERP, CRM and legacy systems',
  icon: 'plug',
  color: '#CC79A7',
  pilotUsuallyHad:
    'A standalone set-up fed by hand, by exported files or by mock APIs and test CRM tenants, so latency, access rights and schema problems never had a chance to appear. A person usually read the outputs and copied them on.',
  productionMeans:
    'Live connections to three or more systems, such as ERP, CRM, document stores, identity and legacy applications, with inconsistent schemas, VPNs, rate limits nobody documented and dependencies that are sometimes slow or down. Each connection is an engineering job of its own, and together they usually cost far more than the model did.',
  factIds: ['pilot.systemsIntegrated', 'production.systemsNeeded', 'integration.failureModesTested'],
  ratioIds: ['ratio.systems'],
  questions: [
    'How many production systems did the pilot talk to live, and how many will production need?',
    'Which of those systems has an inconsistent schema, sits behind a VPN or has limits nobody has written down?',
    'What does the system do when a system it depends on takes eight seconds to answer instead of one?',
    'What happens when a field it relies on arrives empty, or a request is refused for exceeding a rate limit?',
    'Who owns each interface, and have they agreed to the change and the extra traffic?',
    'Has security approved access to the real systems, or only to the test tenant?',
  ],
  ladder: {
    1: 'The pilot ran standalone or against mocks; no live production system has been connected.',
    2: 'Every system to connect is listed with its owner and known quirks, but none is integrated and nobody owns the integration work.',
    3: 'An owned, dated integration plan exists, and at least one critical system is connected in a test environment with real schemas and credentials.',
    4: 'At least one critical production system is integrated live and behaves acceptably when it is slow, sends a missing field or hits a rate limit; the others are scheduled.',
    5: 'All required systems are integrated in production, each interface has a named owner, and failures are monitored and alerted on.',
  },
  suggestedActions: [
    {
      id: 'integration.critical-system',
      title: 'Integrate one critical system live',
      description:
        'Pick the production system the use case leans on most, often the CRM or ERP, and connect to it with real credentials, schemas and network routes, even at low volume.',
      successMeasure:
        'For two consecutive weeks, pilot transactions read from and write to the live system end to end with no manual copying.',
      priority: 'high',
    },
    {
      id: 'integration.failure-modes',
      title: 'Test integration failure modes',
      description:
        'Deliberately inject a slow dependency, a missing or malformed field, a rate-limit rejection and an expired credential, and record what users and downstream systems experience.',
      successMeasure:
        'Every injected failure ends in a defined behaviour (retry, clear message or hand-off to a person) with no silent data loss, and the results are logged.',
      priority: 'high',
    },
    {
      id: 'integration.interface-inventory',
      title: 'Map every interface and its owner',
      description:
        'For each system to connect, record its owner, schema, access route (VPN, gateway), documented and observed limits, and the lead time for changes.',
      successMeasure:
        'The inventory covers every system needed, and each interface owner has confirmed its limits in writing.',
      priority: 'medium',
    },
  ],
};

const CHANGE: GapDefinition = {
  id: 'change',
  number: 5,
  name: 'Change management',
  tagline: 'Hand-holding for a few versus a rollout nobody asked for',
  icon: 'compass',
  color: '#332288',
  pilotUsuallyHad:
    'Personal training, a project team that answered questions the same day and encouragement whenever something went wrong. The few pilot users were coached through every new step.',
  productionMeans:
    'A rollout to people who did not ask for it, with workflows, roles and targets that have to be redesigned around the system. Without that work, correct outputs are ignored, people invent workarounds and the benefit never shows up in the numbers.',
  factIds: ['change.rolloutPlan', 'change.feedbackChannel', 'change.adoptionMeasures'],
  ratioIds: [],
  questions: [
    'Which workflows, roles and targets must change for the business to see the benefit, and who has agreed to change them?',
    'What will people do differently on day one, and what stops them from drifting back to the old way?',
    'How will we know that outputs are actually used, not merely produced?',
    'Where do users report problems after go-live, and who reads and answers those reports?',
    'Who explains to the front line why this is happening, and what are we telling them about their jobs?',
    'In what order do teams go live, and what result would make us pause the rollout?',
  ],
  ladder: {
    1: 'Only the pilot group has been supported, in person; nothing is ready for the wider rollout.',
    2: 'The affected teams and workflow changes are known, but there is no rollout plan, no feedback channel and no owner for adoption.',
    3: 'An owned, dated rollout plan covers waves, communication, training and a feedback channel, and adoption measures are defined.',
    4: 'A first wave of non-volunteer users works the new way; adoption meets its targets and their feedback is being acted on.',
    5: 'Adopted across the organisation, with adoption and workarounds tracked, a working feedback loop and an owner who reports on both.',
  },
  suggestedActions: [
    {
      id: 'change.rollout-plan',
      title: 'Write a phased rollout plan',
      description:
        'Sequence the rollout in waves by team or site, each with a start date, training, communication, floor support and a criterion for pausing.',
      successMeasure:
        'The business owner approves the plan, the first wave has a date, and every affected team has a named change lead.',
      priority: 'high',
    },
    {
      id: 'change.workflow-redesign',
      title: 'Redesign the affected workflows',
      description:
        'With operations, map today’s process and tomorrow’s step by step: who checks AI outputs, who handles exceptions, and which targets and roles change.',
      successMeasure:
        'Each affected team lead signs off the new process before their wave starts.',
      priority: 'high',
    },
    {
      id: 'change.feedback-channel',
      title: 'Open a feedback channel with a named responder',
      description:
        'Give users one simple way to report problems and wrong outputs, name who answers, and commit to a response time.',
      successMeasure:
        'The channel is live from the first wave, 90% of reports are acknowledged within two business days, and themes are reviewed every fortnight.',
      priority: 'medium',
    },
    {
      id: 'change.adoption-measures',
      title: 'Measure real adoption, not logins',
      description:
        'Per team, track the share of eligible cases handled through the system, how often outputs are overridden, and where workarounds appear.',
      successMeasure:
        'An adoption report is live for the first wave, with a target agreed per team (for example 70% of eligible cases by week 8).',
      priority: 'medium',
    },
  ],
};

const SUPPORT: GapDefinition = {
  id: 'support',
  number: 6,
  name: 'Support model',
  tagline: 'Vendor engineers on call versus internal tickets and SLAs',
  icon: 'lifebuoy',
  color: '#4D4D4D',
  pilotUsuallyHad:
    'Vendor engineers who watched the pilot closely and fixed problems within hours, partly because a success would make a good reference. Tuning and fixes happened quietly, and much of what they learned never left their team.',
  productionMeans:
    'An internal team working through tickets and service levels, with the vendor behind a standard support contract. Unless knowledge, runbooks and a rehearsed rollback are in place, a problem that took hours to fix in the pilot can take days or weeks.',
  factIds: [
    'support.owner',
    'support.responseTimes',
    'support.incidentsWithoutVendor',
    'support.runbooks',
    'support.rollbackDrill',
  ],
  ratioIds: [],
  questions: [
    'Who, by name, supports this the day after go-live, and are they staffed and funded for it?',
    'How many pilot incidents did our own people fix without calling the vendor?',
    'What response and resolution times have we promised, and what does the vendor contract actually guarantee?',
    'Where are the runbooks for the five most likely incidents, and who has used them?',
    'If a release goes wrong at peak, how do we roll back, how long does it take, and have we ever done it?',
    'What does the vendor team know that we do not, and when is it handed over?',
    'When the system is down, how does the work get done?',
  ],
  ladder: {
    1: 'All support has come from the vendor’s pilot team; no internal support model exists.',
    2: 'Everyone knows support must move in-house and the vendor’s production terms are known, but there is no owner, no runbook and no rollback plan.',
    3: 'A named support owner has a dated plan for staffing, response times, runbooks, knowledge transfer and rollback, and the handover has started.',
    4: 'The internal team has resolved real or simulated incidents without the vendor, runbooks cover the main incidents, and a rollback has been rehearsed.',
    5: 'The internal team runs support in production within the agreed response times; incidents are reviewed and the rollback is drilled regularly.',
  },
  suggestedActions: [
    {
      id: 'support.support-model',
      title: 'Define the support model',
      description:
        'Name the support owner and team, the tiers (service desk, internal specialists, vendor), response and resolution times per severity, and the hours covered.',
      successMeasure:
        'The owner and IT operations sign off the model, and every commitment in it is either guaranteed by the vendor contract or covered internally.',
      priority: 'high',
    },
    {
      id: 'support.runbooks-handover',
      title: 'Write runbooks and hand over the knowledge',
      description:
        'Have vendor and internal engineers write runbooks together for the most likely incidents, then let internal staff handle incidents while the vendor only observes.',
      successMeasure:
        'Runbooks exist for the five most likely incident types, and internal staff have resolved at least three real or simulated incidents without vendor help.',
      priority: 'high',
    },
    {
      id: 'support.rollback-drill',
      title: 'Rehearse the rollback',
      description:
        'Agree what triggers a rollback, who decides, and how work carries on by hand meanwhile; then perform it on a production-like environment and time it.',
      successMeasure:
        'The drill completes within the agreed time (for example 30 minutes) with no data lost, and the lessons are logged.',
      priority: 'high',
    },
    {
      id: 'support.restate-success-criteria',
      title: 'Re-state success under production conditions',
      description:
        'Rewrite each go/no-go criterion so that it only counts if it holds with real data, average users, production load, full integration and internal support, then compare the pilot result against it.',
      successMeasure:
        'Every go/no-go KPI has a threshold and a result measured under all five conditions, or each missing condition is logged as an open risk with an owner.',
      priority: 'medium',
    },
  ],
};

export const GAPS: readonly GapDefinition[] = [DATA, USERS, LOAD, INTEGRATION, CHANGE, SUPPORT];

export function gapById(id: GapId): GapDefinition {
  const gap = GAPS.find((candidate) => candidate.id === id);
  if (!gap) throw new Error(`Unknown gap id: ${String(id)}`);
  return gap;
}
