import { describe, expect, it } from 'vitest';
import { applyTrackerChanges, trackerChanges } from '../../../../shared/actions/trackerChanges';
import { readTrackerCells, type RawCell, type TrackerField, type TrackerRow } from '../../../../shared/actions/trackerRows';
import { translatorNow } from '../../../../shared/i18n/languages';
import { sessionOf } from '../../../../shared/model/opResult';
import { fixtureSession } from '../../electron/services/export/exportFixture';

const en = translatorNow('en');
const text = (t: string): RawCell => (t === '' ? { kind: 'empty' } : { kind: 'text', text: t });

/** A row as the reader gives it, from what the cells say. */
function row(number: number, id: string | null, cells: Partial<Record<TrackerField, RawCell>>, ref = ''): TrackerRow {
  return { row: number, id, ref, cells: readTrackerCells(cells, en) };
}

describe('trackerChanges', () => {
  const session = fixtureSession();
  const a1 = session.actions[0]!;

  it('lists each changed field of each matched action, stored values before and after', () => {
    const changes = trackerChanges(session, [
      row(2, a1.id, { title: text(`  ${a1.title} `), owner: text('Ana Silva'), status: text('in progress'), priority: text('Low'), dueDate: { kind: 'date', day: '2025-06-01' }, notes: text('Vendor slot booked') }, 'A1'),
    ]);
    expect(changes.changes).toEqual([
      {
        actionId: a1.id,
        title: a1.title,
        row: 2,
        ref: 'A1',
        changes: [
          { field: 'owner', from: a1.owner, to: 'Ana Silva' },
          { field: 'dueDate', from: a1.dueDate, to: '2025-06-01' },
          { field: 'priority', from: 'high', to: 'low' },
          { field: 'status', from: 'open', to: 'in-progress' },
          { field: 'notes', from: '', to: 'Vendor slot booked' },
        ],
        patch: { owner: 'Ana Silva', dueDate: '2025-06-01', priority: 'low', status: 'in-progress', notes: 'Vendor slot booked' },
      },
    ]);
    expect(changes.notListed).toHaveLength(session.actions.length - 1);
  });

  it('sets apart rows it cannot match: added, unknown id, the same id twice; blank rows are skipped', () => {
    const changes = trackerChanges(session, [
      row(2, a1.id, { status: text('Open') }),
      row(3, a1.id, { status: text('Done'), title: text('Copy') }),
      row(4, 'deleted-since', { title: text('Old action') }),
      row(5, null, { title: text('New idea') }),
      row(6, null, { title: text(''), status: text('') }),
    ]);
    expect(changes.unmatched).toEqual([
      { row: 3, ref: '', title: 'Copy', reason: 'duplicate-id' },
      { row: 4, ref: '', title: 'Old action', reason: 'unknown-id' },
      { row: 5, ref: '', title: 'New idea', reason: 'new' },
    ]);
    expect(changes.changes).toEqual([]);
    expect(changes.unchanged).toBe(1);
  });

  it('explains values it cannot read and applies the rest of the row', () => {
    const changes = trackerChanges(session, [row(2, a1.id, { title: text(''), status: text('Finished'), owner: text('x'.repeat(121)), dueDate: text('soon'), priority: { kind: 'other', text: '#N/A' }, notes: text('ok') })]);
    expect(changes.invalid.map((i) => [i.field, i.message.id])).toEqual([
      ['title', 'trackerImport.invalid.titleBlank'],
      ['owner', 'trackerImport.invalid.tooLong'],
      ['dueDate', 'trackerImport.invalid.dueDate'],
      ['priority', 'trackerImport.invalid.priority'],
      ['status', 'trackerImport.invalid.status'],
    ]);
    expect(en.text(changes.invalid[4]!.message)).toBe('“Finished” is not a status: use Open, In progress or Done.');
    expect(changes.changes[0]!.patch).toEqual({ notes: 'ok' });
  });

  it('applies the patches in one session and leaves every other action alone', () => {
    const changes = trackerChanges(session, [row(2, a1.id, { status: text('Done'), notes: text('Signed off') }), row(3, session.actions[1]!.id, { owner: text('') })]);
    const after = sessionOf(applyTrackerChanges(session, changes.changes));
    expect(after.actions[0]).toEqual({ ...a1, status: 'done', notes: 'Signed off' });
    expect(after.actions[1]!.owner).toBe('');
    expect(after.actions.slice(2)).toEqual(session.actions.slice(2));
    // Applying again changes nothing; actions that are gone are refused with a sentence.
    expect(trackerChanges(after, [row(2, a1.id, { status: text('Done'), notes: text('Signed off') })]).changes).toEqual([]);
    expect(applyTrackerChanges({ ...session, actions: [] }, changes.changes)).toMatchObject({ ok: false, refusal: { code: 'not-found' } });
  });
});
