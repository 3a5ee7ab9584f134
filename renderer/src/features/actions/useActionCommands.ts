/**
 * What the action plan and a gap's actions card can do to the plan, bound to the session's
 * updater: add (free or from a suggestion), change, and delete with an Undo toast that puts the
 * action back where it stood.
 */
import { useMemo } from 'react';
import {
  addAction,
  addFromSuggestion,
  createAction,
  findSuggestion,
  removeAction,
  restoreAction,
  updateAction,
  type ActionPatch,
} from '../../../../shared/actions/actionOps';
import type { GapId } from '../../../../shared/framework/types';
import type { Action } from '../../../../shared/model/session';
import { newId } from '../../db/sessionRepository';
import { useAppStore } from '../../store/appStore';
import type { UpdateSession } from '../workshop/useSessionUpdater';

export interface ActionCommands {
  add(title: string, gapId: GapId | null): Promise<void>;
  addSuggestion(suggestionId: string): Promise<void>;
  change(id: string, patch: ActionPatch): Promise<void>;
  remove(id: string): Promise<void>;
}

export function useActionCommands(update: UpdateSession): ActionCommands {
  const showToast = useAppStore((s) => s.showToast);
  return useMemo(
    () => ({
      add: (title, gapId) => {
        if (title.trim() === '') return Promise.resolve();
        const action = createAction({ id: newId(), now: Date.now(), title, gapId });
        return update((s) => addAction(s, action));
      },
      addSuggestion: async (suggestionId) => {
        let added = false;
        await update((s) => {
          const next = addFromSuggestion(s, suggestionId, { id: newId(), now: Date.now() });
          added = next !== s;
          return next;
        });
        const title = findSuggestion(suggestionId)?.suggestion.title;
        if (added && title) showToast({ tone: 'success', message: `Added “${title}” to the plan. Give it an owner and a due date.`, timeoutMs: 5000 });
      },
      change: (id, patch) => update((s) => updateAction(s, id, patch)),
      remove: async (id) => {
        let removed: Action | null = null;
        let index = -1;
        await update((s) => {
          const result = removeAction(s, id);
          removed = result.removed;
          index = result.index;
          return result.session;
        });
        const action = removed as Action | null;
        if (!action) return;
        showToast({
          tone: 'info',
          message: `Deleted the action “${action.title}”.`,
          action: { label: 'Undo', run: () => update((s) => restoreAction(s, action, index)) },
        });
      },
    }),
    [update, showToast],
  );
}
