/**
 * The command palette (Ctrl/Cmd+K): every keymap command that can run here, with its keys,
 * filtered as you type. A modal <dialog> holding a combobox and its listbox: arrows move, Enter
 * runs, Escape closes, and focus goes back where it was before the command runs.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CONTEXT_CHAIN, formatAccelerator, KEYMAP, type InvocableId, type KeyBinding } from '../../../shared/commands/keymap';
import { availableLanguages, languageName, type Translator } from '../../../shared/i18n';
import { useI18n } from '../i18n/TranslatorContext';
import { useAppStore } from '../store/appStore';
import { invokeCommand, isCommandAvailable } from './keys';
import { IS_MAC } from './shortcut';
import './palette.css';

/** One line of the palette: a keymap command, or a choice of the window's language. */
export interface PaletteEntry {
  id: string;
  label: string;
  /** Words the search also matches. */
  keywords: string;
  keys: readonly string[];
  run(): void;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Commands whose label or keywords hold every word typed. */
export function matchCommands<E extends Pick<PaletteEntry, 'label' | 'keywords'>>(entries: readonly E[], query: string): E[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const haystack = fold(`${e.label} ${e.keywords}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** A keymap command as the palette lists it, in the window's language. */
export function keymapEntry(binding: KeyBinding, i18n: Translator): PaletteEntry {
  return {
    id: binding.id,
    label: i18n.t(binding.labelId),
    keywords: binding.keywordsId ? i18n.t(binding.keywordsId) : '',
    keys: binding.keys,
    run: () => invokeCommand(binding.id as InvocableId, true),
  };
}

/** "Window language: Deutsch", one for each language the window does not speak now. */
export function windowLanguageEntries(i18n: Translator, choose: (tag: string) => void): PaletteEntry[] {
  return availableLanguages()
    .filter((tag) => tag !== i18n.language)
    .map((tag) => ({
      id: `window-language-${tag}`,
      label: i18n.t('palette.windowLanguage', { language: languageName(tag) }),
      keywords: i18n.t('palette.windowLanguage.keywords'),
      keys: [],
      run: () => choose(tag),
    }));
}

export function CommandPalette() {
  const open = useAppStore((s) => s.paletteOpen);
  const setOpen = useAppStore((s) => s.setPaletteOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [available, setAvailable] = useState<PaletteEntry[]>([]);
  const listId = useId();
  const i18n = useI18n();
  const setWindowLanguage = useAppStore((s) => s.setWindowLanguage);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Taken before the dialog moves focus, so closing gives it back to where the person was.
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // What can run is read when it opens: the screen behind does not change while it is open.
      // The screen's own commands first (a round's, then the session's), then those of the whole app.
      const runnable = (KEYMAP as readonly KeyBinding[]).filter((b) => b.id !== 'palette.open' && isCommandAvailable(b.id as InvocableId));
      runnable.sort((a, b) => CONTEXT_CHAIN[b.context].length - CONTEXT_CHAIN[a.context].length);
      setAvailable([...runnable.map((b) => keymapEntry(b, i18n)), ...windowLanguageEntries(i18n, (tag) => void setWindowLanguage(tag))]);
      setQuery('');
      setActive(0);
      dialog.showModal();
      inputRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, i18n, setWindowLanguage]);

  const matches = useMemo(() => matchCommands(available, query), [available, query]);
  const current = matches[Math.min(active, matches.length - 1)];

  function close(): void {
    setOpen(false);
    dialogRef.current?.close();
    returnFocus.current?.focus();
  }

  function runCommand(entry: PaletteEntry): void {
    close();
    entry.run();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const last = matches.length - 1;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: last, PageDown: active + 5, PageUp: active - 5 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      runCommand(current);
    }
  }

  const optionId = (binding: PaletteEntry) => `${listId}-${binding.id.replace(/\W/g, '-')}`;

  return (
    <dialog
      ref={dialogRef}
      className="dialog palette"
      aria-label={i18n.t('palette.title')}
      data-testid="command-palette"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        // A click on the backdrop closes it.
        if (e.target === dialogRef.current) close();
      }}
    >
      {open ? (
        <div className="palette-body">
          <input
            ref={inputRef}
            className="input palette-input"
            role="combobox"
            aria-label={i18n.t('palette.title')}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(current) : undefined}
            placeholder={i18n.t('palette.placeholder')}
            value={query}
            spellCheck={false}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} className="palette-list" role="listbox" aria-label={i18n.t('palette.count', { count: matches.length })}>
            {matches.map((binding) => (
              <li
                key={binding.id}
                id={optionId(binding)}
                role="option"
                aria-selected={binding === current}
                className="palette-option"
                onMouseMove={() => setActive(matches.indexOf(binding))}
                onClick={() => runCommand(binding)}
              >
                <span>{binding.label}</span>
                {binding.keys.length ? (
                  <span className="palette-keys">
                    {binding.keys.map((k) => (
                      <kbd key={k}>{formatAccelerator(k, IS_MAC)}</kbd>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {matches.length === 0 ? (
            <p className="palette-empty muted" role="status">
              {i18n.t('palette.empty')}
            </p>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
