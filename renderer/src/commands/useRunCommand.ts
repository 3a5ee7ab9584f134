/** Runs session commands from a screen: a refusal becomes a toast with its own words; a delete offers Undo. */
import { useCallback } from 'react';
import type { Session } from '../../../shared/model/session';
import { useAppStore } from '../store/appStore';
import { windowText } from '../store/windowText';
import { runCommand, undoEntry, type CommandOutcome } from './execute';
import { HISTORY_TEXT, type SessionCommand } from './registry';

export type RunCommand = <A>(command: SessionCommand<A>, args: A) => Promise<CommandOutcome>;

export function useRunCommand(sessionId: string): RunCommand {
  const showToast = useAppStore((s) => s.showToast);
  return useCallback(
    async <A,>(command: SessionCommand<A>, args: A) => {
      let before: Session | null = null;
      const outcome = await runCommand(sessionId, command, args, (session) => (before = session));
      if (!outcome.ok) {
        showToast({ tone: 'error', message: windowText(outcome.refusal.message) });
      } else if (command.undoToast && outcome.entry && before) {
        const entryId = outcome.entry.id;
        showToast({ tone: 'info', message: windowText(command.undoToast(args, before)), action: { label: windowText(HISTORY_TEXT.undo), run: () => void undoEntry(sessionId, entryId) } });
      }
      return outcome;
    },
    [sessionId, showToast],
  );
}
