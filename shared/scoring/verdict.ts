/**
 * The verdict the app drafts from the consensus scores and the pilot-trap checks, with every
 * reason that decided it, and the facilitator's override when there is one.
 *
 * Not yet            — any gap unscored, or at 2 or below without an owned, dated, open action
 *                      linked to it, or any gap at 1, or a blocking flag open.
 * Go                 — every gap at 4 or above and no flag open at all.
 * Go with conditions — otherwise: every gap at 3 or above, or at 2 with owned, dated actions.
 */
import { frameworkNow, gapNameNow } from '../framework/localize';
import { GAP_IDS, type GapId, type Level } from '../framework/types';
import type { Action, Session, VerdictValue } from '../model/session';
import { hasDueDate, hasOwner, runChecks, type Flag } from './checks';
import { effectiveLevel } from './rounds';

export interface Verdict {
  /** The verdict that stands: the facilitator's override, or else the computed one. */
  value: VerdictValue;
  reasons: string[];
  /** What the rules alone give. */
  computed: VerdictValue;
  overridden: boolean;
  overrideReason: string | null;
}

export const VERDICT_LABELS: Readonly<Record<VerdictValue, string>> = {
  go: 'Go',
  'go-with-conditions': 'Go with conditions',
  'not-yet': 'Not yet',
};

function gapName(gapId: GapId): string {
  return gapNameNow(gapId);
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Open actions on a gap that someone owns and that carry a due date. */
export function ownedDatedActions(session: Session, gapId: GapId): Action[] {
  return session.actions.filter((a) => a.gapId === gapId && a.status !== 'done' && hasOwner(a) && hasDueDate(a));
}

function levelLabel(level: Level): string {
  return `level ${level} (${frameworkNow()?.levelNames[level] ?? level})`;
}

function scoreList(levels: ReadonlyArray<[GapId, Level]>): string {
  return listOf(levels.map(([g, l]) => `${gapName(g)} ${l}`));
}

export function computeVerdict(session: Session, flags: readonly Flag[] = runChecks(session)): Verdict {
  const scored: Array<[GapId, Level]> = [];
  const unscored: GapId[] = [];
  for (const gapId of GAP_IDS) {
    const level = effectiveLevel(session, gapId);
    if (level === null) unscored.push(gapId);
    else scored.push([gapId, level]);
  }

  const notYet: string[] = [];
  if (unscored.length > 0) {
    notYet.push(
      `${listOf(unscored.map(gapName))} ${unscored.length === 1 ? 'has' : 'have'} no confirmed consensus yet. An unscored gap counts as below level 3, so the verdict cannot be better than Not yet until ${unscored.length === 1 ? 'it is' : 'they are'} scored.`,
    );
  }
  const coveredAtTwo: Array<[GapId, Action[]]> = [];
  for (const [gapId, level] of scored) {
    if (level > 2) continue;
    const actions = ownedDatedActions(session, gapId);
    if (actions.length === 0) {
      notYet.push(`${gapName(gapId)} is at ${levelLabel(level)} and has no open action with an owner and a due date.`);
    } else if (level === 1) {
      notYet.push(
        `${gapName(gapId)} is at ${levelLabel(level)}. Planned actions do not make up for it: going ahead with conditions needs every gap at level 3 or above, or at level 2 with owned, dated actions.`,
      );
    } else {
      coveredAtTwo.push([gapId, actions]);
    }
  }
  for (const flag of flags.filter((f) => f.blocking)) {
    notYet.push(`The blocking flag “${flag.title}” is open: ${flag.explanation}`);
  }

  let computed: VerdictValue;
  const reasons: string[] = [];
  if (notYet.length > 0) {
    computed = 'not-yet';
    reasons.push(...notYet);
  } else if (scored.every(([, level]) => level >= 4) && flags.length === 0) {
    computed = 'go';
    reasons.push(`Every gap is at level 4 or above: ${scoreList(scored)}.`);
    reasons.push('No pilot-trap flag is open.');
  } else {
    computed = 'go-with-conditions';
    if (coveredAtTwo.length === 0) {
      reasons.push(`Every gap is at level 3 or above: ${scoreList(scored)}.`);
    } else {
      const atLeastThree = scored.filter(([, level]) => level >= 3);
      if (atLeastThree.length > 0) reasons.push(`At level 3 or above: ${scoreList(atLeastThree)}.`);
      for (const [gapId, actions] of coveredAtTwo) {
        // Name a few, so the reason stays readable on a projector when a gap carries many actions.
        const named = actions.slice(0, 3).map((a) => `“${a.title}” (due ${a.dueDate})`);
        const titles = listOf(actions.length > 3 ? [...named, `${actions.length - 3} more`] : named);
        reasons.push(`${gapName(gapId)} is at ${levelLabel(2)}, with an owned, dated action: ${titles}.`);
      }
    }
    const belowFour = scored.filter(([, level]) => level < 4);
    if (belowFour.length > 0) {
      reasons.push(
        `Not a plain Go: ${listOf(belowFour.map(([g]) => gapName(g)))} ${belowFour.length === 1 ? 'is' : 'are'} below level 4, so ${belowFour.length === 1 ? 'it has' : 'they have'} not yet been shown under production-like conditions.`,
      );
    }
    if (flags.length > 0) {
      reasons.push(
        `Not a plain Go: ${flags.length === 1 ? 'one flag is' : `${flags.length} flags are`} still open (${listOf(flags.map((f) => f.title))}).`,
      );
    }
  }

  const override = session.verdictOverride;
  if (override) {
    const reason = override.reason.trim();
    reasons.push(
      override.value === computed
        ? `The facilitator confirmed ${VERDICT_LABELS[override.value]}: ${reason}`
        : `The facilitator set the verdict to ${VERDICT_LABELS[override.value]} instead of ${VERDICT_LABELS[computed]}: ${reason}`,
    );
    return { value: override.value, reasons, computed, overridden: true, overrideReason: reason };
  }
  return { value: computed, reasons, computed, overridden: false, overrideReason: null };
}
