/**
 * An inline text input (or auto-growing text area) that keeps its own text while the person types
 * and commits it shortly after, on Enter and on blur, so typing never fights the database round
 * trip. Escape puts back the stored text. Unlike ui/fields.tsx it carries no label of its own,
 * so it fits inside list rows (the caller gives an aria-label or a <label htmlFor>), and it can
 * take a <datalist>.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

const COMMIT_DELAY_MS = 300;

interface BufferedInputProps {
  value: string;
  onCommit(value: string): void;
  /** When false, a blank text is never committed and is replaced by the stored one on blur. */
  allowBlank?: boolean;
  multiline?: boolean;
  /** Enter saves (and Shift+Enter makes a new line); on by default for one-line inputs. */
  enterCommits?: boolean;
  id?: string;
  className?: string;
  placeholder?: string;
  maxLength?: number;
  list?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  /** Names the control within its action row, so the focus can follow the row when it moves. */
  'data-field'?: string;
  testId?: string;
}

export function BufferedInput({ value, onCommit, allowBlank = true, multiline = false, enterCommits = !multiline, className, testId, ...rest }: BufferedInputProps) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editing = useRef(false);
  const latest = useRef({ draft, value, onCommit, allowBlank });
  useLayoutEffect(() => {
    latest.current = { draft, value, onCommit, allowBlank };
  });

  // Follow changes made elsewhere (Undo, another field) unless the person is typing here.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const commitNow = (text: string) => {
    const { value: stored, onCommit: commit, allowBlank: blankOk } = latest.current;
    if (!blankOk && text.trim() === '') return;
    if (text !== stored) commit(text);
  };

  // A pending edit is not lost when the row goes away (regrouping, leaving the stage).
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        commitNow(latest.current.draft);
      }
    },
    // Unmount only; reads the latest values through a ref.
    [],
  );

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = () => {
    cancelTimer();
    editing.current = false;
    const text = latest.current.draft;
    if (!latest.current.allowBlank && text.trim() === '') {
      setDraft(latest.current.value);
      return;
    }
    commitNow(text);
  };

  const change = (next: string) => {
    editing.current = true;
    setDraft(next);
    cancelTimer();
    timer.current = setTimeout(() => {
      timer.current = null;
      commitNow(next);
    }, COMMIT_DELAY_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (enterCommits && event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      flush();
    } else if (event.key === 'Escape') {
      cancelTimer();
      editing.current = false;
      setDraft(latest.current.value);
    }
  };

  const common = {
    ...rest,
    className: `input ${className ?? ''}`,
    value: draft,
    'data-testid': testId,
    onBlur: flush,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...common} rows={1} onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => change(e.target.value)} />
  );
}
