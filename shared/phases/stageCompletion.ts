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
 *   verdict    every gap has a confirmed consensus, so the draft rests on every gap's score, or the
 *              facilitator has overridden the verdict with a reason;
 *   actions    the plan has at least one action, and every open action has an owner and a due date;
 *   comparison the session has a baseline to compare with and every gap has a confirmed consensus
 *              again, so each gap's movement since the baseline is known;
 *   export     every other stage is complete, so the documents carry the whole workshop.
 *
 * A stage that is not complete but was entered is "visited"; one never entered is "not started".
 */
import { msg, type Message } from '../i18n';
import { sessionFramework, sessionGapIds } from '../framework/sessionFramework';
import { gapAssessment } from '../model/gapAssessment';
import type { Ownership, Session, Stage } from '../model/session';
import { hasDueDate, hasOwner } from '../scoring/checks';
import { votersOf } from '../scoring/rounds';

export type StageStatus = 'done' | 'visited' | 'not-started';

export interface StageCompletion {
  complete: boolean;
  /** What is still missing, in a few words each; empty when complete. */
  missing: Message[];
}

/** The Frame's facts: the pilot's and production's side of the comparison, as the session's framework has them. */
function frameFactIds(session: Session): string[] {
  return sessionFramework(session).facts.filter((f) => f.side === 'pilot' || f.side === 'production').map((f) => f.id);
}

function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

function frameMissing(session: Session): Message[] {
  const missing: Message[] = [];
  if (isBlank(session.useCase)) missing.push(msg('stageStatus.missing.useCase'));
  const unanswered = frameFactIds(session).filter((id) => !isAnswered(session.facts[id])).length;
  if (unanswered > 0) missing.push(msg('stageStatus.missing.facts', { count: unanswered }));
  if (votersOf(session).length === 0) missing.push(msg('stageStatus.missing.voters'));
  return missing;
}

function criteriaMissing(session: Session): Message[] {
  const ready = session.kpis.some((k) => k.kind === 'business' && !isBlank(k.name) && !isBlank(k.threshold));
  return ready ? [] : [msg('stageStatus.missing.businessKpi')];
}

function ownershipMissing(session: Session): Message[] {
  const keys = Object.keys(session.ownership) as (keyof Ownership)[];
  const unanswered = keys.filter((key) => !isAnswered(session.ownership[key])).length;
  return unanswered === 0 ? [] : [msg('stageStatus.missing.questions', { count: unanswered })];
}

function unscoredGaps(session: Session): number {
  return sessionGapIds(session).filter((g) => gapAssessment(session, g).consensus === null).length;
}

function verdictMissing(session: Session): Message[] {
  if (session.verdictOverride !== null) return [];
  const unscored = unscoredGaps(session);
  return unscored === 0 ? [] : [msg('stageStatus.missing.consensusOnGaps', { count: unscored })];
}

function comparisonMissing(session: Session): Message[] {
  if (!session.earlier?.length) return [msg('stageStatus.missing.baseline')];
  const unscored = unscoredGaps(session);
  return unscored === 0 ? [] : [msg('stageStatus.missing.consensusOnGaps', { count: unscored })];
}

function actionsMissing(session: Session): Message[] {
  if (session.actions.length === 0) return [msg('stageStatus.missing.action')];
  const loose = session.actions.filter((a) => a.status !== 'done' && (!hasOwner(a) || !hasDueDate(a))).length;
  return loose === 0 ? [] : [msg('stageStatus.missing.ownerAndDate', { count: loose })];
}

function exportMissing(session: Session, stage: Stage): Message[] {
  const open = session.agenda.filter((s) => s.id !== stage.id && s.kind !== 'export' && !stageCompletion(session, s).complete).length;
  return open === 0 ? [] : [msg('stageStatus.missing.earlierStages', { count: open })];
}

export function stageCompletion(session: Session, stage: Stage): StageCompletion {
  let missing: Message[];
  switch (stage.kind) {
    case 'frame':
      missing = frameMissing(session);
      break;
    case 'criteria':
      missing = criteriaMissing(session);
      break;
    case 'gap':
      missing = stage.gapId && gapAssessment(session, stage.gapId).consensus !== null ? [] : [msg('stageStatus.missing.consensus')];
      break;
    case 'ownership':
      missing = ownershipMissing(session);
      break;
    case 'verdict':
      missing = verdictMissing(session);
      break;
    case 'comparison':
      missing = comparisonMissing(session);
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
