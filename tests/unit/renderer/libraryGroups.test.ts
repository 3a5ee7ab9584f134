import { describe, expect, it } from 'vitest';
import { groupLibrary } from '../../../renderer/src/features/library/libraryGroups';
import { visibleSessions } from '../../../renderer/src/features/library/librarySearch';
import { northwind } from '../../fixtures/portfolioSessions';

const byName = (a: string, b: string) => a.localeCompare(b);
const shape = (groups: ReturnType<typeof groupLibrary>) => groups.map((g) => [g.client, g.initiatives.map((i) => [i.initiative.name, i.rows.map((s) => s.id)])]);

describe('the library grouped by client and initiative', () => {
  const all = northwind().map((s, index) => ({ ...s, updatedAt: 100 + index }));

  it('places groups and rows in the sort order, the whole chain in each initiative', () => {
    // Same names: the last changed first (voice-1 was changed after voice-2 here).
    const shown = visibleSessions(all, { text: '', sort: 'initiative', showArchived: false });
    expect(shape(groupLibrary(all, shown, byName))).toEqual([
      ['Northwind', [['Claims triage', ['claims-1']], ['HR assistant', ['hr-1']], ['Invoice matching', ['invoice-1']], ['Voice agent', ['voice-1', 'voice-2']]]],
      ['Contoso', [['Voice agent', ['contoso-1']]]],
    ]);
  });

  it('shows only the rows the search lets through, and keeps the trend of the whole initiative', () => {
    const archived = all.map((s) => (s.id === 'voice-1' ? { ...s, archivedAt: 1 } : s));
    const shown = visibleSessions(archived, { text: 'agent northwind', sort: 'updated', showArchived: false });
    const groups = groupLibrary(archived, shown, byName);
    expect(shape(groups)).toEqual([['Northwind', [['Voice agent', ['voice-2']]]]]);
    expect(groups[0]!.initiatives[0]!.initiative.trend.map((p) => p.readiness)).toEqual([2, 4]);
  });

  it('leaves deleted sessions out of the groups', () => {
    const deleted = all.map((s) => (s.id === 'voice-1' ? { ...s, deletedAt: 1 } : s));
    const groups = groupLibrary(deleted, visibleSessions(deleted, { text: '', sort: 'updated', showArchived: true }), byName);
    const voice = groups.flatMap((g) => g.initiatives).find((i) => i.initiative.key === 'voice-2')!;
    expect(voice.initiative.assessments.map((s) => s.id)).toEqual(['voice-2']);
  });
});
