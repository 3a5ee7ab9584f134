/**
 * The pilot-trap checks: the failure modes that keep pilots from reaching production, watched for
 * by the app and shown as named, explained flags. Pure functions of the session.
 */
import { gapNameNow } from '../framework/localize';
import { GAPS } from '../framework/gaps';
import { GAP_IDS, type GapId } from '../framework/types';
import { sessionWorkItems } from '../framework/wording';
import type { Action, Session, StageKind } from '../model/session';
import { ANONYMOUS_MIN_SEGMENT } from '../summary/heatmapInput';
import { latestRevealedRound, segmentMeans, uniqueVotes, votersOf } from './rounds';
import { roundStats } from './stats';
import { isIsoDate } from '../text/dates';
import { formatLevel, formatNumber } from '../text/numbers';
import { plural, pluralWord } from '../text/plural';
import { formatRatio } from '../text/ratio';

export const CHECK_IDS = [
  'metric-mirage',
  'curated-data',
  'champions-only',
  'volume-gap',
  'standalone-pilot',
  'ownership-vacuum',
  'no-production-path',
  'room-disagrees',
  'champion-skeptic-split',
  'orphan-actions',
  'easy-80',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface FlagLocation {
  stageKind: StageKind;
  gapId: GapId | null;
  /** The field to fix on that screen: a fact id, an ownership or KPI field, "participants", … */
  field?: string;
}

export interface Flag {
  id: CheckId;
  /** The gap the flag is about, or null when it concerns the whole initiative. */
  gapId: GapId | null;
  title: string;
  /** What was found, in plain sentences, with the numbers. */
  explanation: string;
  /** What closes the flag. */
  fix: string;
  /** The screen where it is fixed. */
  where: FlagLocation;
  /** A blocking flag holds the verdict at "Not yet". */
  blocking: boolean;
}

const CHECK_TITLES: Readonly<Record<CheckId, string>> = {
  'metric-mirage': 'Metric mirage',
  'curated-data': 'Curated data',
  'champions-only': 'Champions only',
  'volume-gap': 'Volume gap',
  'standalone-pilot': 'Standalone pilot',
  'ownership-vacuum': 'Ownership vacuum',
  'no-production-path': 'No production path',
  'room-disagrees': 'The room disagrees',
  'champion-skeptic-split': 'Champion–skeptic split',
  'orphan-actions': 'Orphan actions',
  'easy-80': 'The easy 80%',
};

export function checkTitle(id: CheckId): string {
  return CHECK_TITLES[id];
}

/** From this production ÷ pilot ratio on, a pilot result says little about production. */
export const SCALE_RATIO = 10;
const EPSILON = 1e-9;

// ---------------------------------------------------------------------------------------------
// Reading facts defensively: a missing, null or mistyped value is unknown.

function rawFact(session: Session, id: string): unknown {
  const facts: unknown = session.facts;
  if (typeof facts !== 'object' || facts === null || !Object.hasOwn(facts, id)) return undefined;
  return (facts as Record<string, unknown>)[id];
}

export function factNumber(session: Session, id: string): number | null {
  const value = rawFact(session, id);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function factBoolean(session: Session, id: string): boolean | null {
  const value = rawFact(session, id);
  return typeof value === 'boolean' ? value : null;
}

export function factText(session: Session, id: string): string {
  const value = rawFact(session, id);
  return typeof value === 'string' ? value.trim() : '';
}

/** production ÷ pilot, or null when either number is unknown or the pilot figure is not positive. */
export function factRatio(session: Session, numeratorId: string, denominatorId: string): number | null {
  const numerator = factNumber(session, numeratorId);
  const denominator = factNumber(session, denominatorId);
  if (numerator === null || denominator === null || denominator <= 0 || numerator < 0) return null;
  return numerator / denominator;
}

function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

// ---------------------------------------------------------------------------------------------
// Wording helpers.

function listOf(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function quoted(name: string): string {
  return `“${name.trim() || 'Untitled KPI'}”`;
}

/** The screen where a fact is edited: the gap stage that lists it, or the Frame. */
function whereFact(factId: string): FlagLocation {
  const gap = GAPS.find((g) => g.factIds.includes(factId));
  return gap ? { stageKind: 'gap', gapId: gap.id, field: factId } : { stageKind: 'frame', gapId: null, field: factId };
}

function gapName(gapId: GapId): string {
  return gapNameNow(gapId);
}

// ---------------------------------------------------------------------------------------------
// 1. Metric mirage

export function checkMetricMirage(session: Session): Flag | null {
  const kpis = session.kpis;
  const business = kpis.filter((k) => k.kind === 'business');
  const title = checkTitle('metric-mirage');
  const base = { id: 'metric-mirage' as const, gapId: null, title };

  if (kpis.length === 0) {
    return {
      ...base,
      explanation:
        'No success criteria are recorded, so nothing states what the pilot has to achieve in business terms or where the line between go and no-go lies.',
      fix: 'Agree at least one business KPI, such as cost per transaction or containment rate, with its baseline, production target and go/no-go threshold, before the gaps are scored.',
      where: { stageKind: 'criteria', gapId: null, field: 'kpis' },
      blocking: true,
    };
  }
  if (business.length === 0) {
    return {
      ...base,
      explanation: `All ${plural(kpis.length, 'KPI is a model metric', 'KPIs are model metrics')} (${listOf(kpis.map((k) => quoted(k.name)))}). Good model scores do not show that the business gains anything: no KPI measures cost, time, revenue or customer outcome.`,
      fix: 'Add at least one business KPI with a baseline, a production target and a go/no-go threshold, and judge the pilot on it rather than on model accuracy.',
      where: { stageKind: 'criteria', gapId: null, field: 'kind' },
      blocking: true,
    };
  }

  const findings: string[] = [];
  const fixes: string[] = [];
  let field: string | null = null;
  const withThreshold = business.filter((k) => !isBlank(k.threshold));
  if (withThreshold.length === 0) {
    findings.push(
      business.length === 1
        ? `The only business KPI, ${quoted(business[0]!.name)}, has no go/no-go threshold, so there is no agreed line between success and failure.`
        : `None of the ${business.length} business KPIs has a go/no-go threshold, so there is no agreed line between success and failure.`,
    );
    fixes.push('Set a go/no-go threshold on each business KPI before the results are discussed.');
    field = 'threshold';
  }
  const notMeasured = business.filter((k) => k.measuredInProduction === false);
  if (notMeasured.length > 0) {
    findings.push(
      notMeasured.length === 1
        ? `The business KPI ${quoted(notMeasured[0]!.name)} was not measured under production conditions, so its pilot figure may not hold after go-live.`
        : `${notMeasured.length} business KPIs were not measured under production conditions (${listOf(notMeasured.map((k) => quoted(k.name)))}), so their pilot figures may not hold after go-live.`,
    );
    fixes.push(
      'Measure those KPIs again under production conditions: a random sample of real data, average users, peak load, live integrations and internal support.',
    );
    field ??= 'measuredInProduction';
  }
  if (findings.length === 0) return null;
  return {
    ...base,
    explanation: findings.join(' '),
    fix: fixes.join(' '),
    where: { stageKind: 'criteria', gapId: null, field: field ?? 'kpis' },
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Curated data

export function checkCuratedData(session: Session): Flag | null {
  const findings: string[] = [];
  let where: FlagLocation | null = null;
  if (factBoolean(session, 'pilot.sampleRandom') === false) {
    findings.push(
      'The pilot sample was selected rather than drawn at random, so its results describe chosen records, not the data production will meet.',
    );
    where = whereFact('pilot.sampleRandom');
  }
  const ratio = factRatio(session, 'production.records', 'pilot.records');
  if (ratio !== null && ratio >= SCALE_RATIO && factBoolean(session, 'data.rawDataTested') !== true) {
    const production = factNumber(session, 'production.records')!;
    const pilot = factNumber(session, 'pilot.records')!;
    findings.push(
      `Production holds ${formatRatio(ratio)} the pilot's records (${formatNumber(production)} against ${formatNumber(pilot)}) and no test on raw production data is recorded.`,
    );
    where ??= whereFact('data.rawDataTested');
  }
  if (findings.length === 0 || !where) return null;
  return {
    id: 'curated-data',
    gapId: 'data',
    title: checkTitle('curated-data'),
    explanation: findings.join(' '),
    fix: 'Run the evaluation again on a random sample of raw, uncleaned production data, duplicates and gaps included, and compare the results with the pilot.',
    where,
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Champions only

export function checkChampionsOnly(session: Session): Flag | null {
  const findings: string[] = [];
  let where: FlagLocation | null = null;
  if (factBoolean(session, 'pilot.usersVolunteers') === true) {
    const users = factNumber(session, 'pilot.users');
    findings.push(
      users !== null && users > 0
        ? `All ${formatNumber(users)} pilot users were volunteers, people who wanted it to work and forgave its faults.`
        : 'The pilot users were volunteers, people who wanted it to work and forgave its faults.',
    );
    where = whereFact('pilot.usersVolunteers');
  }
  // The facilitator runs the workshop; their own stance does not speak for the client.
  const clientPeople = session.participants.filter((p) => !p.isFacilitator);
  if (clientPeople.length > 0 && !clientPeople.some((p) => p.stance === 'skeptic')) {
    findings.push(
      `None of the ${plural(clientPeople.length, 'participant', 'participants')} in the room is recorded as a skeptic, so nobody scores with the doubts that reluctant users will bring.`,
    );
    where ??= { stageKind: 'frame', gapId: null, field: 'participants' };
  }
  if (findings.length === 0 || !where) return null;
  return {
    id: 'champions-only',
    gapId: 'users',
    title: checkTitle('champions-only'),
    explanation: findings.join(' '),
    fix: 'Recruit skeptical and less technical users into the next test round, and invite at least one skeptic to score the gaps.',
    where,
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Volume gap

export function checkVolumeGap(session: Session): Flag | null {
  const ratio = factRatio(session, 'production.peakTransactionsPerDay', 'pilot.transactionsPerDay');
  if (ratio === null || ratio < SCALE_RATIO || factBoolean(session, 'load.loadTestAtPeak') === true) return null;
  const production = factNumber(session, 'production.peakTransactionsPerDay')!;
  const pilot = factNumber(session, 'pilot.transactionsPerDay')!;
  return {
    id: 'volume-gap',
    gapId: 'load',
    title: checkTitle('volume-gap'),
    explanation: `Production will see ${formatRatio(ratio)} the pilot's daily volume (${formatNumber(production)} ${sessionWorkItems(session) ?? 'cases'} a day at peak against ${formatNumber(pilot)}) and no load test at peak is recorded.`,
    fix: 'Load-test at the expected production peak with realistic concurrency, and record response times, error rates and cost per transaction.',
    where: whereFact('load.loadTestAtPeak'),
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Standalone pilot

export function checkStandalonePilot(session: Session): Flag | null {
  if (factNumber(session, 'pilot.systemsIntegrated') !== 0) return null;
  const needed = factNumber(session, 'production.systemsNeeded');
  const tail =
    needed !== null && needed > 0
      ? `, while production needs ${plural(needed, 'system', 'systems')}. Schema differences, latency, access rights and rate limits have not been met yet.`
      : '. Schema differences, latency, access rights and rate limits have not been met yet.';
  return {
    id: 'standalone-pilot',
    gapId: 'integration',
    title: checkTitle('standalone-pilot'),
    explanation: `No production system was connected live during the pilot${tail}`,
    fix: 'Integrate at least one critical production system and test what happens when it answers slowly, sends an empty field or refuses requests over a rate limit.',
    where: whereFact('pilot.systemsIntegrated'),
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Ownership vacuum (always blocking)

export function checkOwnershipVacuum(session: Session): Flag | null {
  const o = session.ownership;
  const findings: string[] = [];
  let field: string | null = null;
  if (isBlank(o.businessOwner)) {
    findings.push('No business owner is named, so nobody is accountable for the result after the pilot team moves on.');
    field = 'businessOwner';
  }
  const noBudget = o.ownerHasBudget === false;
  const noAuthority = o.ownerHasAuthority === false;
  const who = isBlank(o.businessOwner) ? 'The intended owner' : 'The business owner';
  if (noBudget && noAuthority) {
    findings.push(`${who} has neither the budget for production nor the authority to change the processes it affects.`);
  } else if (noBudget) {
    findings.push(`${who} has no budget for running it in production.`);
  } else if (noAuthority) {
    findings.push(`${who} has no authority to change the processes and targets it affects.`);
  }
  if (noBudget) field ??= 'ownerHasBudget';
  if (noAuthority) field ??= 'ownerHasAuthority';
  if (findings.length === 0) return null;
  return {
    id: 'ownership-vacuum',
    gapId: null,
    title: checkTitle('ownership-vacuum'),
    explanation: findings.join(' '),
    fix: 'Name one business owner who holds the budget for production and the authority to change the workflows it touches, and record both.',
    where: { stageKind: 'ownership', gapId: null, field: field ?? 'businessOwner' },
    blocking: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 7. No production path

export function checkNoProductionPath(session: Session): Flag | null {
  const o = session.ownership;
  const missing: Array<[string, string]> = [];
  if (isBlank(o.monitoring)) missing.push(['monitoring', 'monitoring']);
  if (isBlank(o.rollbackPlan)) missing.push(['rollbackPlan', 'the rollback plan']);
  if (isBlank(o.escalationPath)) missing.push(['escalationPath', 'the escalation path']);
  if (isBlank(o.supportOwner) && factText(session, 'support.owner') === '') missing.push(['supportOwner', 'the support model']);
  if (missing.length === 0) return null;
  return {
    id: 'no-production-path',
    gapId: null,
    title: checkTitle('no-production-path'),
    explanation: `The path to production is incomplete: nothing is recorded for ${listOf(missing.map(([, label]) => label), 'or')}. When the first serious incident comes, nobody is set up to notice it, contain it or fix it.`,
    fix: 'Record how the system is monitored and by whom, the escalation path, a rollback plan that has been rehearsed, and the internal team that supports it after go-live.',
    where: { stageKind: 'ownership', gapId: null, field: missing[0]![0] },
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. The room disagrees (per gap)

export function checkRoomDisagrees(session: Session): Flag[] {
  const flags: Flag[] = [];
  for (const gapId of GAP_IDS) {
    const round = latestRevealedRound(session, gapId);
    if (!round) continue;
    const stats = roundStats(round.votes, session.settings.divergenceSpread);
    if (!stats.divergent || stats.min === null || stats.max === null) continue;
    const counts = ([1, 2, 3, 4, 5] as const)
      .filter((level) => stats.distribution[level] > 0)
      .map((level) => `${plural(stats.distribution[level], 'vote', 'votes')} at level ${level}`);
    if (stats.unsure > 0) counts.push(`${stats.unsure} not sure`);
    const camps = stats.twoCamps ? ' The votes form two camps rather than one spread of opinion.' : '';
    flags.push({
      id: 'room-disagrees',
      gapId,
      title: `${checkTitle('room-disagrees')}: ${gapName(gapId)}`,
      explanation: `In round ${round.number} on ${gapName(gapId)}, the votes run from level ${stats.min} to level ${stats.max}, a spread of ${plural(stats.spread, 'point', 'points')} (${listOf(counts)}).${camps}`,
      fix: 'Ask the lowest and the highest scorers what they know that the others do not, then re-vote or confirm a consensus with a one-line rationale.',
      where: { stageKind: 'gap', gapId, field: 'round' },
      blocking: false,
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// 9. Champion–skeptic split (per gap)

function namesOf(session: Session, gapId: GapId, stance: 'champion' | 'skeptic'): string[] {
  const round = latestRevealedRound(session, gapId);
  if (!round) return [];
  const gaveLevel = new Set(uniqueVotes(round.votes).filter((v) => v.score !== 'unsure').map((v) => v.participantId));
  return votersOf(session)
    .filter((p) => p.stance === stance && gaveLevel.has(p.id))
    .map((p) => p.name);
}

export function checkChampionSkepticSplit(session: Session): Flag[] {
  const flags: Flag[] = [];
  const threshold = session.settings.championSkepticGap;
  for (const gapId of GAP_IDS) {
    const seg = segmentMeans(session, gapId);
    if (seg.champions === null || seg.skeptics === null || seg.championsCount < 1 || seg.skepticsCount < 1) continue;
    const difference = seg.champions - seg.skeptics;
    if (difference < threshold - EPSILON) continue;
    const name = gapName(gapId);
    let explanation: string;
    if (!session.settings.anonymous) {
      const champions = listOf(namesOf(session, gapId, 'champion'));
      const skeptics = listOf(namesOf(session, gapId, 'skeptic'));
      explanation = `On ${name}, the champions (${champions}) average ${formatLevel(seg.champions)} and the skeptics (${skeptics}) average ${formatLevel(seg.skeptics)}: a gap of ${formatNumber(difference)} points.`;
    } else if (seg.championsCount >= ANONYMOUS_MIN_SEGMENT && seg.skepticsCount >= ANONYMOUS_MIN_SEGMENT) {
      explanation = `On ${name}, the ${seg.championsCount} champions average ${formatLevel(seg.champions)} and the ${seg.skepticsCount} skeptics average ${formatLevel(seg.skeptics)}: a gap of ${formatNumber(difference)} points.`;
    } else {
      explanation = `On ${name}, champions score at least ${formatNumber(threshold)} points above skeptics. The groups are too small to show their averages in anonymous mode.`;
    }
    flags.push({
      id: 'champion-skeptic-split',
      gapId,
      title: `${checkTitle('champion-skeptic-split')}: ${name}`,
      explanation: `${explanation} Those who backed the pilot see this gap very differently from those who doubt it.`,
      fix: 'Let the skeptics explain their scores first, check which of their concerns production would confirm, and turn the valid ones into owned actions.',
      where: { stageKind: 'gap', gapId, field: 'round' },
      blocking: false,
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// 10. Orphan actions

export function hasOwner(action: Action): boolean {
  return !isBlank(action.owner);
}

export function hasDueDate(action: Action): boolean {
  return isIsoDate(action.dueDate);
}

export function checkOrphanActions(session: Session): Flag | null {
  const open = session.actions.filter((a) => a.status !== 'done');
  const orphans = open.filter((a) => !hasOwner(a) || !hasDueDate(a));
  if (orphans.length === 0) return null;
  const noOwner = orphans.filter((a) => !hasOwner(a)).length;
  const noDate = orphans.filter((a) => !hasDueDate(a)).length;
  const verb = pluralWord(orphans.length, 'has', 'have');
  let explanation: string;
  if (noDate === 0) explanation = `${plural(orphans.length, 'open action', 'open actions')} ${verb} no owner.`;
  else if (noOwner === 0) explanation = `${plural(orphans.length, 'open action', 'open actions')} ${verb} no due date.`;
  else
    explanation = `${plural(orphans.length, 'open action', 'open actions')} ${pluralWord(orphans.length, 'lacks', 'lack')} an owner or a due date: ${noOwner} without an owner, ${noDate} without a due date.`;
  return {
    id: 'orphan-actions',
    gapId: null,
    title: checkTitle('orphan-actions'),
    explanation: `${explanation} An action nobody owns, or that has no date, tends not to happen.`,
    fix: 'Give every open action a named owner and a due date, or remove it from the plan.',
    where: { stageKind: 'actions', gapId: null, field: noOwner > 0 ? 'owner' : 'dueDate' },
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------
// 11. The easy 80%

export function checkEasy80(session: Session): Flag | null {
  if (factBoolean(session, 'scope.hardCasesDeferred') !== true) return null;
  return {
    id: 'easy-80',
    gapId: null,
    title: checkTitle('easy-80'),
    explanation:
      'Hard cases and off-script behaviour were left "for later", so the pilot measured the easy part of the work. The deferred part usually carries most of the effort, cost and risk.',
    fix: 'List the deferred cases, estimate their share of real volume, and test the most frequent ones before go-live, or record who accepted leaving them out.',
    where: whereFact('scope.hardCasesDeferred'),
    blocking: false,
  };
}

// ---------------------------------------------------------------------------------------------

/** Every open flag, in the order of CHECK_IDS (per-gap flags in gap order). */
export function runChecks(session: Session): Flag[] {
  const single = (flag: Flag | null): Flag[] => (flag ? [flag] : []);
  return [
    ...single(checkMetricMirage(session)),
    ...single(checkCuratedData(session)),
    ...single(checkChampionsOnly(session)),
    ...single(checkVolumeGap(session)),
    ...single(checkStandalonePilot(session)),
    ...single(checkOwnershipVacuum(session)),
    ...single(checkNoProductionPath(session)),
    ...checkRoomDisagrees(session),
    ...checkChampionSkepticSplit(session),
    ...single(checkOrphanActions(session)),
    ...single(checkEasy80(session)),
  ];
}
