/**
 * The pilot-trap checks: the failure modes that keep pilots from reaching production, watched for
 * by the app and shown as named, explained flags. Pure functions of the session, following the
 * session's framework: a check runs only when the framework switches it on; a finding about facts
 * (curated data, volume gap, standalone pilot…) applies only where the framework has every fact it
 * reads; the generic checks (the room disagrees, champion–skeptic split…) look at every gap the
 * framework has; a flag blocks the verdict when the framework's verdict rules name its check.
 */
import { FRAMEWORK_CHECK_IDS, type FrameworkCheckId } from '../framework/checkIds';
import type { Framework } from '../framework/frameworkSchema';
import { sessionFramework, sessionGapIds } from '../framework/sessionFramework';
import type { GapId } from '../framework/types';
import { workItemsOf } from '../framework/wording';
import type { Action, Role, Session, StageKind } from '../model/session';
import { ROLE_LABELS } from '../model/participantLabels';
import { ANONYMOUS_MIN_SEGMENT } from '../summary/heatmapInput';
import { latestRevealedRound, segmentMeans, uniqueVotes, votersOf } from './rounds';
import { roundStats } from './stats';
import { isIsoDate } from '../text/dates';
import { msg, type Message, type MessageId } from '../i18n';
import { gapNameMessage, levelValue, listMessage, numberValue, quotedMessage, ratioValue, sentences } from './words';

/** The checks in the order flags are listed: the framework's list of checks it may switch on. */
export const CHECK_IDS = FRAMEWORK_CHECK_IDS;
export type CheckId = FrameworkCheckId;

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
  title: Message;
  /** What was found, in plain sentences, with the numbers. */
  explanation: Message;
  /** What closes the flag. */
  fix: Message;
  /** The screen where it is fixed. */
  where: FlagLocation;
  /** A blocking flag holds the verdict at "Not yet". */
  blocking: boolean;
}

const CHECK_TITLES: Readonly<Record<CheckId, MessageId>> = {
  'metric-mirage': 'checks.metricMirage.title',
  'curated-data': 'checks.curatedData.title',
  'champions-only': 'checks.championsOnly.title',
  'volume-gap': 'checks.volumeGap.title',
  'standalone-pilot': 'checks.standalonePilot.title',
  'ownership-vacuum': 'checks.ownershipVacuum.title',
  'no-production-path': 'checks.noProductionPath.title',
  'room-disagrees': 'checks.roomDisagrees.title',
  'champion-skeptic-split': 'checks.championSkepticSplit.title',
  'orphan-actions': 'checks.orphanActions.title',
  'easy-80': 'checks.easy80.title',
  'missing-voices': 'checks.missingVoices.title',
};

export function checkTitle(id: CheckId): Message {
  return msg(CHECK_TITLES[id]);
}

/** From this production ÷ pilot ratio on, a pilot result says little about production. */
export const SCALE_RATIO = 10;
const EPSILON = 1e-9;

// ---------------------------------------------------------------------------------------------
// What the session's framework decides: which checks run, which facts exist, which flags block.

/** Whether the session's framework runs a check. */
export function isCheckOn(session: Session, id: CheckId): boolean {
  return sessionFramework(session).checks.includes(id);
}

/** Whether the session's framework has every one of these facts, so a finding that reads them applies. */
export function hasFacts(session: Session, ...factIds: readonly string[]): boolean {
  const facts = sessionFramework(session).facts;
  return factIds.every((id) => facts.some((fact) => fact.id === id));
}

/**
 * Whether a check's flag holds the verdict at "Not yet": the framework's verdict rules name it.
 * `severe` is false for a milder finding (metric mirage's missing threshold), which never blocks.
 */
function blocks(session: Session, id: CheckId, severe = true): boolean {
  return severe && sessionFramework(session).verdictRules.blockingChecks.includes(id);
}

/** The gap of the framework that lists a fact, if any. */
function gapOfFact(framework: Framework, factId: string): GapId | null {
  return framework.gaps.find((gap) => gap.factIds.includes(factId))?.id ?? null;
}

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

function quoted(name: string): Message {
  return quotedMessage(name.trim() || msg('checks.untitledKpi'));
}

/** The screen where a fact is edited: the gap stage that lists it, or the Frame. */
function whereFact(session: Session, factId: string): FlagLocation {
  const gapId = gapOfFact(sessionFramework(session), factId);
  return gapId !== null ? { stageKind: 'gap', gapId, field: factId } : { stageKind: 'frame', gapId: null, field: factId };
}

const gapName = gapNameMessage;

// ---------------------------------------------------------------------------------------------
// 1. Metric mirage

export function checkMetricMirage(session: Session): Flag | null {
  if (!isCheckOn(session, 'metric-mirage')) return null;
  const kpis = session.kpis;
  const business = kpis.filter((k) => k.kind === 'business');
  const title = checkTitle('metric-mirage');
  const base = { id: 'metric-mirage' as const, gapId: null, title };

  if (kpis.length === 0) {
    return {
      ...base,
      explanation: msg('checks.metricMirage.noKpis'),
      fix: msg('checks.metricMirage.noKpis.fix'),
      where: { stageKind: 'criteria', gapId: null, field: 'kpis' },
      blocking: blocks(session, 'metric-mirage'),
    };
  }
  if (business.length === 0) {
    return {
      ...base,
      explanation: msg('checks.metricMirage.modelOnly', { count: kpis.length, names: listMessage(kpis.map((k) => quoted(k.name))) }),
      fix: msg('checks.metricMirage.modelOnly.fix'),
      where: { stageKind: 'criteria', gapId: null, field: 'kind' },
      blocking: blocks(session, 'metric-mirage'),
    };
  }

  const findings: Message[] = [];
  const fixes: Message[] = [];
  let field: string | null = null;
  const withThreshold = business.filter((k) => !isBlank(k.threshold));
  if (withThreshold.length === 0) {
    findings.push(msg('checks.metricMirage.noThreshold', { count: business.length, name: quoted(business[0]!.name) }));
    fixes.push(msg('checks.metricMirage.noThreshold.fix'));
    field = 'threshold';
  }
  const notMeasured = business.filter((k) => k.measuredInProduction === false);
  if (notMeasured.length > 0) {
    findings.push(
      msg('checks.metricMirage.notMeasured', {
        count: notMeasured.length,
        name: quoted(notMeasured[0]!.name),
        names: listMessage(notMeasured.map((k) => quoted(k.name))),
      }),
    );
    fixes.push(msg('checks.metricMirage.notMeasured.fix'));
    field ??= 'measuredInProduction';
  }
  if (findings.length === 0) return null;
  return {
    ...base,
    explanation: sentences(findings),
    fix: sentences(fixes),
    where: { stageKind: 'criteria', gapId: null, field: field ?? 'kpis' },
    blocking: blocks(session, 'metric-mirage', false),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Curated data

export function checkCuratedData(session: Session): Flag | null {
  if (!isCheckOn(session, 'curated-data')) return null;
  const findings: Message[] = [];
  let where: FlagLocation | null = null;
  if (hasFacts(session, 'pilot.sampleRandom') && factBoolean(session, 'pilot.sampleRandom') === false) {
    findings.push(msg('checks.curatedData.selectedSample'));
    where = whereFact(session, 'pilot.sampleRandom');
  }
  const ratio = hasFacts(session, 'production.records', 'pilot.records', 'data.rawDataTested') ? factRatio(session, 'production.records', 'pilot.records') : null;
  if (ratio !== null && ratio >= SCALE_RATIO && factBoolean(session, 'data.rawDataTested') !== true) {
    const production = factNumber(session, 'production.records')!;
    const pilot = factNumber(session, 'pilot.records')!;
    findings.push(msg('checks.curatedData.scale', { ratio: ratioValue(ratio), production: numberValue(production), pilot: numberValue(pilot) }));
    where ??= whereFact(session, 'data.rawDataTested');
  }
  if (findings.length === 0 || !where) return null;
  return {
    id: 'curated-data',
    gapId: where.gapId,
    title: checkTitle('curated-data'),
    explanation: sentences(findings),
    fix: msg('checks.curatedData.fix'),
    where,
    blocking: blocks(session, 'curated-data'),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Champions only

export function checkChampionsOnly(session: Session): Flag | null {
  if (!isCheckOn(session, 'champions-only')) return null;
  const findings: Message[] = [];
  let where: FlagLocation | null = null;
  if (hasFacts(session, 'pilot.usersVolunteers') && factBoolean(session, 'pilot.usersVolunteers') === true) {
    const users = hasFacts(session, 'pilot.users') ? factNumber(session, 'pilot.users') : null;
    findings.push(
      users !== null && users > 0
        ? msg('checks.championsOnly.volunteersCounted', { users: numberValue(users) })
        : msg('checks.championsOnly.volunteers'),
    );
    where = whereFact(session, 'pilot.usersVolunteers');
  }
  // The facilitator runs the workshop; their own stance does not speak for the client.
  const clientPeople = session.participants.filter((p) => !p.isFacilitator);
  if (clientPeople.length > 0 && !clientPeople.some((p) => p.stance === 'skeptic')) {
    findings.push(msg('checks.championsOnly.noSkeptic', { count: clientPeople.length }));
    where ??= { stageKind: 'frame', gapId: null, field: 'participants' };
  }
  if (findings.length === 0 || !where) return null;
  return {
    id: 'champions-only',
    // The users' gap: the one that records whether pilot users volunteered.
    gapId: gapOfFact(sessionFramework(session), 'pilot.usersVolunteers'),
    title: checkTitle('champions-only'),
    explanation: sentences(findings),
    fix: msg('checks.championsOnly.fix'),
    where,
    blocking: blocks(session, 'champions-only'),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Volume gap

export function checkVolumeGap(session: Session): Flag | null {
  if (!isCheckOn(session, 'volume-gap') || !hasFacts(session, 'production.peakTransactionsPerDay', 'pilot.transactionsPerDay', 'load.loadTestAtPeak')) return null;
  const ratio = factRatio(session, 'production.peakTransactionsPerDay', 'pilot.transactionsPerDay');
  if (ratio === null || ratio < SCALE_RATIO || factBoolean(session, 'load.loadTestAtPeak') === true) return null;
  const production = factNumber(session, 'production.peakTransactionsPerDay')!;
  const pilot = factNumber(session, 'pilot.transactionsPerDay')!;
  const where = whereFact(session, 'load.loadTestAtPeak');
  return {
    id: 'volume-gap',
    gapId: where.gapId,
    title: checkTitle('volume-gap'),
    explanation: msg('checks.volumeGap.explanation', {
      ratio: ratioValue(ratio),
      production: numberValue(production),
      items: workItemsOf(session),
      pilot: numberValue(pilot),
    }),
    fix: msg('checks.volumeGap.fix'),
    where,
    blocking: blocks(session, 'volume-gap'),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Standalone pilot

export function checkStandalonePilot(session: Session): Flag | null {
  if (!isCheckOn(session, 'standalone-pilot') || !hasFacts(session, 'pilot.systemsIntegrated')) return null;
  if (factNumber(session, 'pilot.systemsIntegrated') !== 0) return null;
  const needed = hasFacts(session, 'production.systemsNeeded') ? factNumber(session, 'production.systemsNeeded') : null;
  const where = whereFact(session, 'pilot.systemsIntegrated');
  return {
    id: 'standalone-pilot',
    gapId: where.gapId,
    title: checkTitle('standalone-pilot'),
    explanation:
      needed !== null && needed > 0
        ? msg('checks.standalonePilot.explanationNeeded', { count: needed })
        : msg('checks.standalonePilot.explanation'),
    fix: msg('checks.standalonePilot.fix'),
    where,
    blocking: blocks(session, 'standalone-pilot'),
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Ownership vacuum

export function checkOwnershipVacuum(session: Session): Flag | null {
  if (!isCheckOn(session, 'ownership-vacuum')) return null;
  const o = session.ownership;
  const findings: Message[] = [];
  let field: string | null = null;
  if (isBlank(o.businessOwner)) {
    findings.push(msg('checks.ownershipVacuum.noOwner'));
    field = 'businessOwner';
  }
  const noBudget = o.ownerHasBudget === false;
  const noAuthority = o.ownerHasAuthority === false;
  const owner = isBlank(o.businessOwner) ? 'intended' : 'named';
  if (noBudget && noAuthority) {
    findings.push(msg('checks.ownershipVacuum.neither', { owner }));
  } else if (noBudget) {
    findings.push(msg('checks.ownershipVacuum.noBudget', { owner }));
  } else if (noAuthority) {
    findings.push(msg('checks.ownershipVacuum.noAuthority', { owner }));
  }
  if (noBudget) field ??= 'ownerHasBudget';
  if (noAuthority) field ??= 'ownerHasAuthority';
  if (findings.length === 0) return null;
  return {
    id: 'ownership-vacuum',
    gapId: null,
    title: checkTitle('ownership-vacuum'),
    explanation: sentences(findings),
    fix: msg('checks.ownershipVacuum.fix'),
    where: { stageKind: 'ownership', gapId: null, field: field ?? 'businessOwner' },
    blocking: blocks(session, 'ownership-vacuum'),
  };
}

// ---------------------------------------------------------------------------------------------
// 7. No production path

export function checkNoProductionPath(session: Session): Flag | null {
  if (!isCheckOn(session, 'no-production-path')) return null;
  const o = session.ownership;
  const missing: Array<[string, Message]> = [];
  if (isBlank(o.monitoring)) missing.push(['monitoring', msg('checks.noProductionPath.monitoring')]);
  if (isBlank(o.rollbackPlan)) missing.push(['rollbackPlan', msg('checks.noProductionPath.rollbackPlan')]);
  if (isBlank(o.escalationPath)) missing.push(['escalationPath', msg('checks.noProductionPath.escalationPath')]);
  // A framework that records who supports it as a fact lets that answer count too.
  const supportFact = hasFacts(session, 'support.owner') ? factText(session, 'support.owner') : '';
  if (isBlank(o.supportOwner) && supportFact === '') missing.push(['supportOwner', msg('checks.noProductionPath.supportModel')]);
  if (missing.length === 0) return null;
  return {
    id: 'no-production-path',
    gapId: null,
    title: checkTitle('no-production-path'),
    explanation: msg('checks.noProductionPath.explanation', { missing: listMessage(missing.map(([, label]) => label), 'or') }),
    fix: msg('checks.noProductionPath.fix'),
    where: { stageKind: 'ownership', gapId: null, field: missing[0]![0] },
    blocking: blocks(session, 'no-production-path'),
  };
}

// ---------------------------------------------------------------------------------------------
// 8. The room disagrees (per gap)

export function checkRoomDisagrees(session: Session): Flag[] {
  if (!isCheckOn(session, 'room-disagrees')) return [];
  const flags: Flag[] = [];
  for (const gapId of sessionGapIds(session)) {
    const round = latestRevealedRound(session, gapId);
    if (!round) continue;
    const stats = roundStats(round.votes, session.settings.divergenceSpread);
    if (!stats.divergent || stats.min === null || stats.max === null) continue;
    const counts: Message[] = ([1, 2, 3, 4, 5] as const)
      .filter((level) => stats.distribution[level] > 0)
      .map((level) => msg('checks.roomDisagrees.votesAtLevel', { count: stats.distribution[level], level }));
    if (stats.unsure > 0) counts.push(msg('checks.roomDisagrees.notSure', { count: stats.unsure }));
    flags.push({
      id: 'room-disagrees',
      gapId,
      title: msg('checks.titleForGap', { title: checkTitle('room-disagrees'), gap: gapName(gapId) }),
      explanation: msg('checks.roomDisagrees.explanation', {
        round: round.number,
        gap: gapName(gapId),
        min: stats.min,
        max: stats.max,
        spread: stats.spread,
        counts: listMessage(counts),
        camps: stats.twoCamps ? 'yes' : 'no',
      }),
      fix: msg('checks.roomDisagrees.fix'),
      where: { stageKind: 'gap', gapId, field: 'round' },
      blocking: blocks(session, 'room-disagrees'),
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
  if (!isCheckOn(session, 'champion-skeptic-split')) return [];
  const flags: Flag[] = [];
  const threshold = session.settings.championSkepticGap;
  for (const gapId of sessionGapIds(session)) {
    const seg = segmentMeans(session, gapId);
    if (seg.champions === null || seg.skeptics === null || seg.championsCount < 1 || seg.skepticsCount < 1) continue;
    const difference = seg.champions - seg.skeptics;
    if (difference < threshold - EPSILON) continue;
    const name = gapName(gapId);
    let finding: Message;
    if (!session.settings.anonymous) {
      finding = msg('checks.championSkepticSplit.named', {
        gap: name,
        champions: listMessage(namesOf(session, gapId, 'champion')),
        championMean: levelValue(seg.champions),
        skeptics: listMessage(namesOf(session, gapId, 'skeptic')),
        skepticMean: levelValue(seg.skeptics),
        difference: numberValue(difference),
      });
    } else if (seg.championsCount >= ANONYMOUS_MIN_SEGMENT && seg.skepticsCount >= ANONYMOUS_MIN_SEGMENT) {
      finding = msg('checks.championSkepticSplit.counted', {
        gap: name,
        championCount: seg.championsCount,
        championMean: levelValue(seg.champions),
        skepticCount: seg.skepticsCount,
        skepticMean: levelValue(seg.skeptics),
        difference: numberValue(difference),
      });
    } else {
      finding = msg('checks.championSkepticSplit.hidden', { gap: name, threshold: numberValue(threshold) });
    }
    flags.push({
      id: 'champion-skeptic-split',
      gapId,
      title: msg('checks.titleForGap', { title: checkTitle('champion-skeptic-split'), gap: name }),
      explanation: msg('checks.championSkepticSplit.explanation', { finding }),
      fix: msg('checks.championSkepticSplit.fix'),
      where: { stageKind: 'gap', gapId, field: 'round' },
      blocking: blocks(session, 'champion-skeptic-split'),
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
  if (!isCheckOn(session, 'orphan-actions')) return null;
  const open = session.actions.filter((a) => a.status !== 'done');
  const orphans = open.filter((a) => !hasOwner(a) || !hasDueDate(a));
  if (orphans.length === 0) return null;
  const noOwner = orphans.filter((a) => !hasOwner(a)).length;
  const noDate = orphans.filter((a) => !hasDueDate(a)).length;
  const count = orphans.length;
  const finding =
    noDate === 0
      ? msg('checks.orphanActions.noOwner', { count })
      : noOwner === 0
        ? msg('checks.orphanActions.noDate', { count })
        : msg('checks.orphanActions.both', { count, noOwner, noDate });
  return {
    id: 'orphan-actions',
    gapId: null,
    title: checkTitle('orphan-actions'),
    explanation: msg('checks.orphanActions.explanation', { finding }),
    fix: msg('checks.orphanActions.fix'),
    where: { stageKind: 'actions', gapId: null, field: noOwner > 0 ? 'owner' : 'dueDate' },
    blocking: blocks(session, 'orphan-actions'),
  };
}

// ---------------------------------------------------------------------------------------------
// 11. The easy 80%

export function checkEasy80(session: Session): Flag | null {
  if (!isCheckOn(session, 'easy-80') || !hasFacts(session, 'scope.hardCasesDeferred')) return null;
  if (factBoolean(session, 'scope.hardCasesDeferred') !== true) return null;
  return {
    id: 'easy-80',
    gapId: null,
    title: checkTitle('easy-80'),
    explanation: msg('checks.easy80.explanation'),
    fix: msg('checks.easy80.fix'),
    where: whereFact(session, 'scope.hardCasesDeferred'),
    blocking: blocks(session, 'easy-80'),
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Missing voices

/** The roles the framework requires that nobody in the room holds (the facilitator does not count). */
export function missingRoles(session: Session): Role[] {
  const held = new Set(session.participants.filter((p) => !p.isFacilitator).map((p) => p.role));
  return sessionFramework(session).requiredRoles.filter((role) => !held.has(role));
}

/**
 * The people who must run the system in production are not in the room. It waits until someone
 * is: an empty list is a room not yet entered, which the participants card already says.
 */
export function checkMissingVoices(session: Session): Flag | null {
  if (!isCheckOn(session, 'missing-voices')) return null;
  if (!session.participants.some((p) => !p.isFacilitator)) return null;
  const missing = missingRoles(session);
  if (missing.length === 0) return null;
  const roles = listMessage(missing.map((role) => ROLE_LABELS[role]), 'or');
  return {
    id: 'missing-voices',
    gapId: null,
    title: checkTitle('missing-voices'),
    explanation: msg('checks.missingVoices.explanation', { roles, count: missing.length }),
    fix: msg('checks.missingVoices.fix', { roles }),
    where: { stageKind: 'frame', gapId: null, field: 'participants' },
    blocking: blocks(session, 'missing-voices'),
  };
}

// ---------------------------------------------------------------------------------------------

/** The short notice the participants card shows while the missing-voices flag is open; null otherwise. */
export function missingVoicesNotice(session: Session): Message | null {
  if (checkMissingVoices(session) === null) return null;
  return msg('checks.missingVoices.notice', { roles: listMessage(missingRoles(session).map((role) => ROLE_LABELS[role]), 'or') });
}

/** Every open flag of the checks the framework runs, in the order of CHECK_IDS (per-gap flags in gap order). */
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
    ...single(checkMissingVoices(session)),
  ];
}
