/**
 * Single-letter shortcuts for a scoring round (O open, R reveal, V re-vote, C consensus). They stay
 * quiet while someone types in a field, while a modal (private voting) is open, and with a
 * modifier held, so they never steal a letter or fire behind the pass-the-laptop screen.
 */
import { useEffect, useRef } from 'react';

export type RoundKey = 'o' | 'r' | 'v' | 'c';
export type RoundKeyHandlers = Partial<Record<RoundKey, () => void>>;

/** Inputs that take no typed text: a letter pressed on them is free for a shortcut. */
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when a key press belongs to what has focus (a text field, an editable area, a select). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function useRoundKeys(handlers: RoundKeyHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase() as RoundKey;
      const run = latest.current[key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
