/**
 * A gap's evidence and risks, as session commands: add, edit, and delete (its toast's Undo is the
 * session's Undo).
 */
import { useMemo } from 'react';
import type { GapId } from '../../../../shared/framework/types';
import type { Severity } from '../../../../shared/model/noteOps';
import { addGapEvidence, addGapRisk, removeGapEvidence, removeGapRisk, updateGapEvidence, updateGapRisk } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';

export interface NoteCommands {
  addEvidence(text: string): Promise<void>;
  changeEvidence(id: string, text: string): Promise<void>;
  removeEvidence(id: string): Promise<void>;
  addRisk(text: string, severity: Severity): Promise<void>;
  changeRisk(id: string, patch: { text?: string; severity?: Severity }): Promise<void>;
  removeRisk(id: string): Promise<void>;
}

export function useNoteCommands(sessionId: string, gapId: GapId): NoteCommands {
  const run = useRunCommand(sessionId);
  return useMemo(() => {
    const settle = async (outcome: Promise<unknown>) => {
      await outcome;
    };
    return {
      addEvidence: (text) => settle(run(addGapEvidence, { gapId, text })),
      changeEvidence: (id, text) => settle(run(updateGapEvidence, { gapId, id, text })),
      removeEvidence: (id) => settle(run(removeGapEvidence, { gapId, id })),
      addRisk: (text, severity) => settle(run(addGapRisk, { gapId, text, severity })),
      changeRisk: (id, patch) => settle(run(updateGapRisk, { gapId, id, patch })),
      removeRisk: (id) => settle(run(removeGapRisk, { gapId, id })),
    };
  }, [run, gapId]);
}
