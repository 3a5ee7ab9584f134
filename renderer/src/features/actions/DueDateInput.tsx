/**
 * The browser's own date picker (keyboard friendly, localised display, ISO value). While someone
 * types the year digit by digit the field passes through dates like 0002-05-01: only plausible
 * dates are saved, and a half-typed one is put back on blur.
 */
import { useState } from 'react';
import { isCalendarDay } from '../../../../shared/text/dates';

const MIN = '2000-01-01';
const MAX = '2099-12-31';

function plausible(date: string): boolean {
  return isCalendarDay(date) && date >= MIN && date <= MAX;
}

interface DueDateInputProps {
  id: string;
  value: string | null;
  onCommit(value: string | null): void;
  className?: string;
  'aria-describedby'?: string;
  /** Names the control within its action row, so the focus can follow the row when it moves. */
  'data-field'?: string;
}

export function DueDateInput({ id, value, onCommit, className, ...rest }: DueDateInputProps) {
  const stored = value ?? '';
  const [draft, setDraft] = useState(stored);
  // Follow changes made elsewhere (Undo, another window) by adjusting during render.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setDraft(stored);
  }

  const commit = (next: string) => {
    if (next === stored) return;
    if (next === '') onCommit(null);
    else if (plausible(next)) onCommit(next);
  };

  return (
    <input
      {...rest}
      id={id}
      type="date"
      min={MIN}
      max={MAX}
      className={`input ${className ?? ''}`}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        commit(e.target.value);
      }}
      onBlur={() => {
        if (draft !== '' && !plausible(draft)) setDraft(stored);
      }}
    />
  );
}
