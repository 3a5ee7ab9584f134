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
  /** What the palette and the menu say. */
  label: string;
  /** Accelerators; the first is the one the menu shows. Empty: reachable from the palette and the menu only. */
  keys: readonly string[];
  context: KeyContext;
  /** The menu item that sends it to the window, when it has one. */
  menuCommand?: MenuCommand;
  /** Words the palette's search also matches. */
  keywords?: string;
}

export const KEYMAP = [
  { id: 'palette.open', label: 'Command palette…', keys: ['CmdOrCtrl+K'], context: 'global', menuCommand: 'command-palette', keywords: 'search find run' },
  { id: 'session.new', label: 'New session', keys: ['CmdOrCtrl+N'], context: 'global', menuCommand: 'new-session', keywords: 'create workshop' },
  { id: 'library.open', label: 'Library', keys: ['CmdOrCtrl+L'], context: 'global', menuCommand: 'open-library', keywords: 'sessions home back' },
  { id: 'file.open', label: 'Open session file…', keys: ['CmdOrCtrl+O'], context: 'global', menuCommand: 'open-session-file', keywords: 'rrsession import' },
  { id: 'file.saveAs', label: 'Save session as…', keys: ['CmdOrCtrl+Shift+S'], context: 'global', menuCommand: 'save-session-as', keywords: 'rrsession export file' },
  { id: 'file.backups', label: 'Restore a backup…', keys: [], context: 'global', menuCommand: 'restore-backup', keywords: 'backups history recover' },
  { id: 'theme.toggle', label: 'Toggle dark mode', keys: ['CmdOrCtrl+Shift+D'], context: 'global', menuCommand: 'toggle-theme', keywords: 'theme light dark' },
  { id: 'history.undo', label: 'Undo', keys: ['CmdOrCtrl+Z'], context: 'workshop', menuCommand: 'undo', keywords: 'take back revert' },
  { id: 'history.redo', label: 'Redo', keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'], context: 'workshop', menuCommand: 'redo', keywords: 'again' },
  { id: 'stage.next', label: 'Next stage', keys: ['Alt+Down'], context: 'workshop', keywords: 'forward move' },
  { id: 'stage.previous', label: 'Previous stage', keys: ['Alt+Up'], context: 'workshop', keywords: 'back move' },
  { id: 'round.open', label: 'Open the scoring round', keys: ['O'], context: 'round', keywords: 'vote start' },
  { id: 'round.reveal', label: 'Reveal votes', keys: ['R'], context: 'round', keywords: 'show results' },
  { id: 'round.revote', label: 'Re-vote', keys: ['V'], context: 'round', keywords: 'again round' },
  { id: 'round.consensus', label: 'Write the consensus', keys: ['C'], context: 'round', keywords: 'confirm level rationale' },
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
