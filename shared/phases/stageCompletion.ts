/**
 * When a stage of the agenda is done: its content is complete, whatever way the room left it.
 * Leaving a stage with Next only stamps `completedAt` (it stops the timebox); it never makes a
 * stage done. What complete means, per kind of stage:
 *
 *   frame      the use case is described, every pilot and production fact is answered, and at
 *              least one person in the room can vote;
 *   criteria   at least one business KPI has a name and a go/no-go threshold;
 *   gap        the room's consensus level is confirmed;
 *   ownership  every question on the page is answered (a "no" to budget or authority is an
 *              answer: the ownership-vacuum flag, not this tick, says it is a problem);
 *   verdict    every gap has a confirmed consensus, so the draft rests on all six scores, or the
 *              facilitator has overridden the verdict with a reason;
 *   actions    the plan has at least one action, and every open action has an owner and a due date;
 *   export     every other stage is complete, so the documents carry the whole workshop.
 *
 * A stage that is not complete but was entered is "visited"; one never entered is "not started".
 */
import { FACTS } from '../framework/facts';
import { GAP_IDS } from '../framework/types';
import type { Ownership, Session, Stage } from '../model/session';
import { hasDueDate, hasOwner } from '../scoring/checks';
import { votersOf } from '../scoring/rounds';

export type StageStatus = 'done' | 'visited' | 'not-started';

export interface StageCompletion {
  complete: boolean;
  /** What is still missing, in a few words each; empty when complete. */
  missing: string[];
}

/** The Frame's facts: the pilot's and production's side of the comparison. */
const FRAME_FACT_IDS = FACTS.filter((f) => f.side === 'pilot' || f.side === 'production').map((f) => f.id);

function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function frameMissing(session: Session): string[] {
  const missing: string[] = [];
  if (isBlank(session.useCase)) missing.push('the use case');
  const unanswered = FRAME_FACT_IDS.filter((id) => !isAnswered(session.facts[id])).length;
  if (unanswered > 0) missing.push(count(unanswered, 'pilot or production fact', 'pilot or production facts'));
  if (votersOf(session).length === 0) missing.push('the people who vote');
  return missing;
}

function criteriaMissing(session: Session): string[] {
  const ready = session.kpis.some((k) => k.kind === 'business' && !isBlank(k.name) && !isBlank(k.threshold));
  return ready ? [] : ['a business KPI with a go/no-go threshold'];
}

function ownershipMissing(session: Session): string[] {
  const keys = Object.keys(session.ownership) as (keyof Ownership)[];
  const unanswered = keys.filter((key) => !isAnswered(session.ownership[key])).length;
  return unanswered === 0 ? [] : [count(unanswered, 'question', 'questions')];
}

function unscoredGaps(session: Session): number {
  return GAP_IDS.filter((g) => session.gaps[g].consensus === null).length;
}

function verdictMissing(session: Session): string[] {
  if (session.verdictOverride !== null) return [];
  const unscored = unscoredGaps(session);
  return unscored === 0 ? [] : [`a consensus on ${count(unscored, 'gap', 'gaps')}`];
}

function actionsMissing(session: Session): string[] {
  if (session.actions.length === 0) return ['an action'];
  const loose = session.actions.filter((a) => a.status !== 'done' && (!hasOwner(a) || !hasDueDate(a))).length;
  return loose === 0 ? [] : [`an owner and a due date on ${count(loose, 'action', 'actions')}`];
}

function exportMissing(session: Session, stage: Stage): string[] {
  const open = session.agenda.filter((s) => s.id !== stage.id && s.kind !== 'export' && !stageCompletion(session, s).complete).length;
  return open === 0 ? [] : [`${count(open, 'earlier stage', 'earlier stages')} to complete`];
}

export function stageCompletion(session: Session, stage: Stage): StageCompletion {
  let missing: string[];
  switch (stage.kind) {
    case 'frame':
      missing = frameMissing(session);
      break;
    case 'criteria':
      missing = criteriaMissing(session);
      break;
    case 'gap':
      missing = stage.gapId && session.gaps[stage.gapId].consensus !== null ? [] : ['a confirmed consensus'];
      break;
    case 'ownership':
      missing = ownershipMissing(session);
      break;
    case 'verdict':
      missing = verdictMissing(session);
      break;
    case 'actions':
      missing = actionsMissing(session);
      break;
    case 'export':
      missing = exportMissing(session, stage);
      break;
  }
  return { complete: missing.length === 0, missing };
}

export function isStageComplete(session: Session, stage: Stage): boolean {
  return stageCompletion(session, stage).complete;
}

/** Done when complete; visited when the room has been there (or is there now); else not started. */
export function stageStatus(session: Session, stage: Stage): StageStatus {
  if (isStageComplete(session, stage)) return 'done';
  return stage.startedAt !== null || stage.id === session.currentStageId ? 'visited' : 'not-started';
}
