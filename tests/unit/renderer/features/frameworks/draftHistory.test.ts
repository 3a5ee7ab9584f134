import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../../../../shared/framework/builtInFramework';
import { addGap, frameworkOf, setText } from '../../../../../shared/framework/frameworkOps';
import { msg } from '../../../../../shared/i18n';
import { EMPTY_DRAFT_HISTORY, recordDraftStep, redoDraft, undoDraft } from '../../../../../renderer/src/features/frameworks/draftHistory';

const label = msg('frameworkEditor.history.text');

describe('the framework draft’s undo history', () => {
  const start = { ...builtInFramework(), id: 'firm', text: { en: {} } };

  it('undoes and redoes a step, and a new edit clears what could be redone', () => {
    const added = frameworkOf(addGap(start));
    let history = recordDraftStep(EMPTY_DRAFT_HISTORY, { label, before: start, after: added, at: 0, mergeKey: null });
    const undone = undoDraft(history)!;
    expect(undone.framework).toBe(start);
    history = undone.history;
    const redone = redoDraft(history)!;
    expect(redone.framework).toBe(added);
    history = recordDraftStep(undone.history, { label, before: start, after: added, at: 1, mergeKey: null });
    expect(redoDraft(history)).toBeNull();
    expect(undoDraft(EMPTY_DRAFT_HISTORY)).toBeNull();
  });

  it('folds typing in one field into one step, but not after a pause or in another field', () => {
    const a = frameworkOf(setText(start, 'en', 'name', 'F'));
    const b = frameworkOf(setText(a, 'en', 'name', 'Fi'));
    const c = frameworkOf(setText(b, 'en', 'description', 'D'));
    let history = recordDraftStep(EMPTY_DRAFT_HISTORY, { label, before: start, after: a, at: 0, mergeKey: 'text:en:name' });
    history = recordDraftStep(history, { label, before: a, after: b, at: 1000, mergeKey: 'text:en:name' });
    expect(history.done).toHaveLength(1);
    expect(undoDraft(history)!.framework).toBe(start);
    history = recordDraftStep(history, { label, before: b, after: c, at: 1500, mergeKey: 'text:en:description' });
    expect(history.done).toHaveLength(2);
    const d = frameworkOf(setText(c, 'en', 'description', 'De'));
    history = recordDraftStep(history, { label, before: c, after: d, at: 9000, mergeKey: 'text:en:description' });
    expect(history.done).toHaveLength(3);
  });
});
