/**
 * The always-present last row of the participants table: type a name, Tab through role, stance
 * and the check boxes, press Enter anywhere in the row, and focus comes back for the next person.
 */
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { ParticipantDraft } from '../../../../shared/model/participantOps';
import { Icon } from '../../ui/Icon';
import { ParticipantAttributeCells } from './ParticipantAttributeCells';
import { useI18n } from '../../i18n/TranslatorContext';

export const EMPTY_DRAFT: ParticipantDraft = { name: '', role: 'other', stance: 'neutral', inPilot: false, isFacilitator: false };

interface AddParticipantRowProps {
  nameRef: RefObject<HTMLInputElement | null>;
  /** Adds the person; returns false when the draft was refused (and should stay as typed). */
  onAdd(draft: ParticipantDraft): boolean;
  invalid: boolean;
  describedBy?: string;
}

export function AddParticipantRow({ nameRef, onAdd, invalid, describedBy }: AddParticipantRowProps) {
  const [draft, setDraft] = useState<ParticipantDraft>(EMPTY_DRAFT);
  const i18n = useI18n();
  const set = (patch: Partial<ParticipantDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = () => {
    if (!onAdd(draft)) return;
    setDraft(EMPTY_DRAFT);
    nameRef.current?.focus();
  };

  // Enter adds from any cell of the row, including the selects and check boxes.
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    submit();
  };

  return (
    <tr className="people-add" onKeyDown={onKeyDown} data-testid="participant-add-row">
      <td>
        <input
          ref={nameRef}
          className="input"
          value={draft.name}
          maxLength={120}
          placeholder={i18n.t('frame.people.nextName')}
          aria-label={i18n.t('frame.people.nextNameLabel')}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid="add-participant-name"
          onChange={(e) => set({ name: e.target.value })}
        />
      </td>
      <ParticipantAttributeCells value={draft} subject={i18n.t('frame.people.nextParticipant')} testIdPrefix="add-participant" onChange={set} />
      <td className="people-action">
        <button type="button" className="btn btn-primary btn-small" onClick={submit} data-testid="add-participant">
          <Icon name="plus" size={16} /> {i18n.t('common.add')}
        </button>
      </td>
    </tr>
  );
}
