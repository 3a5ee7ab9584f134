/** Small, immutable helpers to build sessions for the scoring tests. */
import { GAP_IDS, type GapId, type Level } from '../../../../shared/framework/types';
import { createSession } from '../../../../shared/model/createSession';
import type {
  Action,
  FactValue,
  Kpi,
  Ownership,
  Participant,
  Role,
  Round,
  Session,
  Settings,
  Stance,
  VoteScore,
} from '../../../../shared/model/session';

export const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);

export function baseSession(): Session {
  return createSession({ initiative: 'Voice agent for customer service', client: 'Northwind', id: 'session-1', now: NOW });
}

export interface PersonSpec {
  id: string;
  stance?: Stance;
  name?: string;
  role?: Role;
  isFacilitator?: boolean;
}

export function withParticipants(session: Session, people: readonly PersonSpec[]): Session {
  const participants: Participant[] = people.map((p) => ({
    id: p.id,
    name: p.name ?? `Person ${p.id}`,
    role: p.role ?? 'other',
    stance: p.stance ?? 'neutral',
    inPilot: false,
    isFacilitator: p.isFacilitator ?? false,
  }));
  return { ...session, participants: [...session.participants, ...participants] };
}

export interface RoundOptions {
  number?: number;
  status?: Round['status'];
}

/** Adds a round on a gap with the given votes (participant id → score); revealed unless told. */
export function withRound(session: Session, gapId: GapId, votes: Record<string, VoteScore>, options: RoundOptions = {}): Session {
  const existing = session.rounds.filter((r) => r.gapId === gapId).length;
  const number = options.number ?? existing + 1;
  const status = options.status ?? 'revealed';
  const round: Round = {
    id: `round-${gapId}-${number}`,
    gapId,
    number,
    status,
    openedAt: NOW,
    revealedAt: status === 'revealed' ? NOW + 1 : null,
    votes: Object.entries(votes).map(([participantId, score], i) => ({
      participantId,
      score,
      confidence: null,
      comment: '',
      source: 'grid',
      at: NOW + i,
    })),
  };
  return { ...session, rounds: [...session.rounds, round] };
}

/** Confirms a consensus level on the given gaps. */
export function withConsensus(session: Session, levels: Partial<Record<GapId, Level>>): Session {
  const gaps = { ...session.gaps };
  for (const gapId of GAP_IDS) {
    const level = levels[gapId];
    if (level === undefined) continue;
    gaps[gapId] = { ...gaps[gapId]!, consensus: { level, rationale: 'Agreed in the room.', roundId: null, confirmedAt: NOW } };
  }
  return { ...session, gaps };
}

export function allGapsAt(session: Session, level: Level): Session {
  return withConsensus(session, Object.fromEntries(GAP_IDS.map((g) => [g, level])) as Record<GapId, Level>);
}

let actionCounter = 0;

export function withAction(session: Session, action: Partial<Action> = {}): Session {
  actionCounter += 1;
  const full: Action = {
    id: `action-${actionCounter}`,
    title: 'Evaluate on a random raw sample',
    description: '',
    gapId: null,
    owner: 'Dana',
    dueDate: '2025-04-30',
    priority: 'high',
    status: 'open',
    successMeasure: '',
    suggestionId: null,
    createdAt: NOW,
    ...action,
  };
  return { ...session, actions: [...session.actions, full] };
}

export function withFacts(session: Session, facts: Record<string, FactValue>): Session {
  return { ...session, facts: { ...session.facts, ...facts } };
}

let kpiCounter = 0;

export function withKpi(session: Session, kpi: Partial<Kpi> = {}): Session {
  kpiCounter += 1;
  const full: Kpi = {
    id: `kpi-${kpiCounter}`,
    name: 'Cost per call',
    kind: 'business',
    baseline: '4.10 EUR',
    pilotResult: '2.90 EUR',
    productionTarget: '3.00 EUR',
    threshold: 'at most 3.20 EUR',
    measuredInProduction: true,
    ...kpi,
  };
  return { ...session, kpis: [...session.kpis, full] };
}

export function withOwnership(session: Session, ownership: Partial<Ownership>): Session {
  return { ...session, ownership: { ...session.ownership, ...ownership } };
}

export function withSettings(session: Session, settings: Partial<Settings>): Session {
  return { ...session, settings: { ...session.settings, ...settings } };
}

export const FULL_OWNERSHIP: Ownership = {
  businessOwner: 'Head of Customer Service',
  ownerHasBudget: true,
  ownerHasAuthority: true,
  supportOwner: 'Contact-centre IT team',
  monitoring: 'Daily dashboard of containment and errors, reviewed by the service desk lead',
  humanReview: 'Weekly sample of 50 calls',
  escalationPath: 'Service desk, then the platform team, then the vendor',
  rollbackPlan: 'Route all calls back to agents within 15 minutes',
  expansionCriteria: 'Containment above 35% for four weeks',
  timeline: 'Q3',
  handoverPlan: 'Vendor hands over runbooks in June',
};

/**
 * A session on which no pilot-trap check fires (no rounds, no consensus yet): the room holds every
 * role the built-in framework requires; Dario (legal) is there but scores nothing in these tests.
 */
export function cleanSession(): Session {
  let s = baseSession();
  s = withParticipants(s, [
    { id: 'p1', stance: 'champion', name: 'Ana', role: 'it' },
    { id: 'p2', stance: 'skeptic', name: 'Ben', role: 'operations' },
    { id: 'p3', stance: 'neutral', name: 'Chloé', role: 'support' },
    { id: 'p0', stance: 'neutral', name: 'Dario', role: 'legal' },
  ]);
  s = withKpi(s);
  s = withFacts(s, {
    'pilot.records': 500,
    'production.records': 50_000,
    'pilot.sampleRandom': true,
    'data.rawDataTested': true,
    'pilot.transactionsPerDay': 50,
    'production.peakTransactionsPerDay': 6_000,
    'load.loadTestAtPeak': true,
    'pilot.users': 12,
    'production.users': 400,
    'pilot.usersVolunteers': false,
    'pilot.systemsIntegrated': 2,
    'production.systemsNeeded': 4,
    'scope.hardCasesDeferred': false,
  });
  s = withOwnership(s, FULL_OWNERSHIP);
  return s;
}
