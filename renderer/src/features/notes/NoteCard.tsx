/**
 * A card of short notes for one gap — the evidence seen, or the risks with their severity: add with
 * Enter, edit in place (Enter or leaving the field saves, Escape cancels), delete with Undo.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Severity } from '../../../../shared/model/noteOps';
import type { NoteItem, Risk } from '../../../../shared/model/session';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { BufferedInput } from '../actions/BufferedInput';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

interface NoteCardProps {
  title: string;
  icon: ReactNode;
  /** One line under the title: what belongs here. */
  purpose: string;
  /** What the notes are, for the labels: evidence or risks. */
  kind: 'evidence' | 'risk';
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
  const i18n = useI18n();
  return (
    <>
      {SEVERITIES.map((s) => (
        <option key={s} value={s}>
          {i18n.t('notes.severity', { severity: s })}
        </option>
      ))}
    </>
  );
}

export function NoteCard(props: NoteCardProps) {
  const { title, icon, purpose, kind, placeholder, empty, items, withSeverity, onAdd, onChangeText, onChangeSeverity, onRemove } = props;
  const i18n = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [hint, setHint] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setHint(i18n.t('notes.typeFirst', { kind }));
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
        <span className="note-count muted" aria-label={i18n.t('notes.count', { count: items.length })}>
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
                  aria-label={i18n.t('notes.item', { kind, number: index + 1 })}
                  onCommit={(value) => onChangeText(item.id, value)}
                />
                {risk && onChangeSeverity ? (
                  <select
                    className="input note-severity"
                    aria-label={i18n.t('notes.severityOf', { number: index + 1 })}
                    value={risk.severity}
                    onChange={(e) => onChangeSeverity(item.id, e.target.value as Severity)}
                  >
                    <SeverityOptions />
                  </select>
                ) : null}
                <button type="button" className="btn btn-ghost icon-btn note-delete" aria-label={i18n.t('notes.delete', { kind, number: index + 1 })} title={i18n.t('common.delete')} onClick={() => remove(index, item.id)}>
                  <Icon name="trash" size={18} />
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <form className="note-new" onSubmit={submit} data-with-severity={withSeverity || undefined}>
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {i18n.t('notes.new', { kind })}
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
        <button type="submit" className="btn" aria-label={i18n.t('notes.addLabel', { kind })}>
          <Icon name="plus" size={18} /> {i18n.t('common.add')}
        </button>
        {withSeverity ? (
          <select className="input note-severity" aria-label={i18n.t('notes.severityOfNew', { kind })} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
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
