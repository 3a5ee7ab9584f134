/** The one Zustand store, made of slices. Only preferences persist; run state starts fresh. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createLanguageSlice, type LanguageSlice } from '../i18n/languageSlice';
import { PREFERENCES_KEY } from '../i18n/windowLanguagePreference';
import { createCommandSlice, type CommandSlice } from './commandSlice';
import { createFrameworkEditorSlice, type FrameworkEditorSlice } from './frameworkEditorSlice';
import { createSaveSlice, type SaveSlice } from './saveSlice';
import { createToastSlice, type ToastSlice } from './toastSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = UiSlice & ToastSlice & SaveSlice & CommandSlice & LanguageSlice & FrameworkEditorSlice;

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createUiSlice(...a),
      ...createToastSlice(...a),
      ...createSaveSlice(...a),
      ...createCommandSlice(...a),
      ...createLanguageSlice(...a),
      ...createFrameworkEditorSlice(...a),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ theme: s.theme, librarySort: s.librarySort, showArchived: s.showArchived, windowLanguage: s.windowLanguage }),
    },
  ),
);
