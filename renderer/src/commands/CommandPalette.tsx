/**
 * The command palette (Ctrl/Cmd+K): every keymap command that can run here, with its keys,
 * filtered as you type. A modal <dialog> holding a combobox and its listbox: arrows move, Enter
 * runs, Escape closes, and focus goes back where it was before the command runs.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CONTEXT_CHAIN, formatAccelerator, KEYMAP, type InvocableId, type KeyBinding } from '../../../shared/commands/keymap';
import { useAppStore } from '../store/appStore';
import { invokeCommand, isCommandAvailable } from './keys';
import { IS_MAC } from './shortcut';
import './palette.css';

const TEXT = {
  title: 'Command palette',
  placeholder: 'Type a command…',
  empty: 'No command matches.',
  count: (n: number) => `${n} ${n === 1 ? 'command' : 'commands'}`,
} as const;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Commands whose label or keywords hold every word typed. */
export function matchCommands(bindings: readonly KeyBinding[], query: string): KeyBinding[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return bindings.filter((b) => {
    const haystack = fold(`${b.label} ${b.keywords ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}

export function CommandPalette() {
  const open = useAppStore((s) => s.paletteOpen);
  const setOpen = useAppStore((s) => s.setPaletteOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [available, setAvailable] = useState<KeyBinding[]>([]);
  const listId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Taken before the dialog moves focus, so closing gives it back to where the person was.
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // What can run is read when it opens: the screen behind does not change while it is open.
      // The screen's own commands first (a round's, then the session's), then those of the whole app.
      const runnable = (KEYMAP as readonly KeyBinding[]).filter((b) => b.id !== 'palette.open' && isCommandAvailable(b.id as InvocableId));
      setAvailable(runnable.sort((a, b) => CONTEXT_CHAIN[b.context].length - CONTEXT_CHAIN[a.context].length));
      setQuery('');
      setActive(0);
      dialog.showModal();
      inputRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const matches = useMemo(() => matchCommands(available, query), [available, query]);
  const current = matches[Math.min(active, matches.length - 1)];

  function close(): void {
    setOpen(false);
    dialogRef.current?.close();
    returnFocus.current?.focus();
  }

  function runCommand(binding: KeyBinding): void {
    close();
    invokeCommand(binding.id as InvocableId, true);
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

  const optionId = (binding: KeyBinding) => `${listId}-${binding.id.replace(/\W/g, '-')}`;

  return (
    <dialog
      ref={dialogRef}
      className="dialog palette"
      aria-label={TEXT.title}
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
            aria-label={TEXT.title}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(current) : undefined}
            placeholder={TEXT.placeholder}
            value={query}
            spellCheck={false}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} className="palette-list" role="listbox" aria-label={TEXT.count(matches.length)}>
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
              {TEXT.empty}
            </p>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
