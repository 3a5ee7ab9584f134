/** How a keymap command's key reads on this computer, for titles and hints ("Ctrl+Shift+D", "⇧⌘D"). */
import { acceleratorOf, formatAccelerator, type InvocableId } from '../../../shared/commands/keymap';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);

export function shortcutLabel(id: InvocableId): string {
  const accelerator = acceleratorOf(id);
  return accelerator ? formatAccelerator(accelerator, IS_MAC) : '';
}
