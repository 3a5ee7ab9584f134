/**
 * A gap's evidence and risks, bound to the session's updater: add, edit, and delete with an Undo
 * toast that puts the note back where it stood.
 */
import { useMemo } from 'react';
import type { GapId } from '../../../../shared/framework/types';
import {
  addEvidence,
  addRisk,
  removeEvidence,
  removeRisk,
  restoreEvidence,
  restoreRisk,
  updateEvidence,
  updateRisk,
  type Severity,
} from '../../../../shared/model/noteOps';
import type { NoteItem, Risk } from '../../../../shared/model/session';
import { newId } from '../../db/sessionRepository';
import { useAppStore } from '../../store/appStore';
import type { UpdateSession } from '../workshop/useSessionUpdater';

export interface NoteCommands {
  addEvidence(text: string): Promise<void>;
  changeEvidence(id: string, text: string): Promise<void>;
  removeEvidence(id: string): Promise<void>;
  addRisk(text: string, severity: Severity): Promise<void>;
  changeRisk(id: string, patch: { text?: string; severity?: Severity }): Promise<void>;
  removeRisk(id: string): Promise<void>;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

export function useNoteCommands(update: UpdateSession, gapId: GapId): NoteCommands {
  const showToast = useAppStore((s) => s.showToast);
  return useMemo(() => {
    const offerUndo = (what: string, text: string, restore: () => Promise<void>) =>
      showToast({ tone: 'info', message: `Deleted the ${what} “${shorten(text)}”.`, action: { label: 'Undo', run: restore } });
    return {
      addEvidence: (text) => update((s) => addEvidence(s, gapId, { id: newId(), now: Date.now(), text })),
      changeEvidence: (id, text) => update((s) => updateEvidence(s, gapId, id, text)),
      removeEvidence: async (id) => {
        let found: { item: NoteItem; index: number } | null = null;
        await update((s) => {
          const r = removeEvidence(s, gapId, id);
          found = r.removed ? { item: r.removed, index: r.index } : null;
          return r.session;
        });
        const removed = found as { item: NoteItem; index: number } | null;
        if (removed) offerUndo('evidence', removed.item.text, () => update((s) => restoreEvidence(s, gapId, removed.item, removed.index)));
      },
      addRisk: (text, severity) => update((s) => addRisk(s, gapId, { id: newId(), now: Date.now(), text, severity })),
      changeRisk: (id, patch) => update((s) => updateRisk(s, gapId, id, patch)),
      removeRisk: async (id) => {
        let found: { item: Risk; index: number } | null = null;
        await update((s) => {
          const r = removeRisk(s, gapId, id);
          found = r.removed ? { item: r.removed, index: r.index } : null;
          return r.session;
        });
        const removed = found as { item: Risk; index: number } | null;
        if (removed) offerUndo('risk', removed.item.text, () => update((s) => restoreRisk(s, gapId, removed.item, removed.index)));
      },
    };
  }, [update, gapId, showToast]);
}
