import type { StateCreator } from 'zustand';
import type { SessionHistory } from '../commands/history';
import type { AppState } from './appStore';

/** The open session's undo history (mirrored to IndexedDB) and whether the command palette is open. */
export interface CommandSlice {
  history: SessionHistory | null;
  setHistory(history: SessionHistory | null): void;
  paletteOpen: boolean;
  setPaletteOpen(open: boolean): void;
}

export const createCommandSlice: StateCreator<AppState, [], [], CommandSlice> = (set) => ({
  history: null,
  setHistory: (history) => set({ history }),
  paletteOpen: false,
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
});
