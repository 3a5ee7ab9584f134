// @vitest-environment jsdom
/** The command palette: lists what can run here with its keys, filters as you type, runs with Enter, gives focus back. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { CommandPalette, keymapEntry, matchCommands, windowLanguageEntries } from '../../../../renderer/src/commands/CommandPalette';
import { useCommandHandler } from '../../../../renderer/src/commands/keys';
import { TranslatorProvider } from '../../../../renderer/src/i18n/TranslatorContext';
import { useAppStore } from '../../../../renderer/src/store/appStore';
import { KEYMAP, type KeyBinding } from '../../../../shared/commands/keymap';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');
const de = translatorNow('de');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('matchCommands', () => {
  const all = (KEYMAP as readonly KeyBinding[]).map((b) => keymapEntry(b, en));
  it('matches every typed word in the label or keywords, ignoring case and accents', () => {
    expect(matchCommands(all, 'REVEAL').map((b) => b.id)).toEqual(['round.reveal']);
    expect(matchCommands(all, 'dark thème').map((b) => b.id)).toEqual(['theme.toggle']);
    expect(matchCommands(all, 'take back').map((b) => b.id)).toEqual(['history.undo']);
    expect(matchCommands(all, '')).toHaveLength(all.length);
    expect(matchCommands(all, 'zebra')).toEqual([]);
  });

  it('finds German commands by German words', () => {
    const german = (KEYMAP as readonly KeyBinding[]).map((b) => keymapEntry(b, de));
    expect(matchCommands(german, 'aufdecken').map((b) => b.id)).toEqual(['round.reveal']);
    expect(matchCommands(german, 'dunkel').map((b) => b.id)).toEqual(['theme.toggle']);
    expect(matchCommands(german, 'RÜCKGÄNGIG').map((b) => b.id)).toEqual(['history.undo']);
  });

  it('offers the window’s other languages, each by its own name', () => {
    const chosen: string[] = [];
    const english = windowLanguageEntries(en, (tag) => chosen.push(tag));
    expect(english.map((e) => e.label)).toEqual(['Window language: Deutsch']);
    expect(matchCommands(english, 'german').map((e) => e.id)).toEqual(['window-language-de']);
    english[0]!.run();
    expect(chosen).toEqual(['de']);
    expect(windowLanguageEntries(de, () => {}).map((e) => e.label)).toEqual(['Fenstersprache: English']);
  });
});

/** The window as App renders it: the palette speaks the window's language, whatever it is now. */
function InWindow({ children }: { children: React.ReactNode }) {
  const translator = useAppStore((s) => s.windowTranslator);
  return translator ? <TranslatorProvider translator={translator}>{children}</TranslatorProvider> : null;
}

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
    act(() => useAppStore.getState().setWindowTranslator(en));
    act(() => root.render(<InWindow><Screen onReveal={onReveal} /></InWindow>));
    const before = host.querySelector('button')!;
    before.focus();

    act(() => useAppStore.getState().setPaletteOpen(true));
    const dialog = host.querySelector('dialog')!;
    expect(dialog.getAttribute('aria-label')).toBe('Command palette');
    const input = dialog.querySelector<HTMLInputElement>('[role="combobox"]')!;
    const listbox = dialog.querySelector('[role="listbox"]')!;
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    // Only what can run here (Undo and Reveal votes have handlers), the round's first; the palette does not list itself.
    // Then the window's other language.
    expect([...listbox.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Reveal votesR', 'UndoCtrl+Z', 'Window language: Deutsch']);

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

  it('switches the whole window to German from the palette, at once', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => useAppStore.getState().setWindowTranslator(en));
    act(() => root.render(<InWindow><Screen onReveal={() => {}} /></InWindow>));
    act(() => useAppStore.getState().setPaletteOpen(true));
    const input = host.querySelector<HTMLInputElement>('[role="combobox"]')!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'deutsch');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...host.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Window language: Deutsch']);
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await Promise.resolve();
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(useAppStore.getState().windowLanguage).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    act(() => useAppStore.getState().setPaletteOpen(true));
    expect(host.querySelector('dialog')!.getAttribute('aria-label')).toBe('Befehlspalette');
    expect([...host.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Stimmen aufdeckenR', 'RückgängigCtrl+Z', 'Fenstersprache: English']);
    act(() => useAppStore.getState().setPaletteOpen(false));
    act(() => root.unmount());
    await act(() => useAppStore.getState().setWindowLanguage('en'));
  });
});
