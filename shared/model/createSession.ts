/** Builds a new, valid session from the two things the facilitator types: initiative and client. */
import { GAP_IDS, type GapId } from '../framework/types';
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

export function emptyGaps(): Record<GapId, GapAssessment> {
  return Object.fromEntries(GAP_IDS.map((g) => [g, emptyGapAssessment()])) as Record<GapId, GapAssessment>;
}

export interface NewSessionInput {
  initiative: string;
  client: string;
  id: string;
  now: number;
  /** The client's language; English when not given. */
  language?: string;
}

export function createSession({ initiative, client, id, now, language }: NewSessionInput): Session {
  const agenda = defaultAgenda();
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
    gaps: emptyGaps(),
    ownership: { ...EMPTY_OWNERSHIP },
    actions: [],
    verdictOverride: null,
    settings: { ...DEFAULT_SETTINGS },
    previousSessionId: null,
    language: language ?? DEFAULT_LANGUAGE,
  };
}

/**
 * A re-assessment: same frame and people, fresh scores, linked to the earlier session. Its name is
 * the earlier one marked as a re-assessment, worded by the caller in the session's language
 * (the catalogue's `summary.reassessmentName`).
 */
export function duplicateAsReassessment(source: Session, id: string, now: number, name: (initiative: string) => string): Session {
  const fresh = createSession({ initiative: source.initiative, client: source.client, id, now, language: sessionLanguage(source) });
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
