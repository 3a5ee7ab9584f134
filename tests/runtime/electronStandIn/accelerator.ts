/**
 * Electron's accelerator grammar (its documented modifiers and key codes; the typings only say
 * `type Accelerator = string`): modifiers joined by "+", then exactly one key, case-insensitive.
 */
const MODIFIERS = ['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta'];

const NAMED_KEYS = [
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc',
  'volumeup', 'volumedown', 'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const PUNCTUATION = [...')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"\''];

function isKey(token: string): boolean {
  const key = token.toLowerCase();
  if (/^[a-z0-9]$/.test(key)) return true;
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(key)) return true;
  if (/^num[0-9]$/.test(key)) return true;
  return NAMED_KEYS.includes(key) || PUNCTUATION.includes(token);
}

/** Why the string is not an accelerator Electron accepts, or null when it is one. */
export function acceleratorProblem(accelerator: string): string | null {
  if (accelerator.trim() !== accelerator || accelerator === '') return 'it is empty or has surrounding spaces';
  const tokens = accelerator.split('+');
  // "Ctrl++" is not how Electron spells the plus key ("Plus" is).
  if (tokens.some((t) => t === '')) return 'an empty part (write "Plus" for the + key)';
  const key = tokens.at(-1)!;
  for (const modifier of tokens.slice(0, -1)) {
    if (!MODIFIERS.includes(modifier.toLowerCase())) return `"${modifier}" is not a modifier`;
  }
  if (MODIFIERS.includes(key.toLowerCase())) return 'it has no key after its modifiers';
  if (!isKey(key)) return `"${key}" is not a key code`;
  return null;
}
