/**
 * Form fields that keep their own text while the person types and commit it shortly after (and
 * on blur), so typing never fights the database round trip. Labels are always visible.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatNumberInput, parseNumber } from '../../../shared/text/numbers';
import { useI18n } from '../i18n/TranslatorContext';

const COMMIT_DELAY_MS = 300;

function useDraft<T>(value: T, commit: (value: T) => void, equals: (a: T, b: T) => boolean = Object.is) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editing = useRef(false);
  const latest = useRef({ draft, commit });
  useLayoutEffect(() => {
    latest.current = { draft, commit };
  });
  useEffect(() => {
    if (!editing.current && !equals(draft, value)) setDraft(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow outside changes only
  }, [value]);
  useEffect(() => () => {
    if (timer.current) {
      clearTimeout(timer.current);
      latest.current.commit(latest.current.draft);
    }
  }, []);
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    editing.current = false;
    if (!equals(latest.current.draft, value)) latest.current.commit(latest.current.draft);
  };
  const change = (next: T) => {
    editing.current = true;
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      editing.current = false;
      latest.current.commit(next);
    }, COMMIT_DELAY_MS);
  };
  return { draft, change, flush };
}

interface BaseFieldProps {
  label: string;
  hint?: ReactNode;
  className?: string;
}

export function TextField({ label, hint, error, value, onCommit, multiline, placeholder, maxLength = 500, className, testId }: BaseFieldProps & {
  value: string;
  onCommit(value: string): void;
  /** What is wrong with the value, in a sentence shown under the field. */
  error?: string | null;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  testId?: string;
}) {
  const id = useId();
  const { draft, change, flush } = useDraft(value, onCommit);
  const common = {
    id,
    className: 'input',
    value: draft,
    placeholder,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined,
    'data-testid': testId,
    onBlur: flush,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} /> : <input {...common} onChange={(e) => change(e.target.value)} />}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** A number, or empty for "not known yet", shown grouped as it is typed ("2,400,000"). Refuses what is not a number, with a message. */
export function NumberField({ label, hint, value, onCommit, unit, min = 0, className, testId }: BaseFieldProps & {
  value: number | null;
  onCommit(value: number | null): void;
  unit?: string;
  min?: number;
  testId?: string;
}) {
  const id = useId();
  const i18n = useI18n();
  const toText = (v: number | null) => (v === null ? '' : formatNumberInput(v, i18n.locale));
  const [error, setError] = useState<string | null>(null);
  const { draft, change, flush } = useDraft(toText(value), (text) => {
    const parsed = parseNumber(text, i18n.locale);
    if (parsed.kind === 'empty') {
      setError(null);
      onCommit(null);
      return;
    }
    const n = parsed.kind === 'number' ? parsed.value : Number.NaN;
    if (!Number.isFinite(n) || n < min) {
      setError(min === 0 ? i18n.t('ui.number.notNegative') : i18n.t('ui.number.atLeast', { min }));
      return;
    }
    setError(null);
    onCommit(n);
  });
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="input-with-unit">
        <input
          id={id}
          className="input"
          inputMode="decimal"
          value={draft}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
          onChange={(e) => change(e.target.value)}
          onBlur={flush}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </span>
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** Yes / No / Not known: a radio group, because "not known" is an honest answer. */
export function YesNoField({ label, hint, value, onCommit, className, testId }: BaseFieldProps & {
  value: boolean | null;
  onCommit(value: boolean | null): void;
  testId?: string;
}) {
  const name = useId();
  const i18n = useI18n();
  const options: { label: string; value: boolean | null }[] = [
    { label: i18n.t('common.yes'), value: true },
    { label: i18n.t('common.no'), value: false },
    { label: i18n.t('ui.yesNo.unknown'), value: null },
  ];
  return (
    <fieldset className={`field yesno ${className ?? ''}`} data-testid={testId}>
      <legend className="label">{label}</legend>
      <span className="segmented">
        {options.map((o) => (
          <label key={o.label} className="segment" data-checked={value === o.value || undefined}>
            <input type="radio" name={name} checked={value === o.value} onChange={() => onCommit(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </span>
      {hint ? <span className="field-hint">{hint}</span> : null}
    </fieldset>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit, className, testId }: BaseFieldProps & {
  value: T;
  options: readonly { value: T; label: string }[];
  onCommit(value: T): void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} data-testid={testId} onChange={(e) => onCommit(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
