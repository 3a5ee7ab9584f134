/**
 * The window's language: the facilitator's own, kept as a preference on this computer. Until one is
 * chosen it follows the system's language when a catalogue exists for it, else English.
 */
import type { StateCreator } from 'zustand';
import { loadTranslator, type Translator } from '../../../shared/i18n';
import { windowLanguageFor } from './windowLanguagePreference';
import type { AppState } from '../store/appStore';

export interface LanguageSlice {
  /** The language the facilitator chose for the window; null: the system's. */
  windowLanguage: string | null;
  /** The window's translator, loaded before the first render (main.tsx). */
  windowTranslator: Translator | null;
  setWindowTranslator(translator: Translator): void;
  setWindowLanguage(tag: string | null): Promise<void>;
}

export const createLanguageSlice: StateCreator<AppState, [], [], LanguageSlice> = (set) => ({
  windowLanguage: null,
  windowTranslator: null,
  setWindowTranslator: (windowTranslator) => set({ windowTranslator }),
  setWindowLanguage: async (tag) => {
    const translator = await loadTranslator(windowLanguageFor(tag));
    set({ windowLanguage: tag, windowTranslator: translator });
    document.documentElement.lang = translator.language;
  },
});
