/** The words of a message in the window's language, for code outside React (commands, toasts, notices). */
import type { Message } from '../../../shared/i18n';
import { useAppStore } from './appStore';

export function windowText(message: Message): string {
  const translator = useAppStore.getState().windowTranslator;
  return translator ? translator.text(message) : message.id;
}
