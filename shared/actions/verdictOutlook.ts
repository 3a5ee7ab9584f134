/**
 * What the action plan does to the verdict, in one calm line: whether owned, dated actions on
 * gaps at level 2 would lift the draft verdict, are what holds it at Go with conditions, or cannot
 * change it because something else holds it at Not yet.
 */
import { gapNameNow } from '../framework/localize';
import { GAP_IDS, type GapId } from '../framework/types';
import type { Action, Session, VerdictValue } from '../model/session';
import { runChecks, type Flag } from '../scoring/checks';
import { effectiveLevel } from '../scoring/rounds';
import { VERDICT_LABELS, computeVerdict, ownedDatedActions } from '../scoring/verdict';

export type OutlookKind =
  /** Owned, dated actions on the listed level-2 gaps would move the verdict to Go with conditions. */
  | 'actions-would-lift'
  /** The verdict is Go with conditions because the listed level-2 gaps have owned, dated actions. */
  | 'actions-hold'
  /** Not yet, for reasons actions cannot fix (a gap at 1, an unscored gap, a blocking flag). */
  | 'held-elsewhere'
  /** The plan does not decide the verdict. */
  | 'no-effect';

export interface VerdictOutlook {
  kind: OutlookKind;
  /** The verdict the rules give now (before any override). */
  computed: VerdictValue;
  /** Gaps at level 2: without an owned, dated action for 'actions-would-lift', with one for 'actions-hold'. */
  gaps: GapId[];
  message: string | null;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function names(gaps: readonly GapId[]): string {
  return listOf(gaps.map((g) => gapNameNow(g)));
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
  const atTwo = GAP_IDS.filter((g) => effectiveLevel(session, g) === 2);
  const uncovered = atTwo.filter((g) => ownedDatedActions(session, g).length === 0);
  const covered = atTwo.filter((g) => ownedDatedActions(session, g).length > 0);

  if (computed === 'not-yet') {
    if (uncovered.length > 0) {
      const lifted = withCoveringActions(session, uncovered);
      if (computeVerdict(lifted, runChecks(lifted)).computed !== 'not-yet') {
        const verb = uncovered.length === 1 ? 'is' : 'are';
        return {
          kind: 'actions-would-lift',
          computed,
          gaps: uncovered,
          message: `${names(uncovered)} ${verb} at level 2. Owned, dated actions on ${uncovered.length === 1 ? 'it' : 'them'} can move the verdict from Not yet to Go with conditions.`,
        };
      }
    }
    const blockers: string[] = [];
    const atOne = GAP_IDS.filter((g) => effectiveLevel(session, g) === 1);
    const unscored = GAP_IDS.filter((g) => effectiveLevel(session, g) === null);
    if (atOne.length > 0) blockers.push(`${names(atOne)} ${atOne.length === 1 ? 'is' : 'are'} at level 1`);
    if (unscored.length > 0) blockers.push(`${names(unscored)} ${unscored.length === 1 ? 'has' : 'have'} no consensus yet`);
    const blocking = flags.filter((f) => f.blocking);
    if (blocking.length > 0) blockers.push(`the flag${blocking.length === 1 ? '' : 's'} ${listOf(blocking.map((f) => `“${f.title}”`))} ${blocking.length === 1 ? 'is' : 'are'} open`);
    let message =
      blockers.length > 0
        ? `The draft verdict is Not yet, and actions alone will not change it while ${listOf(blockers)}.`
        : 'The draft verdict is Not yet.';
    if (uncovered.length > 0) {
      message += ` ${names(uncovered)}, at level 2, also ${uncovered.length === 1 ? 'needs' : 'need'} an owned, dated action.`;
    }
    return { kind: 'held-elsewhere', computed, gaps: uncovered, message };
  }

  if (computed === 'go-with-conditions' && covered.length > 0) {
    const verb = covered.length === 1 ? 'has' : 'have';
    return {
      kind: 'actions-hold',
      computed,
      gaps: covered,
      message: `The draft verdict is Go with conditions because ${names(covered)}, at level 2, ${verb} owned, dated actions. Without an owner or a date, it would fall back to Not yet.`,
    };
  }
  return { kind: 'no-effect', computed, gaps: [], message: null };
}

/** One line for a gap's own actions card, when the gap's level makes its actions count. */
export function gapActionHint(session: Session, gapId: GapId): string | null {
  const level = effectiveLevel(session, gapId);
  if (level !== 2) return null;
  if (ownedDatedActions(session, gapId).length > 0) {
    return 'This gap is at level 2 and has an open action with an owner and a due date, which the verdict counts.';
  }
  return `This gap is at level 2: give one of its actions an owner and a due date, or the verdict stays at ${VERDICT_LABELS['not-yet']}.`;
}
