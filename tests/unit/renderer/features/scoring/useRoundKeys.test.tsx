// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoundKeys, type RoundKeyHandlers } from '../../../../../renderer/src/features/scoring/useRoundKeys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ handlers, enabled }: { handlers: RoundKeyHandlers; enabled: boolean }) {
  useRoundKeys(handlers, enabled);
  return (
    <div>
      <input aria-label="field" />
      <input type="radio" aria-label="choice" />
      <textarea aria-label="area" />
      <button type="button">button</button>
      <dialog />
    </div>
  );
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function press(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useRoundKeys', () => {
  it('runs the handler for O, R, V, C from anywhere but a field, in either case', () => {
    const r = vi.fn();
    const o = vi.fn();
    act(() => root.render(<Probe handlers={{ r, o }} enabled />));
    const button = container.querySelector('button')!;
    expect(press(button, 'r')).toBe(true);
    expect(press(document.body, 'R')).toBe(true);
    expect(press(button, 'o')).toBe(true);
    expect(press(container.querySelector('input[type="radio"]')!, 'r')).toBe(true);
    expect(r).toHaveBeenCalledTimes(3);
    expect(o).toHaveBeenCalledTimes(1);
    // Letters with no handler pass through untouched.
    expect(press(button, 'v')).toBe(false);
  });

  it('stays quiet while typing, with modifiers, on repeat, behind an open dialog, or when disabled', () => {
    const r = vi.fn();
    act(() => root.render(<Probe handlers={{ r }} enabled />));
    press(container.querySelector('input')!, 'r');
    press(container.querySelector('textarea')!, 'r');
    press(document.body, 'r', { ctrlKey: true });
    press(document.body, 'r', { altKey: true });
    press(document.body, 'r', { repeat: true });
    container.querySelector('dialog')!.setAttribute('open', '');
    press(document.body, 'r');
    container.querySelector('dialog')!.removeAttribute('open');
    expect(r).not.toHaveBeenCalled();
    act(() => root.render(<Probe handlers={{ r }} enabled={false} />));
    press(document.body, 'r');
    expect(r).not.toHaveBeenCalled();
    act(() => root.render(<Probe handlers={{ r }} enabled />));
    press(document.body, 'r');
    expect(r).toHaveBeenCalledTimes(1);
  });
});
