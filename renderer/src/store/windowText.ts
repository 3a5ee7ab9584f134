/** The words of a message in the window's language, for code outside React (commands, toasts, notices). */
import { frameworkTranslator } from '../../../shared/framework/localize';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import type { Message } from '../../../shared/i18n';
import { useAppStore } from './appStore';

/** `framework`: the session's own, when the message may name its gaps (absent: the built-in one). */
export function windowText(message: Message, framework?: Framework): string {
  const translator = useAppStore.getState().windowTranslator;
  return translator ? frameworkTranslator(translator, framework).text(message) : message.id;
}
