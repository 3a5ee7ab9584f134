/**
 * What the action plan and a gap's actions card can do to the plan, as session commands: add
 * (free or from a suggestion), change, and delete (its toast's Undo is the session's Undo).
 */
import { useMemo } from 'react';
import { findSuggestion, type ActionPatch } from '../../../../shared/actions/actionOps';
import type { GapId } from '../../../../shared/framework/types';
import { addPlanAction, addSuggestedAction, removePlanAction, updatePlanAction } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';
import { useAppStore } from '../../store/appStore';

export interface ActionCommands {
  add(title: string, gapId: GapId | null): Promise<void>;
  addSuggestion(suggestionId: string): Promise<void>;
  change(id: string, patch: ActionPatch): Promise<void>;
  remove(id: string): Promise<void>;
}

export function useActionCommands(sessionId: string): ActionCommands {
  const run = useRunCommand(sessionId);
  const showToast = useAppStore((s) => s.showToast);
  const i18n = useI18n();
  const framework = useFramework();
  return useMemo(
    () => ({
      add: async (title, gapId) => {
        if (title.trim() === '') return;
        await run(addPlanAction, { title, gapId });
      },
      addSuggestion: async (suggestionId) => {
        const outcome = await run(addSuggestedAction, { suggestionId, framework });
        const title = findSuggestion(suggestionId, framework)?.suggestion.title;
        if (outcome.ok && outcome.entry && title) showToast({ tone: 'success', message: i18n.t('actionPlan.toast.suggestionAdded', { title }), timeoutMs: 5000 });
      },
      change: async (id, patch) => {
        await run(updatePlanAction, { id, patch });
      },
      remove: async (id) => {
        await run(removePlanAction, { id });
      },
    }),
    [run, showToast, i18n, framework],
  );
}
