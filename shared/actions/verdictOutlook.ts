/**
 * What the action plan does to the verdict, in one calm line: whether owned, dated actions on
 * gaps at risk would lift the draft verdict, are what holds it at Go with conditions, or cannot
 * change it because something else holds it at Not yet. Which levels are at risk and which hold
 * Not yet whatever the actions are the session's verdict rules (level 2 and level 1 in the
 * built-in framework).
 */
import { sessionGapIds } from '../framework/sessionFramework';
import type { GapId, Level } from '../framework/types';
import type { Action, Session, VerdictValue } from '../model/session';
import { runChecks, type Flag } from '../scoring/checks';
import { effectiveLevel } from '../scoring/rounds';
import { computeVerdict, holdsNotYet, isAtRisk, ownedDatedActions, verdictRulesOf } from '../scoring/verdict';
import { gapNameMessage, listMessage, quotedMessage, sentences } from '../scoring/words';
import { msg, type Message, type MessageValue } from '../i18n';

export type OutlookKind =
  /** Owned, dated actions on the listed gaps at risk would move the verdict to Go with conditions. */
  | 'actions-would-lift'
  /** The verdict is Go with conditions because the listed gaps at risk have owned, dated actions. */
  | 'actions-hold'
  /** Not yet, for reasons actions cannot fix (a gap at a level that holds Not yet, an unscored gap, a blocking flag). */
  | 'held-elsewhere'
  /** The plan does not decide the verdict. */
  | 'no-effect';

export interface VerdictOutlook {
  kind: OutlookKind;
  /** The verdict the rules give now (before any override). */
  computed: VerdictValue;
  /** Gaps at risk: without an owned, dated action for 'actions-would-lift', with one for 'actions-hold'. */
  gaps: GapId[];
  message: Message | null;
}

function names(session: Session, gaps: readonly GapId[]): MessageValue {
  return listMessage(gaps.map((gapId) => gapNameMessage(gapId, session.framework)));
}

/** The levels the gaps stand at, lowest first ("2"; "2 or 3" when the rules put more levels at risk). */
function levels(session: Session, gaps: readonly GapId[]): MessageValue {
  const at = new Set(gaps.map((gapId) => effectiveLevel(session, gapId)).filter((level): level is Level => level !== null));
  return listMessage([...at].sort((a, b) => a - b), 'or');
}

/** The levels at which an owned, dated action is what the verdict asks of a gap (at risk, yet not holding Not yet). */
function actionsCount(session: Session): (level: Level | null) => boolean {
  const rules = verdictRulesOf(session);
  return (level) => level !== null && isAtRisk(level, rules) && !holdsNotYet(level, rules);
}

/** The session as if each listed gap had one open action with an owner and a due date. */
function withCoveringActions(session: Session, gaps: readonly GapId[]): Session {
  const extra: Action[] = gaps.map((gapId) => ({
    id: `outlook-${gapId}`,
    title: 'Owned, dated action',
    description: '',
    gapId,
    owner: 'Owner',
    dueDate: session.workshopDate,
    priority: 'high',
    status: 'open',
    successMeasure: '',
    suggestionId: null,
    createdAt: 0,
  }));
  return { ...session, actions: [...session.actions, ...extra] };
}

export function verdictOutlook(session: Session, flags: readonly Flag[] = runChecks(session)): VerdictOutlook {
  const computed = computeVerdict(session, flags).computed;
  const rules = verdictRulesOf(session);
  const counts = actionsCount(session);
  const atRisk = sessionGapIds(session).filter((g) => counts(effectiveLevel(session, g)));
  const uncovered = atRisk.filter((g) => ownedDatedActions(session, g).length === 0);
  const covered = atRisk.filter((g) => ownedDatedActions(session, g).length > 0);

  if (computed === 'not-yet') {
    if (uncovered.length > 0) {
      const lifted = withCoveringActions(session, uncovered);
      if (computeVerdict(lifted, runChecks(lifted)).computed !== 'not-yet') {
        return {
          kind: 'actions-would-lift',
          computed,
          gaps: uncovered,
          message: msg('outlook.wouldLift', { gaps: names(session, uncovered), count: uncovered.length, levels: levels(session, uncovered) }),
        };
      }
    }
    const blockers: Message[] = [];
    const holding = sessionGapIds(session).filter((g) => {
      const level = effectiveLevel(session, g);
      return level !== null && holdsNotYet(level, rules);
    });
    const unscored = sessionGapIds(session).filter((g) => effectiveLevel(session, g) === null);
    if (holding.length > 0) blockers.push(msg('outlook.blocker.atOne', { gaps: names(session, holding), count: holding.length, levels: levels(session, holding) }));
    if (unscored.length > 0) blockers.push(msg('outlook.blocker.unscored', { gaps: names(session, unscored), count: unscored.length }));
    const blocking = flags.filter((f) => f.blocking);
    if (blocking.length > 0) {
      blockers.push(msg('outlook.blocker.flags', { titles: listMessage(blocking.map((f) => quotedMessage(f.title))), count: blocking.length }));
    }
    const held = blockers.length > 0 ? msg('outlook.heldWithBlockers', { blockers: listMessage(blockers) }) : msg('outlook.held');
    const message = uncovered.length > 0 ? sentences([held, msg('outlook.alsoNeeds', { gaps: names(session, uncovered), count: uncovered.length, levels: levels(session, uncovered) })]) : held;
    return { kind: 'held-elsewhere', computed, gaps: uncovered, message };
  }

  if (computed === 'go-with-conditions' && covered.length > 0) {
    return {
      kind: 'actions-hold',
      computed,
      gaps: covered,
      message: msg('outlook.actionsHold', { gaps: names(session, covered), count: covered.length, levels: levels(session, covered) }),
    };
  }
  return { kind: 'no-effect', computed, gaps: [], message: null };
}

/** One line for a gap's own actions card, when the gap's level makes its actions count. */
export function gapActionHint(session: Session, gapId: GapId): Message | null {
  const level = effectiveLevel(session, gapId);
  if (level === null || !actionsCount(session)(level)) return null;
  if (ownedDatedActions(session, gapId).length > 0) return msg('outlook.gapHint.counted', { level });
  return msg('outlook.gapHint.needsAction', { level });
}
