/**
 * The verdict the app drafts from the consensus scores and the pilot-trap checks, with every
 * reason that decided it, and the facilitator's override when there is one.
 *
 * Not yet            — any gap unscored, or at 2 or below without an owned, dated, open action
 *                      linked to it, or any gap at 1, or a blocking flag open.
 * Go                 — every gap at 4 or above and no flag open at all.
 * Go with conditions — otherwise: every gap at 3 or above, or at 2 with owned, dated actions.
 */
import { sessionGapIds } from '../framework/sessionFramework';
import type { GapId, Level } from '../framework/types';
import { msg, type Message, type MessageValue } from '../i18n';
import type { Action, Session, VerdictValue } from '../model/session';
import { hasDueDate, hasOwner, runChecks, type Flag } from './checks';
import { effectiveLevel } from './rounds';
import { dayValue, gapNameMessage, levelNameMessage, listMessage, quotedMessage } from './words';

export interface Verdict {
  /** The verdict that stands: the facilitator's override, or else the computed one. */
  value: VerdictValue;
  reasons: Message[];
  /** What the rules alone give. */
  computed: VerdictValue;
  overridden: boolean;
  overrideReason: string | null;
}

export const VERDICT_LABELS: Readonly<Record<VerdictValue, Message>> = {
  go: msg('verdict.label.go'),
  'go-with-conditions': msg('verdict.label.goWithConditions'),
  'not-yet': msg('verdict.label.notYet'),
};

const gapName = gapNameMessage;

/** Open actions on a gap that someone owns and that carry a due date. */
export function ownedDatedActions(session: Session, gapId: GapId): Action[] {
  return session.actions.filter((a) => a.gapId === gapId && a.status !== 'done' && hasOwner(a) && hasDueDate(a));
}

function levelLabel(level: Level): Message {
  return msg('verdict.levelLabel', { level, name: levelNameMessage(level) });
}

function scoreList(levels: ReadonlyArray<[GapId, Level]>): MessageValue {
  return listMessage(levels.map(([g, l]) => msg('verdict.score', { gap: gapName(g), level: l })));
}

export function computeVerdict(session: Session, flags: readonly Flag[] = runChecks(session)): Verdict {
  const scored: Array<[GapId, Level]> = [];
  const unscored: GapId[] = [];
  for (const gapId of sessionGapIds(session)) {
    const level = effectiveLevel(session, gapId);
    if (level === null) unscored.push(gapId);
    else scored.push([gapId, level]);
  }

  const notYet: Message[] = [];
  if (unscored.length > 0) {
    notYet.push(msg('verdict.reason.unscored', { gaps: listMessage(unscored.map((g) => gapName(g))), count: unscored.length }));
  }
  const coveredAtTwo: Array<[GapId, Action[]]> = [];
  for (const [gapId, level] of scored) {
    if (level > 2) continue;
    const actions = ownedDatedActions(session, gapId);
    if (actions.length === 0) {
      notYet.push(msg('verdict.reason.lowWithoutAction', { gap: gapName(gapId), level: levelLabel(level) }));
    } else if (level === 1) {
      notYet.push(msg('verdict.reason.atOne', { gap: gapName(gapId), level: levelLabel(level) }));
    } else {
      coveredAtTwo.push([gapId, actions]);
    }
  }
  for (const flag of flags.filter((f) => f.blocking)) {
    notYet.push(msg('verdict.reason.blockingFlag', { title: quotedMessage(flag.title), explanation: flag.explanation }));
  }

  let computed: VerdictValue;
  const reasons: Message[] = [];
  if (notYet.length > 0) {
    computed = 'not-yet';
    reasons.push(...notYet);
  } else if (scored.every(([, level]) => level >= 4) && flags.length === 0) {
    computed = 'go';
    reasons.push(msg('verdict.reason.allAtFour', { scores: scoreList(scored) }));
    reasons.push(msg('verdict.reason.noFlags'));
  } else {
    computed = 'go-with-conditions';
    if (coveredAtTwo.length === 0) {
      reasons.push(msg('verdict.reason.allAtThree', { scores: scoreList(scored) }));
    } else {
      const atLeastThree = scored.filter(([, level]) => level >= 3);
      if (atLeastThree.length > 0) reasons.push(msg('verdict.reason.atThreeOrAbove', { scores: scoreList(atLeastThree) }));
      for (const [gapId, actions] of coveredAtTwo) {
        // Name a few, so the reason stays readable on a projector when a gap carries many actions.
        const named: MessageValue[] = actions.slice(0, 3).map((a) => msg('verdict.actionDue', { title: quotedMessage(a.title), due: dayValue(a.dueDate ?? '', 'short') }));
        const titles = listMessage(actions.length > 3 ? [...named, msg('verdict.moreActions', { count: actions.length - 3 })] : named);
        reasons.push(msg('verdict.reason.coveredAtTwo', { gap: gapName(gapId), level: levelLabel(2), titles }));
      }
    }
    const belowFour = scored.filter(([, level]) => level < 4);
    if (belowFour.length > 0) {
      reasons.push(msg('verdict.reason.belowFour', { gaps: listMessage(belowFour.map(([g]) => gapName(g))), count: belowFour.length }));
    }
    if (flags.length > 0) {
      reasons.push(msg('verdict.reason.flagsOpen', { count: flags.length, titles: listMessage(flags.map((f) => f.title)) }));
    }
  }

  const override = session.verdictOverride;
  if (override) {
    const reason = override.reason.trim();
    reasons.push(
      override.value === computed
        ? msg('verdict.reason.confirmed', { verdict: VERDICT_LABELS[override.value], reason })
        : msg('verdict.reason.overridden', { verdict: VERDICT_LABELS[override.value], computed: VERDICT_LABELS[computed], reason }),
    );
    return { value: override.value, reasons, computed, overridden: true, overrideReason: reason };
  }
  return { value: computed, reasons, computed, overridden: false, overrideReason: null };
}
