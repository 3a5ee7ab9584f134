/** Builds a new, valid session from the two things the facilitator types: initiative and client. */
import { BUILT_IN_FRAMEWORK_ID } from '../framework/builtInFramework';
import type { Framework } from '../framework/frameworkSchema';
import { sessionGapIds } from '../framework/sessionFramework';
import type { GapId } from '../framework/types';
import { defaultAgenda, withComparisonStage } from '../phases/agenda';
import { localDay } from '../text/dates';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import type { Assessment, GapAssessment, Ownership, Session, Settings } from './session';
import { MAX_EARLIER_ASSESSMENTS } from './sessionLimits';
import { sessionLanguage } from './sessionLanguage';

export const DEFAULT_SETTINGS: Settings = {
  anonymous: false,
  facilitatorVotes: false,
  divergenceSpread: 2,
  championSkepticGap: 1.5,
};

export const EMPTY_OWNERSHIP: Ownership = {
  businessOwner: '',
  ownerHasBudget: null,
  ownerHasAuthority: null,
  supportOwner: '',
  monitoring: '',
  humanReview: '',
  escalationPath: '',
  rollbackPlan: '',
  expansionCriteria: '',
  timeline: '',
  handoverPlan: '',
};

export function emptyGapAssessment(): GapAssessment {
  return { consensus: null, evidence: [], risks: [], notes: '' };
}

/** An empty assessment for each gap of the framework (absent: the built-in one). */
export function emptyGaps(framework?: Framework): Record<GapId, GapAssessment> {
  return Object.fromEntries(sessionGapIds({ framework }).map((g) => [g, emptyGapAssessment()]));
}

export interface NewSessionInput {
  initiative: string;
  client: string;
  id: string;
  now: number;
  /** The client's language; English when not given. */
  language?: string;
  /**
   * The framework the session follows: copied in whole, so later edits to the template never
   * change the session. Absent, or the built-in one: the session carries none (sessionFramework).
   */
  framework?: Framework;
}

export function createSession({ initiative, client, id, now, language, framework }: NewSessionInput): Session {
  const own = framework && framework.id !== BUILT_IN_FRAMEWORK_ID ? (JSON.parse(JSON.stringify(framework)) as Framework) : undefined;
  const agenda = defaultAgenda(own);
  return {
    id,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    deletedAt: null,
    initiative: initiative.trim(),
    client: client.trim(),
    useCase: '',
    facilitator: '',
    // The facilitator's calendar day: a session made at 00:30 in UTC+2 belongs to that day, not UTC's.
    workshopDate: localDay(now),
    firm: { name: '', accentColor: '#1f5fbf' },
    facts: {},
    participants: [],
    kpis: [],
    agenda,
    currentStageId: agenda[0]!.id,
    rounds: [],
    gaps: emptyGaps(own),
    ownership: { ...EMPTY_OWNERSHIP },
    actions: [],
    verdictOverride: null,
    settings: { ...DEFAULT_SETTINGS },
    previousSessionId: null,
    language: language ?? DEFAULT_LANGUAGE,
    ...(own ? { framework: own } : {}),
  };
}

/** Which assessment of its initiative a session is: 1 for the first, 2 for its first re-assessment, … */
export function assessmentNumber(session: Pick<Session, 'earlier'>): number {
  return (session.earlier?.length ?? 0) + 1;
}

/** A session as an earlier assessment: frozen without its phone room (secrets stay behind) or history. */
export function assessmentOf(session: Session): Assessment {
  const { room: _room, earlier: _earlier, ...assessment } = session;
  return JSON.parse(JSON.stringify(assessment)) as Assessment;
}

/**
 * A re-assessment of the same initiative: its framework, frame, people, facts and KPIs are the
 * starting point (all editable), its open actions carry over with their ids and status, its rounds
 * and consensus start empty; its agenda holds the comparison with the baseline. It carries its
 * earlier assessments, the source last, so the comparison never depends on the library still
 * holding them.
 */
export function startReassessment(source: Session, id: string, now: number): Session {
  const fresh = createSession({ initiative: source.initiative, client: source.client, id, now, language: sessionLanguage(source), ...(source.framework ? { framework: source.framework } : {}) });
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    ...fresh,
    agenda: withComparisonStage(fresh.agenda),
    useCase: source.useCase,
    facilitator: source.facilitator,
    firm: copy(source.firm),
    facts: copy(source.facts),
    participants: copy(source.participants),
    kpis: copy(source.kpis),
    ownership: { ...source.ownership },
    actions: copy(source.actions.filter((a) => a.status !== 'done')),
    settings: { ...source.settings },
    previousSessionId: source.id,
    earlier: [...(source.earlier ?? []), assessmentOf(source)].slice(-MAX_EARLIER_ASSESSMENTS),
  };
}
