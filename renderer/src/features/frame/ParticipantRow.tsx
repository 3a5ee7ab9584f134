/**
 * One participant, edited in place: name and e-mail (on Enter or leaving the field), role, stance,
 * pilot, facilitator. The e-mail is for the task trackers' imports only: the projector and the
 * phones never see it.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_EMAIL_LENGTH, normaliseEmail } from '../../../../shared/model/participantEmail';
import { normaliseName, type ParticipantDraft } from '../../../../shared/model/participantOps';
import type { Participant } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';
import { ParticipantAttributeCells } from './ParticipantAttributeCells';
import { useI18n } from '../../i18n/TranslatorContext';

interface ParticipantRowProps {
  participant: Participant;
  index: number;
  duplicate: boolean;
  /** Applies a change; returns an error message when it was refused. */
  onChange(patch: Partial<ParticipantDraft>): string | null;
  onRemove(): void;
}

export function ParticipantRow({ participant: p, index, duplicate, onChange, onRemove }: ParticipantRowProps) {
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const [emailRefused, setEmailRefused] = useState(false);
  const i18n = useI18n();
  const who = p.name || i18n.t('frame.people.unnamed', { number: index + 1 });

  // Follow outside changes (Undo, another screen) unless the person is typing in this cell.
  useEffect(() => {
    const input = nameRef.current;
    if (input && document.activeElement !== input) input.value = p.name;
  }, [p.name]);

  useEffect(() => {
    const input = emailRef.current;
    if (input && document.activeElement !== input) input.value = p.email ?? '';
  }, [p.email]);

  // A refused address stays as typed (marked, the message says why) so it can be corrected.
  const commitEmail = () => {
    const input = emailRef.current;
    if (!input) return;
    if (normaliseEmail(input.value) === (p.email ?? '')) {
      setEmailRefused(false);
      return;
    }
    setEmailRefused(onChange({ email: input.value }) !== null);
  };

  const commitName = () => {
    const input = nameRef.current;
    if (!input) return;
    if (normaliseName(input.value) === p.name) {
      input.value = p.name;
      return;
    }
    if (onChange({ name: input.value }) !== null) input.value = p.name;
  };

  return (
    <tr data-testid="participant-row" data-stance={p.stance}>
      <td>
        <div className="people-name">
        <input
          ref={nameRef}
          className="input"
          defaultValue={p.name}
          maxLength={120}
          aria-label={i18n.t('frame.people.nameOf', { subject: who })}
          aria-invalid={duplicate || undefined}
          data-testid="participant-name"
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitName();
            } else if (e.key === 'Escape' && nameRef.current) {
              nameRef.current.value = p.name;
            }
          }}
        />
        {duplicate ? <span className="people-duplicate">{i18n.t('frame.people.duplicate')}</span> : null}
        <input
          ref={emailRef}
          className="input people-email"
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          defaultValue={p.email ?? ''}
          maxLength={MAX_EMAIL_LENGTH}
          aria-label={i18n.t('participants.email.of', { subject: who })}
          aria-invalid={emailRefused || undefined}
          placeholder={i18n.t('participants.email.placeholder')}
          aria-describedby="people-message"
          data-testid="participant-email"
          onBlur={commitEmail}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitEmail();
            } else if (e.key === 'Escape' && emailRef.current) {
              emailRef.current.value = p.email ?? '';
              setEmailRefused(false);
            }
          }}
        />
        </div>
      </td>
      <ParticipantAttributeCells value={p} subject={who} testIdPrefix="participant" onChange={onChange} />
      <td className="people-action">
        <button type="button" className="btn btn-ghost icon-btn btn-danger" aria-label={i18n.t('frame.people.remove', { subject: who })} title={i18n.t('frame.people.remove', { subject: who })} onClick={onRemove}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}
