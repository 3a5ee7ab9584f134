/**
 * An assessment's readiness: the mean consensus level of its scored gaps (1–5), the one figure the
 * library's trend and the portfolio compare initiatives by. Unscored gaps are left out rather than
 * counted as 1, so a workshop half way through is not read as a poor one; the verdict says what
 * is missing.
 */
import { sessionGapIds } from '../framework/sessionFramework';
import type { Session } from '../model/session';
import { effectiveLevel } from '../scoring/rounds';

/** The mean consensus level of the scored gaps; null when no gap is scored yet. */
export function readinessLevel(session: Session): number | null {
  const levels = sessionGapIds(session)
    .map((gapId) => effectiveLevel(session, gapId))
    .filter((level) => level !== null);
  if (levels.length === 0) return null;
  return levels.reduce<number>((sum, level) => sum + level, 0) / levels.length;
}
