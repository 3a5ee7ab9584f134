import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

/** Whether the durable copy on disk has caught up with the window. */
export type SaveStatus =
  | { state: 'saved'; at: string | null }
  | { state: 'saving' }
  | { state: 'failed'; message: string };

export interface SaveSlice {
  saveStatus: SaveStatus;
  setSaveStatus(status: SaveStatus): void;
}

export const createSaveSlice: StateCreator<AppState, [], [], SaveSlice> = (set) => ({
  saveStatus: { state: 'saved', at: null },
  setSaveStatus: (saveStatus) => set({ saveStatus }),
});
