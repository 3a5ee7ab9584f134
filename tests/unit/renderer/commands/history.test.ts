/** The undo history as a value: bounded, typing folds into one step, a new edit clears Redo. */
import { msg } from '../../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import {
  afterRedo,
  afterUndo,
  emptyHistory,
  HISTORY_LIMIT,
  MERGE_WINDOW_MS,
  nextRedo,
  nextUndo,
  recordEntry,
  withoutEntry,
  type HistoryEntry,
} from '../../../../renderer/src/commands/history';

let n = 0;
function entry(over: Partial<HistoryEntry> = {}): HistoryEntry {
  n++;
  return { id: `e${n}`, commandId: 'fact.set', label: msg('history.storedLabel', { label: `Edit ${n}` }), patch: [{ op: 'set', path: ['client'], from: `v${n}`, to: `v${n + 1}` }], at: n * 10_000, stageId: null, mergeable: false, ...over };
}

describe('session history', () => {
  it('undo moves the newest step to redo; redo moves it back', () => {
    const a = entry();
    const b = entry();
    let h = recordEntry(recordEntry(emptyHistory('s'), a), b);
    expect(nextUndo(h)).toBe(b);
    h = afterUndo(h, b.id);
    expect(nextUndo(h)).toBe(a);
    expect(nextRedo(h)).toBe(b);
    h = afterRedo(h, b.id);
    expect(nextUndo(h)).toBe(b);
    expect(nextRedo(h)).toBeNull();
  });

  it('a new edit after an undo clears what could be redone', () => {
    const a = entry();
    let h = afterUndo(recordEntry(emptyHistory('s'), a), a.id);
    h = recordEntry(h, entry());
    expect(h.undone).toEqual([]);
  });

  it('keeps at most HISTORY_LIMIT steps, dropping the oldest', () => {
    let h = emptyHistory('s');
    const entries = Array.from({ length: HISTORY_LIMIT + 5 }, () => entry());
    for (const e of entries) h = recordEntry(h, e);
    expect(h.done).toHaveLength(HISTORY_LIMIT);
    expect(h.done[0]).toBe(entries[5]);
  });

  it('folds consecutive typing in the same field within the window, not after it', () => {
    const first = { ...entry({ mergeable: true, at: 1000 }), patch: [{ op: 'set' as const, path: ['client'], from: 'A', to: 'AB' }] };
    const second = { ...entry({ mergeable: true, at: 1000 + MERGE_WINDOW_MS }), patch: [{ op: 'set' as const, path: ['client'], from: 'AB', to: 'ABC' }] };
    const h = recordEntry(recordEntry(emptyHistory('s'), first), second);
    expect(h.done).toHaveLength(1);
    expect(h.done[0]!.patch).toEqual([{ op: 'set', path: ['client'], from: 'A', to: 'ABC' }]);

    const late = { ...entry({ mergeable: true, at: 1000 + 2 * MERGE_WINDOW_MS + 1 }), patch: [{ op: 'set' as const, path: ['client'], from: 'ABC', to: 'ABCD' }] };
    expect(recordEntry(h, late).done).toHaveLength(2);
    // A vote is never folded, however quick.
    const vote = { ...entry({ commandId: 'vote.cast', at: 1001 }), patch: second.patch };
    expect(recordEntry(recordEntry(emptyHistory('s'), { ...first, commandId: 'vote.cast', mergeable: false }), vote).done).toHaveLength(2);
  });

  it('an undo toast can take back an older step; a step that no longer fits is dropped', () => {
    const a = entry();
    const b = entry();
    let h = recordEntry(recordEntry(emptyHistory('s'), a), b);
    h = afterUndo(h, a.id);
    expect(h.done).toEqual([b]);
    expect(h.undone).toEqual([a]);
    expect(withoutEntry(h, a.id).undone).toEqual([]);
  });
});
