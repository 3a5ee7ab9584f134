/**
 * The framework being edited: a draft Framework changed only through edits as data
 * (shared/framework/frameworkOps.ts), with its undo history and the language whose words are
 * being written. Not persisted: saving is the library's; a draft left unsaved is gone after a reload.
 */
import type { StateCreator } from 'zustand';
import type { Message } from '../../../shared/i18n';
import { applyFrameworkEdit, describeFrameworkEdit, editMergeKey, type FrameworkEdit, type FrameworkOpResult } from '../../../shared/framework/frameworkOps';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { EMPTY_DRAFT_HISTORY, recordDraftStep, redoDraft, undoDraft, type DraftHistory } from '../features/frameworks/draftHistory';
import { sameValue } from '../commands/sessionPatch';
import type { AppState } from './appStore';

export interface FrameworkDraft {
  framework: Framework;
  /** The framework as the library last saved it; null while it has never been saved. */
  saved: Framework | null;
  history: DraftHistory;
  /** The language whose words are shown and written. */
  language: string;
}

/** Whether the draft holds edits the library has not saved (a draft never saved always does). */
export function isDraftDirty(draft: FrameworkDraft): boolean {
  return draft.saved === null || !sameValue(draft.saved, draft.framework);
}

export interface FrameworkEditorSlice {
  frameworkDraft: FrameworkDraft | null;
  openFrameworkDraft(framework: Framework, saved: Framework | null, language: string): void;
  closeFrameworkDraft(): void;
  /** Applies an edit to the draft as one undo step (or folded into the typing before it). */
  editFramework(edit: FrameworkEdit, gapName: (gapId: string) => string, now?: number): FrameworkOpResult;
  /** Undo / Redo: the label of the step taken, or null when there was none. */
  undoFramework(): Message | null;
  redoFramework(): Message | null;
  setDraftLanguage(language: string): void;
  markFrameworkSaved(framework: Framework): void;
}

export const createFrameworkEditorSlice: StateCreator<AppState, [], [], FrameworkEditorSlice> = (set, get) => ({
  frameworkDraft: null,
  openFrameworkDraft: (framework, saved, language) => set({ frameworkDraft: { framework, saved, history: EMPTY_DRAFT_HISTORY, language } }),
  closeFrameworkDraft: () => set({ frameworkDraft: null }),
  editFramework: (edit, gapName, now = Date.now()) => {
    const draft = get().frameworkDraft;
    if (!draft) throw new Error('No framework is being edited.');
    const result = applyFrameworkEdit(draft.framework, edit);
    if (!result.ok || result.framework === draft.framework) return result;
    const step = { label: describeFrameworkEdit(edit, gapName), before: draft.framework, after: result.framework, at: now, mergeKey: editMergeKey(edit) };
    // The language being written goes away with it: the first one left is shown.
    const language = result.framework.languages.includes(draft.language) ? draft.language : result.framework.languages[0]!;
    set({ frameworkDraft: { ...draft, framework: result.framework, history: recordDraftStep(draft.history, step), language } });
    return result;
  },
  undoFramework: () => {
    const draft = get().frameworkDraft;
    const undone = draft ? undoDraft(draft.history) : null;
    if (!draft || !undone) return null;
    const language = undone.framework.languages.includes(draft.language) ? draft.language : undone.framework.languages[0]!;
    set({ frameworkDraft: { ...draft, framework: undone.framework, history: undone.history, language } });
    return undone.step.label;
  },
  redoFramework: () => {
    const draft = get().frameworkDraft;
    const redone = draft ? redoDraft(draft.history) : null;
    if (!draft || !redone) return null;
    const language = redone.framework.languages.includes(draft.language) ? draft.language : redone.framework.languages[0]!;
    set({ frameworkDraft: { ...draft, framework: redone.framework, history: redone.history, language } });
    return redone.step.label;
  },
  setDraftLanguage: (language) => {
    const draft = get().frameworkDraft;
    if (draft && draft.framework.languages.includes(language)) set({ frameworkDraft: { ...draft, language } });
  },
  markFrameworkSaved: (framework) => {
    const draft = get().frameworkDraft;
    if (draft) set({ frameworkDraft: { ...draft, framework, saved: framework } });
  },
});
