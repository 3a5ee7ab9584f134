/**
 * The language in force for a part of the screen: the facilitator's window speaks the user's
 * language; the presenter view (and anything shown to the room) is wrapped in the session's.
 * Components call useI18n() and never know which of the two they are in.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Translator } from '../../../shared/i18n';

const TranslatorContext = createContext<Translator | null>(null);

export function TranslatorProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useI18n(): Translator {
  const translator = useContext(TranslatorContext);
  if (translator === null) throw new Error('useI18n() needs a TranslatorProvider above it.');
  return translator;
}
