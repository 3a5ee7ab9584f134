/**
 * The library's sessions grouped as the consultant thinks of them: by client, then by initiative.
 * An initiative is a chain of assessments: sessions linked by `previousSessionId` (a re-assessment
 * and its baseline, even when the baseline is not in the library), else sessions of the same
 * client with the same initiative name (trimmed, case-insensitive). The verdict is left to
 * whoever shows it (computeVerdict on `latest`), so the library's first screen loads without the
 * checks.
 */
import type { Session } from '../model/session';
import { readinessLevel } from './readiness';

/** One assessment's readiness, for the trend. */
export interface ReadinessPoint {
  sessionId: string;
  workshopDate: string;
  /** readinessLevel(): null while nothing is scored. */
  readiness: number | null;
}

export interface Initiative {
  /** Stable while the chain lasts: the id of its first assessment. */
  key: string;
  /** The latest assessment's name. */
  name: string;
  /** Oldest first (workshop date, then creation). */
  assessments: Session[];
  /** The newest assessment: its verdict is the initiative's (computeVerdict, where it is shown). */
  latest: Session;
  trend: ReadinessPoint[];
}

export interface ClientGroup {
  /** clientKey() of the client's name. */
  key: string;
  /** The name as most of its sessions write it ("" when none was typed). */
  client: string;
  initiatives: Initiative[];
}

/** Which client a name belongs to: trimmed, case-insensitive. */
export function clientKey(client: string): string {
  return client.trim().toLocaleLowerCase();
}

function nameKey(session: Session): string {
  return `${clientKey(session.client)}\u0000${session.initiative.trim().toLocaleLowerCase()}`;
}

/** Oldest first: the workshop day, then when the session was made, then its id (a stable order). */
export function byAssessmentDate(a: Session, b: Session): number {
  return a.workshopDate.localeCompare(b.workshopDate) || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** Union–find over string keys: sessions' ids, the ids they re-assess, and their names. */
function unionFind() {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  return { find, union };
}

function initiativeOf(assessments: Session[]): Initiative {
  const sorted = [...assessments].sort(byAssessmentDate);
  const latest = sorted[sorted.length - 1]!;
  return {
    key: sorted[0]!.id,
    name: latest.initiative,
    assessments: sorted,
    latest,
    trend: sorted.map((s) => ({ sessionId: s.id, workshopDate: s.workshopDate, readiness: readinessLevel(s) })),
  };
}

/** The sessions grouped into initiatives (in no particular order). */
export function groupInitiatives(sessions: readonly Session[]): Initiative[] {
  const sets = unionFind();
  for (const session of sessions) {
    sets.union(`id:${session.id}`, `name:${nameKey(session)}`);
    if (session.previousSessionId) sets.union(`id:${session.id}`, `id:${session.previousSessionId}`);
    // The assessments a re-assessment carries link it to every earlier one still in the library.
    for (const earlier of session.earlier ?? []) sets.union(`id:${session.id}`, `id:${earlier.id}`);
  }
  const chains = new Map<string, Session[]>();
  for (const session of sessions) {
    const root = sets.find(`id:${session.id}`);
    chains.set(root, [...(chains.get(root) ?? []), session]);
  }
  return [...chains.values()].map(initiativeOf);
}

/** How most of a client's sessions write its name (trimmed); on a tie, the newest of them. */
function usualSpelling(sessions: readonly Session[]): string {
  const counts = new Map<string, { count: number; newest: Session }>();
  for (const session of sessions) {
    const name = session.client.trim();
    const entry = counts.get(name);
    if (!entry) counts.set(name, { count: 1, newest: session });
    else counts.set(name, { count: entry.count + 1, newest: byAssessmentDate(entry.newest, session) >= 0 ? entry.newest : session });
  }
  const [best] = [...counts.entries()].sort(([, a], [, b]) => b.count - a.count || byAssessmentDate(b.newest, a.newest));
  return best?.[0] ?? '';
}

/**
 * Clients, each with its initiatives; clients by name (those without a name last), initiatives
 * by name, both with the given collator's compare (the window's language sorts names).
 */
export function groupByClient(sessions: readonly Session[], compare: (a: string, b: string) => number): ClientGroup[] {
  const groups = new Map<string, Initiative[]>();
  for (const initiative of groupInitiatives(sessions)) {
    const key = clientKey(initiative.latest.client);
    groups.set(key, [...(groups.get(key) ?? []), initiative]);
  }
  return [...groups.entries()]
    .map(([key, initiatives]) => ({
      key,
      client: usualSpelling(initiatives.flatMap((i) => i.assessments)),
      initiatives: initiatives.sort((a, b) => compare(a.name, b.name) || a.key.localeCompare(b.key)),
    }))
    .sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || compare(a.client, b.client));
}
