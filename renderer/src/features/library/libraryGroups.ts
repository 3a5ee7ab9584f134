/**
 * The library's rows grouped by client and initiative. The groups and their verdicts and trends
 * come from every session in the library (an archived baseline still belongs to its initiative's
 * trend); the rows are the ones the search and the archive switch let through, and the sort order
 * places the groups (a group comes where its first row would) and the rows within them.
 */
import type { Session } from '../../../../shared/model/session';
import { groupByClient, type Initiative } from '../../../../shared/portfolio/initiatives';

export interface LibraryInitiative {
  initiative: Initiative;
  /** Its rows on screen, in the library's sort order. */
  rows: Session[];
}

export interface LibraryClient {
  key: string;
  client: string;
  initiatives: LibraryInitiative[];
}

export function groupLibrary(all: readonly Session[], shown: readonly Session[], compare: (a: string, b: string) => number): LibraryClient[] {
  const place = new Map(shown.map((session, index) => [session.id, index]));
  const first = (rows: readonly Session[]) => Math.min(...rows.map((s) => place.get(s.id)!));
  return groupByClient(
    all.filter((s) => s.deletedAt === null),
    compare,
  )
    .map((group) => ({
      key: group.key,
      client: group.client,
      initiatives: group.initiatives
        .map((initiative) => ({ initiative, rows: initiative.assessments.filter((s) => place.has(s.id)).sort((a, b) => place.get(a.id)! - place.get(b.id)!) }))
        .filter((entry) => entry.rows.length > 0)
        .sort((a, b) => first(a.rows) - first(b.rows)),
    }))
    .filter((group) => group.initiatives.length > 0)
    .sort((a, b) => first(a.initiatives[0]!.rows) - first(b.initiatives[0]!.rows));
}
