/**
 * The window's one key handler and the bridge from the menu. Screens say what a keymap command
 * does while they are on screen (`useCommandHandler`); a key press, a menu item and the palette
 * all end in `invokeCommand`, so they can never disagree.
 *
 * Typing stays the field's: single-letter keys are quiet while focus is in a text field or a
 * modal dialog is open; Ctrl/Cmd+Z and Ctrl+Shift+Z / Ctrl+Y while a text field has focus undo
 * and redo *the typing in that field* (the field's own, native undo), as in any editor; with
 * focus anywhere else they undo and redo the session.
 */
import { useEffect, useRef } from 'react';
import { KEYMAP, keyId, parseAccelerator, type InvocableId, type KeyBinding, type MenuCommand } from '../../../shared/commands/keymap';
import { isBridgeAvailable } from '../platform/api';

type Handler = () => void;

const handlers = new Map<InvocableId, Handler[]>();

/** Binds a keymap command to what it does on this screen, while `handler` is given. */
export function useCommandHandler(id: InvocableId, handler: Handler | undefined): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const active = handler !== undefined;
  useEffect(() => {
    if (!active) return;
    const run: Handler = () => latest.current?.();
    handlers.set(id, [...(handlers.get(id) ?? []), run]);
    return () => {
      const rest = (handlers.get(id) ?? []).filter((h) => h !== run);
      if (rest.length) handlers.set(id, rest);
      else handlers.delete(id);
    };
  }, [id, active]);
}

/** Whether a command can run here and now (the palette lists only these). */
export function isCommandAvailable(id: InvocableId): boolean {
  return (handlers.get(id)?.length ?? 0) > 0;
}

/** Inputs that take no typed text: a letter pressed on them is free for a shortcut. */
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key press belongs to what has focus (a text field, an editable area, a select). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function isTextField(target: EventTarget | null): boolean {
  return isTypingTarget(target) && !(target instanceof HTMLSelectElement);
}

const FIELD_HISTORY: Partial<Record<InvocableId, 'undo' | 'redo'>> = { 'history.undo': 'undo', 'history.redo': 'redo' };

/**
 * Runs a keymap command: the field's own undo while typing (from a key or the menu), otherwise the
 * newest handler bound to it. The palette names the session's Undo explicitly: `byName` skips the field.
 */
export function invokeCommand(id: InvocableId, byName = false): boolean {
  const field = FIELD_HISTORY[id];
  if (field && !byName && isTextField(document.activeElement)) {
    // The field's own undo stack; its change is then committed like any typing.
    document.execCommand(field);
    return true;
  }
  const list = handlers.get(id);
  const run = list?.[list.length - 1];
  if (!run) return false;
  run();
  return true;
}

const BY_KEY = new Map<string, KeyBinding[]>();
for (const binding of KEYMAP as readonly KeyBinding[]) {
  for (const accelerator of binding.keys) {
    const key = keyId(parseAccelerator(accelerator));
    BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), binding]);
  }
}

function eventKeyId(event: KeyboardEvent): string {
  return keyId({ mod: event.ctrlKey || event.metaKey, shift: event.shiftKey, alt: event.altKey, key: event.key.toLowerCase() });
}

/** The binding a key press means here, or null. Exported for tests. */
export function bindingForEvent(event: KeyboardEvent): KeyBinding | null {
  const candidates = BY_KEY.get(eventKeyId(event));
  if (!candidates) return null;
  const modal = document.querySelector('dialog[open]') !== null;
  for (const binding of candidates) {
    if (!isCommandAvailable(binding.id as InvocableId) && !FIELD_HISTORY[binding.id as InvocableId]) continue;
    if (binding.context === 'round' && (event.repeat || isTypingTarget(event.target) || modal)) continue;
    // Behind a modal dialog only a text field's own undo/redo still answers.
    if (binding.context === 'workshop' && modal && !(FIELD_HISTORY[binding.id as InvocableId] && isTextField(event.target))) continue;
    return binding;
  }
  return null;
}

const MENU_TO_COMMAND = new Map<MenuCommand, InvocableId>(
  (KEYMAP as readonly KeyBinding[]).flatMap((b) => (b.menuCommand ? [[b.menuCommand, b.id as InvocableId] as const] : [])),
);

/** Installs the window's one keydown listener and the menu's commands (once, in App). */
export function useWindowCommands(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const binding = bindingForEvent(event);
      if (!binding) return;
      if (!invokeCommand(binding.id as InvocableId)) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = isBridgeAvailable()
      ? window.readinessRoom!.onMenuCommand(({ command }) => {
          const id = MENU_TO_COMMAND.get(command);
          if (id) invokeCommand(id);
        })
      : () => {};
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);
}
