/**
 * A session's assessment of one gap. The schema keeps one for every gap of the session's
 * framework, so a gap the framework has always reads; a gap it lacks reads as never assessed.
 */
import type { GapId } from '../framework/types';
import type { GapAssessment, Session } from './session';

const NEVER_ASSESSED: GapAssessment = Object.freeze({ consensus: null, evidence: Object.freeze([]) as unknown as GapAssessment['evidence'], risks: Object.freeze([]) as unknown as GapAssessment['risks'], notes: '' });

export function gapAssessment(session: Pick<Session, 'gaps'>, gapId: GapId): GapAssessment {
  return session.gaps[gapId] ?? NEVER_ASSESSED;
}

/** The session with one gap's assessment changed. */
export function withGapAssessment<S extends Pick<Session, 'gaps'>>(session: S, gapId: GapId, change: Partial<GapAssessment>): S {
  return { ...session, gaps: { ...session.gaps, [gapId]: { ...gapAssessment(session, gapId), ...change } } };
}
