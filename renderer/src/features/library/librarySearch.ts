/** Which sessions the library shows, in which order: pure, so it is tested without a window. */
import type { Session } from '../../../../shared/model/session';
import { APP_LOCALE, collator } from '../../../../shared/text/locale';
import type { LibrarySort } from '../../store/uiSlice';

export interface LibraryQuery {
  text: string;
  sort: LibrarySort;
  showArchived: boolean;
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

export function matchesSearch(session: Session, text: string): boolean {
  const words = normalise(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise([session.initiative, session.client, session.useCase, session.facilitator].join(' '));
  return words.every((w) => haystack.includes(w));
}

/** `locale`: the window's, so names sort as its language sorts them. */
export function visibleSessions(sessions: readonly Session[], query: LibraryQuery, locale: string = APP_LOCALE): Session[] {
  const shown = sessions.filter(
    (s) => s.deletedAt === null && (query.showArchived || s.archivedAt === null) && matchesSearch(s, query.text),
  );
  const names = collator(locale, { sensitivity: 'base', numeric: true });
  const byText = (pick: (s: Session) => string) => (a: Session, b: Session) => names.compare(pick(a), pick(b)) || b.updatedAt - a.updatedAt;
  const order: Record<LibrarySort, (a: Session, b: Session) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt,
    created: (a, b) => b.createdAt - a.createdAt,
    initiative: byText((s) => s.initiative),
    client: byText((s) => s.client),
  };
  return [...shown].sort(order[query.sort]);
}
