/** Builds a new, valid session from the two things the facilitator types: initiative and client. */
import { BUILT_IN_FRAMEWORK_ID } from '../framework/builtInFramework';
import type { Framework } from '../framework/frameworkSchema';
import { sessionGapIds } from '../framework/sessionFramework';
import type { GapId } from '../framework/types';
import { defaultAgenda } from '../phases/agenda';
import { localDay } from '../text/dates';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import type { GapAssessment, Ownership, Session, Settings } from './session';
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

/**
 * A re-assessment: same frame and people, fresh scores, linked to the earlier session. Its name is
 * the earlier one marked as a re-assessment, worded by the caller in the session's language
 * (the catalogue's `summary.reassessmentName`).
 */
export function duplicateAsReassessment(source: Session, id: string, now: number, name: (initiative: string) => string): Session {
  const fresh = createSession({ initiative: source.initiative, client: source.client, id, now, language: sessionLanguage(source), ...(source.framework ? { framework: source.framework } : {}) });
  return {
    ...fresh,
    initiative: name(source.initiative).slice(0, 200),
    useCase: source.useCase,
    facilitator: source.facilitator,
    firm: { ...source.firm },
    facts: { ...source.facts },
    participants: source.participants.map((p) => ({ ...p })),
    kpis: source.kpis.map((k) => ({ ...k })),
    ownership: { ...source.ownership },
    actions: source.actions.filter((a) => a.status !== 'done').map((a) => ({ ...a })),
    settings: { ...source.settings },
    previousSessionId: source.id,
  };
}
