/**
 * The one keymap: every command a person can invoke by name, with its label and its keys. The
 * Electron menu takes its labels and accelerators from here, the window's one key handler
 * matches key presses against it, and the command palette lists it. Keys are written as Electron
 * accelerators ("CmdOrCtrl+Shift+Z"); CmdOrCtrl is ⌘ on macOS and Ctrl elsewhere.
 *
 * A key belongs to a context: `global` anywhere in the window, `workshop` while a session is open,
 * `round` while a scoring round is on screen (single letters, quiet while someone types). Contexts
 * nest (global ⊃ workshop ⊃ round), so one key may serve only one command along that chain.
 */
import type { MessageId } from '../i18n/messageIds';
import type { EventPayloads } from '../ipc/contract';

export type KeyContext = 'global' | 'workshop' | 'round';

/** Each context with the contexts it sits inside. */
export const CONTEXT_CHAIN: Readonly<Record<KeyContext, readonly KeyContext[]>> = {
  global: ['global'],
  workshop: ['workshop', 'global'],
  round: ['round', 'workshop', 'global'],
};

export type MenuCommand = EventPayloads['menuCommand']['command'];

export interface KeyBinding {
  id: string;
  /** What the palette and the menu say: a catalogue id, worded in the window's language. */
  labelId: MessageId;
  /** Accelerators; the first is the one the menu shows. Empty: reachable from the palette and the menu only. */
  keys: readonly string[];
  context: KeyContext;
  /** The menu item that sends it to the window, when it has one. */
  menuCommand?: MenuCommand;
  /** Words the palette's search also matches (a catalogue id, so German finds German words). */
  keywordsId?: MessageId;
}

export const KEYMAP = [
  { id: 'palette.open', labelId: 'keymap.palette.open.label', keywordsId: 'keymap.palette.open.keywords', keys: ['CmdOrCtrl+K'], context: 'global', menuCommand: 'command-palette' },
  { id: 'session.new', labelId: 'keymap.session.new.label', keywordsId: 'keymap.session.new.keywords', keys: ['CmdOrCtrl+N'], context: 'global', menuCommand: 'new-session' },
  { id: 'library.open', labelId: 'keymap.library.open.label', keywordsId: 'keymap.library.open.keywords', keys: ['CmdOrCtrl+L'], context: 'global', menuCommand: 'open-library' },
  { id: 'frameworks.open', labelId: 'keymap.frameworks.open.label', keywordsId: 'keymap.frameworks.open.keywords', keys: [], context: 'global' },
  { id: 'file.open', labelId: 'keymap.file.open.label', keywordsId: 'keymap.file.open.keywords', keys: ['CmdOrCtrl+O'], context: 'global', menuCommand: 'open-session-file' },
  { id: 'file.saveAs', labelId: 'keymap.file.saveAs.label', keywordsId: 'keymap.file.saveAs.keywords', keys: ['CmdOrCtrl+Shift+S'], context: 'global', menuCommand: 'save-session-as' },
  { id: 'file.backups', labelId: 'keymap.file.backups.label', keywordsId: 'keymap.file.backups.keywords', keys: [], context: 'global', menuCommand: 'restore-backup' },
  { id: 'theme.toggle', labelId: 'keymap.theme.toggle.label', keywordsId: 'keymap.theme.toggle.keywords', keys: ['CmdOrCtrl+Shift+D'], context: 'global', menuCommand: 'toggle-theme' },
  { id: 'history.undo', labelId: 'keymap.history.undo.label', keywordsId: 'keymap.history.undo.keywords', keys: ['CmdOrCtrl+Z'], context: 'workshop', menuCommand: 'undo' },
  { id: 'history.redo', labelId: 'keymap.history.redo.label', keywordsId: 'keymap.history.redo.keywords', keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'], context: 'workshop', menuCommand: 'redo' },
  { id: 'tracker.import', labelId: 'keymap.tracker.import.label', keywordsId: 'keymap.tracker.import.keywords', keys: [], context: 'workshop', menuCommand: 'import-tracker' },
  { id: 'stage.next', labelId: 'keymap.stage.next.label', keywordsId: 'keymap.stage.next.keywords', keys: ['Alt+Down'], context: 'workshop' },
  { id: 'stage.previous', labelId: 'keymap.stage.previous.label', keywordsId: 'keymap.stage.previous.keywords', keys: ['Alt+Up'], context: 'workshop' },
  { id: 'round.open', labelId: 'keymap.round.open.label', keywordsId: 'keymap.round.open.keywords', keys: ['O'], context: 'round' },
  { id: 'round.reveal', labelId: 'keymap.round.reveal.label', keywordsId: 'keymap.round.reveal.keywords', keys: ['R'], context: 'round' },
  { id: 'round.revote', labelId: 'keymap.round.revote.label', keywordsId: 'keymap.round.revote.keywords', keys: ['V'], context: 'round' },
  { id: 'round.consensus', labelId: 'keymap.round.consensus.label', keywordsId: 'keymap.round.consensus.keywords', keys: ['C'], context: 'round' },
] as const satisfies readonly KeyBinding[];

export type InvocableId = (typeof KEYMAP)[number]['id'];

export function bindingOf(id: InvocableId): KeyBinding {
  return KEYMAP.find((b) => b.id === id)!;
}

/** The menu's accelerator for a command (its first key), if it has one. */
export function acceleratorOf(id: InvocableId): string | undefined {
  return bindingOf(id).keys[0];
}

export interface ParsedKey {
  /** CmdOrCtrl: ⌘ on macOS, Ctrl elsewhere. */
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** The key, lower case, as KeyboardEvent.key names it ("z", "arrowdown"). */
  key: string;
}

const KEY_NAMES: Readonly<Record<string, string>> = { up: 'arrowup', down: 'arrowdown', left: 'arrowleft', right: 'arrowright', esc: 'escape' };

export function parseAccelerator(accelerator: string): ParsedKey {
  const parts = accelerator.split('+');
  const key = parts[parts.length - 1]!.toLowerCase();
  const mods = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()));
  return {
    mod: mods.has('cmdorctrl') || mods.has('commandorcontrol'),
    shift: mods.has('shift'),
    alt: mods.has('alt'),
    key: KEY_NAMES[key] ?? key,
  };
}

/** One comparable string per key press ("mod+shift+z"). */
export function keyId(key: ParsedKey): string {
  return [key.mod ? 'mod' : '', key.shift ? 'shift' : '', key.alt ? 'alt' : '', key.key].filter(Boolean).join('+');
}

/** Pairs of commands that share a key where their contexts overlap (the keymap test wants none). */
export function keyClashes(bindings: readonly KeyBinding[] = KEYMAP): { key: string; ids: [string, string] }[] {
  const clashes: { key: string; ids: [string, string] }[] = [];
  const seen: { key: string; binding: KeyBinding }[] = [];
  for (const binding of bindings) {
    for (const accelerator of binding.keys) {
      const key = keyId(parseAccelerator(accelerator));
      for (const other of seen) {
        if (other.key !== key) continue;
        const overlap = CONTEXT_CHAIN[binding.context].includes(other.binding.context) || CONTEXT_CHAIN[other.binding.context].includes(binding.context);
        if (overlap) clashes.push({ key, ids: [other.binding.id, binding.id] });
      }
      seen.push({ key, binding });
    }
  }
  return clashes;
}

/** How a key reads on this platform: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function formatAccelerator(accelerator: string, mac: boolean): string {
  const parsed = parseAccelerator(accelerator);
  const names: Readonly<Record<string, string>> = { arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→', escape: 'Esc' };
  const key = names[parsed.key] ?? parsed.key.toUpperCase();
  if (mac) return `${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.mod ? '⌘' : ''}${key}`;
  return [parsed.mod ? 'Ctrl' : '', parsed.alt ? 'Alt' : '', parsed.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
