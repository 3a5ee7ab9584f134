/**
 * A client's portfolio: every initiative side by side at its latest assessment, to answer
 * "which pilot is closest to production, and what holds the others back". Pure data with message
 * ids; gap names are in the words of the framework of the column that names them
 * (portfolioColumnTranslator), because initiatives may follow different frameworks.
 */
import type { Framework } from '../framework/frameworkSchema';
import { frameworkTranslator, gapNameMessage } from '../framework/localize';
import { sessionFramework, sessionGapIds } from '../framework/sessionFramework';
import type { GapId, Level } from '../framework/types';
import { DEFAULT_LANGUAGE, msg, type Message, type Translator } from '../i18n';
import { sessionLanguage } from '../model/sessionLanguage';
import type { Session, VerdictValue } from '../model/session';
import { hasDueDate, hasOwner, runChecks } from '../scoring/checks';
import { effectiveLevel } from '../scoring/rounds';
import { computeVerdict, VERDICT_LABELS } from '../scoring/verdict';
import { listMessage, quotedMessage, sentences } from '../scoring/words';
import { clientKey, groupByClient, type Initiative, type ReadinessPoint } from './initiatives';
import { readinessLevel } from './readiness';

/** How many gaps a column names as holding it back, lowest first. */
export const HOLDING_GAPS_NAMED = 3;
export const NEXT_ACTIONS_SHOWN = 8;
export const OWNERS_SHOWN = 5;

/** Closest to production first. */
const VERDICT_RANK: Readonly<Record<VerdictValue, number>> = { go: 0, 'go-with-conditions': 1, 'not-yet': 2 };

export interface PortfolioColumn {
  initiativeKey: string;
  name: string;
  /** The latest assessment, which the column shows. */
  sessionId: string;
  workshopDate: string;
  assessments: number;
  framework: Framework | undefined;
  verdict: VerdictValue;
  overridden: boolean;
  readiness: number | null;
  trend: ReadinessPoint[];
  scored: number;
  total: number;
  /** Gaps below the framework's "Go" level, lowest first (at most HOLDING_GAPS_NAMED). */
  lowestGaps: Array<{ gapId: GapId; name: Message; level: Level }>;
  unscored: number;
  /** Titles of the open flags that hold the verdict at "Not yet". */
  blockingFlags: Message[];
  /** One sentence: why it stands where it stands (in this column's framework's words). */
  standing: Message;
}

export interface PortfolioCell {
  /** The initiative's framework has this gap. */
  present: boolean;
  level: Level | null;
}

export interface PortfolioRow {
  gapId: GapId;
  name: Message;
  /** The column whose framework's words name the row (the first that has the gap). */
  namedBy: number;
  cells: PortfolioCell[];
}

export interface PortfolioAction {
  initiative: string;
  column: number;
  actionId: string;
  title: string;
  owner: string;
  dueDate: string;
  overdue: boolean;
}

export interface PortfolioOwner {
  owner: string;
  open: number;
  overdue: number;
  /** Names of the initiatives the owner's open actions belong to, in column order. */
  initiatives: string[];
}

export interface Portfolio {
  clientKey: string;
  client: string;
  /** Closest to production first: verdict, then readiness, then name. */
  columns: PortfolioColumn[];
  rows: PortfolioRow[];
  nextActions: PortfolioAction[];
  owners: PortfolioOwner[];
  /** Open actions nobody owns (not among the owners). */
  unownedOpen: number;
  /** The column closest to production; null when there is none. */
  closest: number | null;
  /** The language most of the latest assessments speak: the printed portfolio's. */
  language: string;
}

/** The words of a column: the catalogue's, with its framework's own where it has one. */
export function columnTranslator(i18n: Translator, portfolio: Portfolio, column: number): Translator {
  return frameworkTranslator(i18n, portfolio.columns[column]?.framework);
}

function usualLanguage(sessions: readonly Session[]): string {
  const counts = new Map<string, number>();
  for (const session of sessions) counts.set(sessionLanguage(session), (counts.get(sessionLanguage(session)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? DEFAULT_LANGUAGE;
}

function standingOf(verdict: VerdictValue, lowest: PortfolioColumn['lowestGaps'], unscored: number, blocking: Message[]): Message {
  if (verdict === 'go' && lowest.length === 0 && blocking.length === 0) return msg('portfolio.standing.ready');
  const parts = [msg('portfolio.standing.verdict', { verdict: VERDICT_LABELS[verdict] })];
  if (lowest.length > 0) {
    const gaps = listMessage(lowest.map((g) => msg('portfolio.gapAtLevel', { gap: g.name, level: g.level })));
    parts.push(msg('portfolio.standing.lowestGaps', { count: lowest.length, gaps }));
  }
  if (unscored > 0) parts.push(msg('portfolio.standing.unscored', { count: unscored }));
  if (blocking.length > 0) parts.push(msg('portfolio.standing.blockingFlags', { count: blocking.length, flags: listMessage(blocking.map((title) => quotedMessage(title))) }));
  return sentences(parts);
}

function columnOf(initiative: Initiative): PortfolioColumn {
  const session = initiative.latest;
  const framework = sessionFramework(session);
  const flags = runChecks(session);
  const verdict = computeVerdict(session, flags);
  const gapIds = sessionGapIds(session);
  const levels = gapIds.map((gapId) => [gapId, effectiveLevel(session, gapId)] as const);
  const scored = levels.filter((entry): entry is readonly [GapId, Level] => entry[1] !== null);
  const lowestGaps = scored
    .filter(([, level]) => level < framework.verdictRules.goAtOrAbove)
    .sort((a, b) => a[1] - b[1] || gapIds.indexOf(a[0]) - gapIds.indexOf(b[0]))
    .slice(0, HOLDING_GAPS_NAMED)
    .map(([gapId, level]) => ({ gapId, name: gapNameMessage(gapId, session.framework), level }));
  const blockingFlags = flags.filter((f) => f.blocking).map((f) => f.title);
  const unscored = levels.length - scored.length;
  return {
    initiativeKey: initiative.key,
    name: initiative.name,
    sessionId: session.id,
    workshopDate: session.workshopDate,
    assessments: initiative.assessments.length,
    framework: session.framework,
    verdict: verdict.value,
    overridden: verdict.overridden,
    readiness: readinessLevel(session),
    trend: initiative.trend,
    scored: scored.length,
    total: levels.length,
    lowestGaps,
    unscored,
    blockingFlags,
    standing: standingOf(verdict.value, lowestGaps, unscored, blockingFlags),
  };
}

function closestFirst(a: PortfolioColumn, b: PortfolioColumn): number {
  return VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || (b.readiness ?? 0) - (a.readiness ?? 0) || a.name.localeCompare(b.name) || a.initiativeKey.localeCompare(b.initiativeKey);
}

/** Rows: the union of the columns' gaps by id, each framework's order kept, first seen first. */
function rowsOf(sessions: readonly Session[]): PortfolioRow[] {
  const rows: PortfolioRow[] = [];
  const seen = new Map<GapId, PortfolioRow>();
  sessions.forEach((session, index) => {
    for (const gapId of sessionGapIds(session)) {
      if (seen.has(gapId)) continue;
      const row: PortfolioRow = { gapId, name: gapNameMessage(gapId, session.framework), namedBy: index, cells: [] };
      seen.set(gapId, row);
      rows.push(row);
    }
  });
  const gapSets = sessions.map((session) => new Set(sessionGapIds(session)));
  for (const row of rows) {
    row.cells = sessions.map((session, index) => {
      const present = gapSets[index]!.has(row.gapId);
      return { present, level: present ? effectiveLevel(session, row.gapId) : null };
    });
  }
  return rows;
}

/**
 * The portfolio of one client (by clientKey) among the library's sessions (deleted ones are left
 * out; archived ones count: an archived baseline is still part of the trend). `today` is the
 * caller's local day (YYYY-MM-DD), for overdue actions. Null when the client has no session.
 */
export function buildPortfolio(sessions: readonly Session[], client: string, today: string): Portfolio | null {
  const key = clientKey(client);
  const group = groupByClient(
    sessions.filter((s) => s.deletedAt === null),
    (a, b) => a.localeCompare(b),
  ).find((g) => g.key === key);
  if (!group) return null;
  const columns = group.initiatives.map(columnOf).sort(closestFirst);
  const latest = columns.map((c) => group.initiatives.find((i) => i.key === c.initiativeKey)!.latest);

  const open = latest.flatMap((session, column) => session.actions.filter((a) => a.status !== 'done').map((action) => ({ action, column })));
  const nextActions: PortfolioAction[] = open
    .filter(({ action }) => hasDueDate(action))
    .sort((a, b) => a.action.dueDate!.localeCompare(b.action.dueDate!) || a.column - b.column)
    .slice(0, NEXT_ACTIONS_SHOWN)
    .map(({ action, column }) => ({
      initiative: columns[column]!.name,
      column,
      actionId: action.id,
      title: action.title,
      owner: action.owner.trim(),
      dueDate: action.dueDate!,
      overdue: action.dueDate! < today,
    }));

  const owners = new Map<string, PortfolioOwner & { columns: Set<number> }>();
  for (const { action, column } of open.filter(({ action }) => hasOwner(action))) {
    const ownerKey = action.owner.trim().toLocaleLowerCase();
    const entry = owners.get(ownerKey) ?? { owner: action.owner.trim(), open: 0, overdue: 0, initiatives: [], columns: new Set<number>() };
    entry.open += 1;
    if (hasDueDate(action) && action.dueDate! < today) entry.overdue += 1;
    entry.columns.add(column);
    owners.set(ownerKey, entry);
  }
  const topOwners = [...owners.values()]
    .sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.owner.localeCompare(b.owner))
    .slice(0, OWNERS_SHOWN)
    .map(({ columns: used, ...owner }) => ({ ...owner, initiatives: [...used].sort((a, b) => a - b).map((c) => columns[c]!.name) }));

  return {
    clientKey: key,
    client: group.client,
    columns,
    rows: rowsOf(latest),
    nextActions,
    owners: topOwners,
    unownedOpen: open.filter(({ action }) => !hasOwner(action)).length,
    closest: columns.length > 0 ? 0 : null,
    language: usualLanguage(latest),
  };
}
