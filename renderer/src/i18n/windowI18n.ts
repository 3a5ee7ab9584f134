/**
 * The window's translator for code outside React (a toast's words chosen in a handler, an error's
 * sentence): the one in force now. Components use useI18n(), which also re-renders on a change.
 */
import type { Translator } from '../../../shared/i18n';
import { useAppStore } from '../store/appStore';

export function windowI18n(): Translator {
  const translator = useAppStore.getState().windowTranslator;
  if (translator === null) throw new Error('The window’s catalogue is loaded before anything is shown (main.tsx).');
  return translator;
}
