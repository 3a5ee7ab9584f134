/**
 * A card of short notes for one gap — the evidence seen, or the risks with their severity: add with
 * Enter, edit in place (Enter or leaving the field saves, Escape cancels), delete with Undo.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { SEVERITY_LABELS, type Severity } from '../../../../shared/model/noteOps';
import type { NoteItem, Risk } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';
import { BufferedInput } from '../actions/BufferedInput';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

interface NoteCardProps {
  title: string;
  icon: ReactNode;
  /** One line under the title: what belongs here. */
  purpose: string;
  /** The singular noun used in labels: "evidence", "risk". */
  noun: string;
  placeholder: string;
  empty: string;
  items: readonly (NoteItem | Risk)[];
  /** With severities (risks) or without (evidence). */
  withSeverity: boolean;
  onAdd(text: string, severity: Severity): Promise<void>;
  onChangeText(id: string, text: string): void;
  onChangeSeverity?(id: string, severity: Severity): void;
  onRemove(id: string): void;
}

function SeverityOptions() {
  return (
    <>
      {SEVERITIES.map((s) => (
        <option key={s} value={s}>
          {SEVERITY_LABELS[s]} severity
        </option>
      ))}
    </>
  );
}

export function NoteCard(props: NoteCardProps) {
  const { title, icon, purpose, noun, placeholder, empty, items, withSeverity, onAdd, onChangeText, onChangeSeverity, onRemove } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [hint, setHint] = useState<string | null>(null);
  const Noun = `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setHint(`Type the ${noun} first, then press Enter.`);
      return;
    }
    setHint(null);
    const value = text;
    setText('');
    void onAdd(value, severity);
  };

  const remove = (index: number, itemId: string) => {
    // Keep the keyboard in the list: the next note (or the one before) takes the focus.
    const neighbour = items[index + 1] ?? items[index - 1];
    const target = neighbour ? document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(neighbour.id)}"] textarea`) : null;
    (target ?? document.getElementById(`${id}-new`))?.focus();
    onRemove(itemId);
  };

  return (
    <section className="card panel note-card" aria-labelledby={`${id}-title`}>
      <div className="note-card-head">
        <span className="note-card-icon" aria-hidden="true">
          {icon}
        </span>
        <h3 id={`${id}-title`}>{title}</h3>
        <span className="note-count muted" aria-label={`${items.length} noted`}>
          {items.length}
        </span>
      </div>
      <p className="muted note-purpose">{purpose}</p>

      {items.length === 0 ? (
        <p className="note-empty muted">{empty}</p>
      ) : (
        <ul className="note-list">
          {items.map((item, index) => {
            const risk = withSeverity && 'severity' in item ? item : null;
            return (
              <li key={item.id} className="note-item" data-note-id={item.id} data-severity={risk?.severity}>
                <BufferedInput
                  multiline
                  enterCommits
                  allowBlank={false}
                  className="note-text"
                  value={item.text}
                  maxLength={2000}
                  aria-label={`${Noun} ${index + 1}`}
                  onCommit={(value) => onChangeText(item.id, value)}
                />
                {risk && onChangeSeverity ? (
                  <select
                    className="input note-severity"
                    aria-label={`Severity of risk ${index + 1}`}
                    value={risk.severity}
                    onChange={(e) => onChangeSeverity(item.id, e.target.value as Severity)}
                  >
                    <SeverityOptions />
                  </select>
                ) : null}
                <button type="button" className="btn btn-ghost icon-btn note-delete" aria-label={`Delete ${noun} ${index + 1}`} title="Delete" onClick={() => remove(index, item.id)}>
                  <Icon name="trash" size={18} />
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <form className="note-new" onSubmit={submit} data-with-severity={withSeverity || undefined}>
        <label htmlFor={`${id}-new`} className="visually-hidden">
          New {noun}
        </label>
        <input
          id={`${id}-new`}
          className="input"
          value={text}
          maxLength={2000}
          placeholder={placeholder}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (hint) setHint(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setText('');
          }}
        />
        <button type="submit" className="btn" aria-label={`Add the ${noun}`}>
          <Icon name="plus" size={18} /> Add
        </button>
        {withSeverity ? (
          <select className="input note-severity" aria-label={`Severity of the new ${noun}`} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            <SeverityOptions />
          </select>
        ) : null}
        {hint ? (
          <p id={`${id}-hint`} className="field-hint note-hint" role="status">
            {hint}
          </p>
        ) : null}
      </form>
    </section>
  );
}
