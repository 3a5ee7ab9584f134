// @vitest-environment jsdom
/** The command palette: lists what can run here with its keys, filters as you type, runs with Enter, gives focus back. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { CommandPalette, matchCommands } from '../../../../renderer/src/commands/CommandPalette';
import { useCommandHandler } from '../../../../renderer/src/commands/keys';
import { useAppStore } from '../../../../renderer/src/store/appStore';
import { KEYMAP, type KeyBinding } from '../../../../shared/commands/keymap';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('matchCommands', () => {
  const all = KEYMAP as readonly KeyBinding[];
  it('matches every typed word in the label or keywords, ignoring case and accents', () => {
    expect(matchCommands(all, 'REVEAL').map((b) => b.id)).toEqual(['round.reveal']);
    expect(matchCommands(all, 'dark thème').map((b) => b.id)).toEqual(['theme.toggle']);
    expect(matchCommands(all, 'take back').map((b) => b.id)).toEqual(['history.undo']);
    expect(matchCommands(all, '')).toHaveLength(all.length);
    expect(matchCommands(all, 'zebra')).toEqual([]);
  });
});

function Screen({ onReveal }: { onReveal(): void }) {
  useCommandHandler('round.reveal', onReveal);
  useCommandHandler('history.undo', () => {});
  return (
    <>
      <button type="button">before</button>
      <CommandPalette />
    </>
  );
}

describe('CommandPalette', () => {
  it('is a labelled dialog with a combobox over a listbox; Enter runs the active option and focus returns', () => {
    // jsdom has <dialog> without its modal behaviour: enough for roles, focus and keys.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const onReveal = vi.fn();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(<Screen onReveal={onReveal} />));
    const before = host.querySelector('button')!;
    before.focus();

    act(() => useAppStore.getState().setPaletteOpen(true));
    const dialog = host.querySelector('dialog')!;
    expect(dialog.getAttribute('aria-label')).toBe('Command palette');
    const input = dialog.querySelector<HTMLInputElement>('[role="combobox"]')!;
    const listbox = dialog.querySelector('[role="listbox"]')!;
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    // Only what can run here (Undo and Reveal votes have handlers), the round's first; the palette does not list itself.
    expect([...listbox.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Reveal votesR', 'UndoCtrl+Z']);

    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'reveal');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const options = listbox.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(1);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);

    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(useAppStore.getState().paletteOpen).toBe(false);
    expect(document.activeElement).toBe(before);
    act(() => root.unmount());
  });
});
