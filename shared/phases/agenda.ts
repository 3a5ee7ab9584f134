/** The workshop agenda as data: an ordered list of stages, and pure moves between them. */
import type { Framework } from '../framework/frameworkSchema';
import { sessionFramework } from '../framework/sessionFramework';
import type { GapId } from '../framework/types';
import type { Stage, StageKind } from '../model/session';

export function stageId(kind: StageKind, gapId: GapId | null = null): string {
  return gapId ? `gap-${gapId}` : kind;
}

/** The agenda a new session starts with: its framework's stages, in order (absent framework: the built-in one). */
export function defaultAgenda(framework?: Framework): Stage[] {
  return sessionFramework({ framework }).agenda.map((stage) => ({
    id: stageId(stage.kind, stage.gapId),
    kind: stage.kind,
    gapId: stage.gapId,
    timeboxMinutes: stage.timeboxMinutes,
    startedAt: null,
    completedAt: null,
  }));
}

/** Minutes a re-assessment's agenda gives the comparison with its baseline. */
export const COMPARISON_TIMEBOX_MINUTES = 15;

/**
 * A re-assessment's agenda: its framework's with the comparison just before the verdict (the room
 * sees what moved before it decides), or at the end when the agenda has no verdict. An agenda that
 * already holds the comparison is returned as it is.
 */
export function withComparisonStage(agenda: readonly Stage[]): Stage[] {
  if (agenda.some((s) => s.kind === 'comparison')) return [...agenda];
  const comparison: Stage = { id: stageId('comparison'), kind: 'comparison', gapId: null, timeboxMinutes: COMPARISON_TIMEBOX_MINUTES, startedAt: null, completedAt: null };
  const verdict = agenda.findIndex((s) => s.kind === 'verdict');
  const at = verdict < 0 ? agenda.length : verdict;
  return [...agenda.slice(0, at), comparison, ...agenda.slice(at)];
}

/** Moves to a stage: stamps it started the first time, so its timebox counts from then. */
export function enterStage(agenda: readonly Stage[], targetId: string, now: number): Stage[] {
  if (!agenda.some((s) => s.id === targetId)) throw new Error(`Unknown stage "${targetId}".`);
  return agenda.map((s) => (s.id === targetId && s.startedAt === null ? { ...s, startedAt: now } : s));
}

/**
 * Stamps when the room moved on from a stage with Next, which stops its timebox. It does not
 * make the stage done: that is its content being complete (stageCompletion.ts).
 */
export function markStageComplete(agenda: readonly Stage[], targetId: string, now: number): Stage[] {
  return agenda.map((s) => (s.id === targetId ? { ...s, completedAt: s.completedAt ?? now } : s));
}

/** The stage `offset` steps from the current one, clamped to the agenda's ends. */
export function neighbourStageId(agenda: readonly Stage[], currentId: string, offset: number): string {
  const index = Math.max(0, agenda.findIndex((s) => s.id === currentId));
  const target = Math.min(agenda.length - 1, Math.max(0, index + offset));
  return agenda[target]!.id;
}

/** Remaining milliseconds of a stage's timebox (negative when over time), or null if not started. */
export function timeboxRemainingMs(stage: Stage, now: number): number | null {
  if (stage.startedAt === null) return null;
  return stage.startedAt + stage.timeboxMinutes * 60_000 - now;
}
