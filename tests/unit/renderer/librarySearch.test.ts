import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shared/model/createSession';
import { matchesSearch, visibleSessions } from '../../../renderer/src/features/library/librarySearch';

const make = (id: string, initiative: string, client: string, updatedAt: number) => ({
  ...createSession({ initiative, client, id, now: updatedAt }),
  updatedAt,
});

const sessions = [
  make('a', 'Voice agent', 'Société Générale', 3),
  make('b', 'Claims triage', 'Northwind', 1),
  { ...make('c', 'Invoice matching', 'Contoso', 2), archivedAt: 5 },
  { ...make('d', 'Deleted pilot', 'Contoso', 4), deletedAt: 6 },
];

describe('library search and sort', () => {
  it('matches every word, ignoring case and accents', () => {
    expect(matchesSearch(sessions[0]!, 'societe voice')).toBe(true);
    expect(matchesSearch(sessions[0]!, 'voice northwind')).toBe(false);
    expect(matchesSearch(sessions[0]!, '   ')).toBe(true);
  });

  it('hides deleted sessions always and archived ones unless asked', () => {
    expect(visibleSessions(sessions, { text: '', sort: 'updated', showArchived: false }).map((s) => s.id)).toEqual(['a', 'b']);
    expect(visibleSessions(sessions, { text: '', sort: 'updated', showArchived: true }).map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });

  it('sorts by initiative and client alphabetically', () => {
    expect(visibleSessions(sessions, { text: '', sort: 'initiative', showArchived: true }).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(visibleSessions(sessions, { text: '', sort: 'client', showArchived: true }).map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });
});
