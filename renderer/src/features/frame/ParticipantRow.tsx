/** One participant, edited in place: name (on Enter or leaving the field), role, stance, pilot, facilitator. */
import { useEffect, useRef } from 'react';
import { ROLE_OPTIONS, STANCE_OPTIONS } from '../../../../shared/model/participantLabels';
import { normaliseName, type ParticipantDraft } from '../../../../shared/model/participantOps';
import type { Participant, Role, Stance } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';

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
  const who = p.name || `participant ${index + 1}`;

  // Follow outside changes (Undo, another screen) unless the person is typing in this cell.
  useEffect(() => {
    const input = nameRef.current;
    if (input && document.activeElement !== input) input.value = p.name;
  }, [p.name]);

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
          aria-label={`Name of ${who}`}
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
        {duplicate ? <span className="people-duplicate">Same name as someone else</span> : null}
        </div>
      </td>
      <td>
        <select className="input" value={p.role} aria-label={`Role of ${who}`} onChange={(e) => onChange({ role: e.target.value as Role })}>
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="input stance-select"
          value={p.stance}
          aria-label={`Stance of ${who}`}
          data-testid="participant-stance"
          onChange={(e) => onChange({ stance: e.target.value as Stance })}
        >
          {STANCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td className="people-check">
        <input type="checkbox" checked={p.inPilot} aria-label={`${who} took part in the pilot`} onChange={(e) => onChange({ inPilot: e.target.checked })} />
      </td>
      <td className="people-check">
        <input type="checkbox" checked={p.isFacilitator} aria-label={`${who} is a facilitator`} onChange={(e) => onChange({ isFacilitator: e.target.checked })} />
      </td>
      <td className="people-action">
        <button type="button" className="btn btn-ghost icon-btn btn-danger" aria-label={`Remove ${who}`} title={`Remove ${who}`} onClick={onRemove}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}
