import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

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
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  setLibrarySort(sort: LibrarySort): void;
  setShowArchived(show: boolean): void;
  navigate(route: Route): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  theme: 'system',
  librarySort: 'updated',
  showArchived: false,
  route: { screen: 'library' },
  setTheme: (theme) => set({ theme }),
  toggleTheme: () => {
    const current = get().theme === 'system' ? systemTheme() : get().theme;
    set({ theme: current === 'dark' ? 'light' : 'dark' });
  },
  setLibrarySort: (librarySort) => set({ librarySort }),
  setShowArchived: (showArchived) => set({ showArchived }),
  navigate: (route) => set({ route }),
});

export function systemTheme(): 'light' | 'dark' {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
