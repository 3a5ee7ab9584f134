/** The role, stance, pilot and facilitator cells of a participants-table row (shared by the edit rows and the add row). */
import { ROLE_OPTIONS, STANCE_OPTIONS } from '../../../../shared/model/participantLabels';
import type { ParticipantDraft } from '../../../../shared/model/participantOps';
import type { Role, Stance } from '../../../../shared/model/session';
import { useI18n } from '../../i18n/TranslatorContext';

type Attributes = Pick<ParticipantDraft, 'role' | 'stance' | 'inPilot' | 'isFacilitator'>;

interface ParticipantAttributeCellsProps {
  value: Attributes;
  /** Who the row is about, for the labels: "Ana Silva", "the next participant". */
  subject: string;
  /** Prefix of the cells' test ids: `${prefix}-role`, `${prefix}-stance`. */
  testIdPrefix: string;
  onChange(patch: Partial<Attributes>): void;
}

export function ParticipantAttributeCells({ value, subject, testIdPrefix, onChange }: ParticipantAttributeCellsProps) {
  const i18n = useI18n();
  return (
    <>
      <td>
        <select className="input" value={value.role} aria-label={i18n.t('frame.people.roleOf', { subject })} data-testid={`${testIdPrefix}-role`} onChange={(e) => onChange({ role: e.target.value as Role })}>
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {i18n.text(o.label)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="input stance-select"
          value={value.stance}
          aria-label={i18n.t('frame.people.stanceOf', { subject })}
          data-testid={`${testIdPrefix}-stance`}
          onChange={(e) => onChange({ stance: e.target.value as Stance })}
        >
          {STANCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {i18n.text(o.label)}
            </option>
          ))}
        </select>
      </td>
      <td className="people-check">
        <input type="checkbox" checked={value.inPilot} aria-label={i18n.t('frame.people.inPilotOf', { subject })} onChange={(e) => onChange({ inPilot: e.target.checked })} />
      </td>
      <td className="people-check">
        <input type="checkbox" checked={value.isFacilitator} aria-label={i18n.t('frame.people.facilitatorOf', { subject })} onChange={(e) => onChange({ isFacilitator: e.target.checked })} />
      </td>
    </>
  );
}
