/**
 * The verdict the app drafts from the consensus scores and the pilot-trap checks, with every
 * reason that decided it, and the facilitator's override when there is one. The thresholds are the
 * session's framework's verdict rules; the built-in ones (in brackets) are the product's defaults.
 *
 * Not yet            — any gap unscored, or at risk (at atRiskAtOrBelow [2] or below) without an
 *                      owned, dated, open action linked to it, or any gap at notYetAtOrBelow [1] or
 *                      below, or a blocking flag open (a flag blocks when the rules' blockingChecks
 *                      name its check: checks.ts decides that where the flag is made).
 * Go                 — every gap at goAtOrAbove [4] or above and no flag open at all.
 * Go with conditions — otherwise: every gap above the at-risk level [3 or above], or at risk
 *                      [at 2] with owned, dated actions.
 */
import type { VerdictRules } from '../framework/frameworkSchema';
import { sessionFramework, sessionGapIds } from '../framework/sessionFramework';
import { LEVELS, type GapId, type Level } from '../framework/types';
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

/** The verdict rules of the session's framework. */
export function verdictRulesOf(session: Session): VerdictRules {
  return sessionFramework(session).verdictRules;
}

/** A gap at this level holds the verdict at "Not yet", whatever actions it has. */
export function holdsNotYet(level: Level, rules: VerdictRules): boolean {
  return level <= rules.notYetAtOrBelow;
}

/** A gap at this level is at risk: it needs an owned, dated action, or the verdict is "Not yet". */
export function isAtRisk(level: Level, rules: VerdictRules): boolean {
  return level <= rules.atRiskAtOrBelow;
}

function levelLabel(level: Level): Message {
  return msg('verdict.levelLabel', { level, name: levelNameMessage(level) });
}

function scoreList(levels: ReadonlyArray<[GapId, Level]>): MessageValue {
  return listMessage(levels.map(([g, l]) => msg('verdict.score', { gap: gapName(g), level: l })));
}

export function computeVerdict(session: Session, flags: readonly Flag[] = runChecks(session)): Verdict {
  const rules = verdictRulesOf(session);
  // The level from which a gap needs no action to go ahead with conditions.
  const conditionsLevel = rules.atRiskAtOrBelow + 1;
  const scored: Array<[GapId, Level]> = [];
  const unscored: GapId[] = [];
  for (const gapId of sessionGapIds(session)) {
    const level = effectiveLevel(session, gapId);
    if (level === null) unscored.push(gapId);
    else scored.push([gapId, level]);
  }

  const notYet: Message[] = [];
  if (unscored.length > 0) {
    notYet.push(msg('verdict.reason.unscored', { gaps: listMessage(unscored.map((g) => gapName(g))), count: unscored.length, level: conditionsLevel }));
  }
  // The at-risk levels that owned, dated actions make up for ("2"; "2 or 3" under other rules).
  const coveredLevels = LEVELS.filter((level) => isAtRisk(level, rules) && !holdsNotYet(level, rules));
  const coveredAtRisk: Array<[GapId, Level, Action[]]> = [];
  for (const [gapId, level] of scored) {
    if (!isAtRisk(level, rules) && !holdsNotYet(level, rules)) continue;
    const actions = ownedDatedActions(session, gapId);
    if (actions.length === 0) {
      notYet.push(msg('verdict.reason.lowWithoutAction', { gap: gapName(gapId), level: levelLabel(level) }));
    } else if (holdsNotYet(level, rules)) {
      notYet.push(
        msg('verdict.reason.atOne', {
          gap: gapName(gapId),
          level: levelLabel(level),
          conditionsLevel,
          coverable: coveredLevels.length > 0 ? 'yes' : 'no',
          coveredLevels: listMessage(coveredLevels, 'or'),
        }),
      );
    } else {
      coveredAtRisk.push([gapId, level, actions]);
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
  } else if (scored.every(([, level]) => level >= rules.goAtOrAbove) && flags.length === 0) {
    computed = 'go';
    reasons.push(msg('verdict.reason.allAtFour', { scores: scoreList(scored), level: rules.goAtOrAbove }));
    reasons.push(msg('verdict.reason.noFlags'));
  } else {
    computed = 'go-with-conditions';
    if (coveredAtRisk.length === 0) {
      reasons.push(msg('verdict.reason.allAtThree', { scores: scoreList(scored), level: conditionsLevel }));
    } else {
      const safe = scored.filter(([, level]) => level >= conditionsLevel);
      if (safe.length > 0) reasons.push(msg('verdict.reason.atThreeOrAbove', { scores: scoreList(safe), level: conditionsLevel }));
      for (const [gapId, level, actions] of coveredAtRisk) {
        // Name a few, so the reason stays readable on a projector when a gap carries many actions.
        const named: MessageValue[] = actions.slice(0, 3).map((a) => msg('verdict.actionDue', { title: quotedMessage(a.title), due: dayValue(a.dueDate ?? '', 'short') }));
        const titles = listMessage(actions.length > 3 ? [...named, msg('verdict.moreActions', { count: actions.length - 3 })] : named);
        reasons.push(msg('verdict.reason.coveredAtTwo', { gap: gapName(gapId), level: levelLabel(level), titles }));
      }
    }
    const belowGo = scored.filter(([, level]) => level < rules.goAtOrAbove);
    if (belowGo.length > 0) {
      reasons.push(msg('verdict.reason.belowFour', { gaps: listMessage(belowGo.map(([g]) => gapName(g))), count: belowGo.length, level: rules.goAtOrAbove }));
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
