import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import { sameValue } from '../commands/sessionPatch';
import { isDraftDirty } from './frameworkEditorSlice';

export type Theme = 'light' | 'dark' | 'system';
export type LibrarySort = 'updated' | 'created' | 'initiative' | 'client';

export type Route =
  | { screen: 'library' }
  | { screen: 'workshop'; sessionId: string }
  | { screen: 'presenter'; sessionId: string }
  | { screen: 'frameworks' }
  | { screen: 'framework'; frameworkId: string }
  /** One client's initiatives side by side; `client` is its clientKey. */
  | { screen: 'portfolio'; client: string };

export interface UiSlice {
  theme: Theme;
  librarySort: LibrarySort;
  showArchived: boolean;
  route: Route;
  /**
   * Where the window was asked to go while the framework editor held unsaved edits: the editor
   * asks first (leave, save and leave, or stay), whatever asked — a key, a menu, a link, the address.
   */
  pendingRoute: Route | null;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  setLibrarySort(sort: LibrarySort): void;
  setShowArchived(show: boolean): void;
  /** Goes to a route; away from the framework editor with unsaved edits, asks first (pendingRoute). */
  navigate(route: Route): void;
  /** Goes where was asked, dropping the framework draft. */
  leaveForPendingRoute(): void;
  /** Stays in the framework editor; the address goes back to it. */
  stayOnRoute(): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  theme: 'system',
  librarySort: 'updated',
  showArchived: false,
  route: { screen: 'library' },
  pendingRoute: null,
  setTheme: (theme) => set({ theme }),
  toggleTheme: () => {
    const current = get().theme === 'system' ? systemTheme() : get().theme;
    set({ theme: current === 'dark' ? 'light' : 'dark' });
  },
  setLibrarySort: (librarySort) => set({ librarySort }),
  setShowArchived: (showArchived) => set({ showArchived }),
  navigate: (route) => {
    const { route: current, frameworkDraft } = get();
    if (current.screen !== 'framework' || sameValue(current, route)) {
      set({ route, pendingRoute: null });
      return;
    }
    if (frameworkDraft !== null && isDraftDirty(frameworkDraft)) set({ pendingRoute: route });
    // A draft left with nothing unsaved goes with the editor: opened again, it starts from the library's copy.
    else set({ route, pendingRoute: null, frameworkDraft: null });
  },
  leaveForPendingRoute: () => {
    const route = get().pendingRoute;
    if (route !== null) set({ route, pendingRoute: null, frameworkDraft: null });
  },
  // A fresh route object, so the address that asked to leave is put back.
  stayOnRoute: () => set({ route: { ...get().route }, pendingRoute: null }),
});

export function systemTheme(): 'light' | 'dark' {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
