/**
 * Groups the action plan by gap, by owner or by due date, for the plan's segmented control and
 * for documents. What still needs deciding (no gap, no owner, no date) always comes first, so a
 * new action lands where the room looks.
 */
import type { Framework } from '../framework/frameworkSchema';
import { sessionGaps } from '../framework/sessionFramework';
import type { Action } from '../model/session';
import { formatMonth } from '../text/dates';
import { localized, msg, type Message } from '../i18n';
import { gapNameMessage } from '../framework/localize';

export const GROUPINGS = ['gap', 'owner', 'dueDate'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const GROUPING_LABELS: Readonly<Record<Grouping, Message>> = {
  gap: msg('grouping.byGap'),
  owner: msg('grouping.byOwner'),
  dueDate: msg('grouping.byDueDate'),
};

export interface ActionGroup {
  /** Stable key: a gap id, a normalised owner name, a month (YYYY-MM), or one of the special keys. */
  key: string;
  /** The group's heading; an owner's name is shown as typed. */
  label: Message;
  /** True for the "no gap / no owner / no due date / overdue" groups that need a decision. */
  needsAttention: boolean;
  actions: Action[];
}

export const NO_GAP_KEY = 'none';
export const NO_OWNER_KEY = 'no-owner';
export const NO_DATE_KEY = 'no-date';
export const OVERDUE_KEY = 'overdue';


/** Plain code-point order, the same everywhere (dates and months sort as text). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ownerKey(owner: string): string {
  return owner.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** In the order of the session's framework (absent: the built-in one); an action on a gap it lacks is kept with the unlinked ones. */
function byGap(actions: readonly Action[], framework: Framework | undefined): ActionGroup[] {
  const groups: ActionGroup[] = [];
  const gaps = sessionGaps({ framework });
  const unlinked = actions.filter((a) => a.gapId === null || !gaps.some((gap) => gap.id === a.gapId));
  if (unlinked.length > 0) groups.push({ key: NO_GAP_KEY, label: msg('grouping.noGap'), needsAttention: true, actions: unlinked });
  for (const gap of gaps) {
    const inGap = actions.filter((a) => a.gapId === gap.id);
    if (inGap.length === 0) continue;
    groups.push({ key: gap.id, label: msg('grouping.gap', { number: gap.number, gap: gapNameMessage(gap.id, framework) }), needsAttention: false, actions: inGap });
  }
  return groups;
}

function byOwner(actions: readonly Action[]): ActionGroup[] {
  const unowned = actions.filter((a) => ownerKey(a.owner) === '');
  const named = new Map<string, ActionGroup>();
  for (const action of actions) {
    const key = ownerKey(action.owner);
    if (key === '') continue;
    const group = named.get(key) ?? { key, label: msg('grouping.owner', { name: action.owner.trim().replace(/\s+/g, ' ') }), needsAttention: false, actions: [] };
    group.actions.push(action);
    named.set(key, group);
  }
  const sorted = [...named.values()].sort((a, b) => compareText(a.key, b.key));
  return unowned.length > 0 ? [{ key: NO_OWNER_KEY, label: msg('grouping.noOwner'), needsAttention: true, actions: unowned }, ...sorted] : sorted;
}

/** Earliest date first; within a date, the plan's own order. */
function sortByDate(actions: Action[]): Action[] {
  return actions
    .map((action, order) => ({ action, order }))
    .sort((a, b) => compareText(a.action.dueDate ?? '', b.action.dueDate ?? '') || a.order - b.order)
    .map((x) => x.action);
}

/** An action still to do whose due date is before `today` (YYYY-MM-DD; null: no day to judge by). */
export function isOverdue(action: Action, today: string | null): boolean {
  return today !== null && action.status !== 'done' && action.dueDate !== null && action.dueDate < today;
}

/**
 * By due date: no date first, then what is overdue (open and before `today`), then one group per
 * month. `today` is YYYY-MM-DD, passed in so the result does not depend on the clock.
 */
function byDueDate(actions: readonly Action[], today: string | null): ActionGroup[] {
  const groups: ActionGroup[] = [];
  const undated = actions.filter((a) => a.dueDate === null);
  if (undated.length > 0) groups.push({ key: NO_DATE_KEY, label: msg('grouping.noDate'), needsAttention: true, actions: undated });
  const dated = actions.filter((a) => a.dueDate !== null);
  const overdue = dated.filter((a) => isOverdue(a, today));
  if (overdue.length > 0) groups.push({ key: OVERDUE_KEY, label: msg('grouping.overdue'), needsAttention: true, actions: sortByDate(overdue) });
  const months = new Map<string, Action[]>();
  for (const action of sortByDate(dated.filter((a) => !isOverdue(a, today)))) {
    const month = (action.dueDate ?? '').slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), action]);
  }
  for (const [month, inMonth] of [...months.entries()].sort(([a], [b]) => compareText(a, b))) {
    groups.push({ key: month, label: msg('grouping.month', { month: localized((locale) => formatMonth(month, locale)) }), needsAttention: false, actions: inMonth });
  }
  return groups;
}

/** The plan's actions in groups; every action appears in exactly one group. */
/** `framework`: the session's (absent: the built-in one), whose gaps the plan is grouped by. */
export function groupActions(actions: readonly Action[], grouping: Grouping, today: string | null = null, framework?: Framework): ActionGroup[] {
  switch (grouping) {
    case 'gap':
      return byGap(actions, framework);
    case 'owner':
      return byOwner(actions);
    case 'dueDate':
      return byDueDate(actions, today);
  }
}
