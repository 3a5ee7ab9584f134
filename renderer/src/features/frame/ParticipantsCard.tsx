/** Who is in the room: a compact table entered by keyboard, counts by stance, and how the room votes. */
import { useRef, useState } from 'react';
import { addParticipant, duplicateIds, participantSummary, updateParticipant, type ParticipantDraft } from '../../../../shared/model/participantOps';
import type { Session, Settings } from '../../../../shared/model/session';
import { missingVoicesNotice } from '../../../../shared/scoring/checks';
import { newId } from '../../db/sessionRepository';
import { addPerson, removePerson, setSettings, updatePerson } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import type { UpdateSession } from '../workshop/useSessionUpdater';
import { AddParticipantRow } from './AddParticipantRow';
import { ParticipantRow } from './ParticipantRow';
import { SettingSwitch } from './SettingSwitch';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';

/** `fromAdd` marks messages about the add row, so only that row is shown as invalid. */
type Message = { tone: 'error' | 'warning' | 'info'; text: string; fromAdd?: boolean };

export function ParticipantsCard({ session }: { session: Session; update: UpdateSession }) {
  const run = useRunCommand(session.id);
  const i18n = useI18n();
  const [message, setMessage] = useState<Message | null>(null);
  const addNameRef = useRef<HTMLInputElement>(null);
  const duplicates = duplicateIds(session.participants);
  const { participants, settings } = session;
  const missingVoices = missingVoicesNotice(session);

  const setSetting = (patch: Partial<Settings>) => void run(setSettings, { patch });

  // The row's checks answer at once (the add row keeps its text on a refusal); the command then
  // applies the same operation to the stored session.
  const add = (draft: ParticipantDraft): boolean => {
    const id = newId();
    const check = addParticipant(session, draft, id);
    if (!check.ok) {
      setMessage({ tone: 'error', text: i18n.text(check.refusal.message), fromAdd: true });
      addNameRef.current?.focus();
      return false;
    }
    void run(addPerson, { id, draft });
    const added = check.session.participants[check.session.participants.length - 1]!;
    setMessage(check.warning ? { tone: 'warning', text: i18n.text(check.warning) } : { tone: 'info', text: i18n.t('frame.people.added', { name: added.name }) });
    return true;
  };

  const change = (id: string, patch: Partial<ParticipantDraft>): string | null => {
    const check = updateParticipant(session, id, patch);
    if (!check.ok) {
      setMessage({ tone: 'error', text: i18n.text(check.refusal.message) });
      return i18n.text(check.refusal.message);
    }
    void run(updatePerson, { id, patch });
    setMessage(check.warning ? { tone: 'warning', text: i18n.text(check.warning) } : null);
    return null;
  };

  const remove = async (id: string) => {
    await run(removePerson, { id });
    addNameRef.current?.focus();
  };

  return (
    <section className="card panel frame-card" aria-labelledby="frame-people" data-field="participants">
      <div className="frame-card-header people-header">
        <h2 id="frame-people">{i18n.t('frame.people.title')}</h2>
        <p className="people-summary" aria-live="polite" data-testid="participant-summary">
          {i18n.text(participantSummary(participants))}
        </p>
      </div>
      <div className="people-table-wrap">
        <table className="people-table">
          <caption className="visually-hidden">{i18n.t('frame.people.caption')}</caption>
          <colgroup>
            <col className="col-name" />
            <col className="col-role" />
            <col className="col-stance" />
            <col className="col-check" />
            <col className="col-check" />
            <col className="col-action" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" title={i18n.t('participants.email.hint')}>
                {i18n.t('participants.email.nameHeader')}
              </th>
              <th scope="col">{i18n.t('frame.people.role')}</th>
              <th scope="col">{i18n.t('frame.people.stance')}</th>
              <th scope="col" className="people-check" title={i18n.t('frame.people.inPilotHint')}>
                {i18n.t('frame.people.inPilot')}
              </th>
              <th scope="col" className="people-check">
                {i18n.t('frame.people.facilitator')}
              </th>
              <th scope="col" className="people-action">
                <span className="visually-hidden">{i18n.t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, i) => (
              <ParticipantRow
                key={p.id}
                participant={p}
                index={i}
                duplicate={duplicates.has(p.id)}
                onChange={(patch) => change(p.id, patch)}
                onRemove={() => void remove(p.id)}
              />
            ))}
          </tbody>
          <tfoot>
            <AddParticipantRow nameRef={addNameRef} onAdd={add} invalid={message?.tone === 'error' && message.fromAdd === true} describedBy="people-message" />
          </tfoot>
        </table>
      </div>
      <p id="people-message" className="people-message" data-tone={message?.tone ?? 'hint'} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text ??
          (participants.length === 0
            ? i18n.t('frame.people.emptyHint')
            : i18n.t('frame.people.hint'))}
      </p>
      {missingVoices && (
        <p className="people-notice" role="status" data-testid="missing-voices">
          <Icon name="flag" size={18} />
          <span>{i18n.text(missingVoices)}</span>
        </p>
      )}
      <div className="people-settings">
        <SettingSwitch
          label={i18n.t('frame.setting.anonymous')}
          description={i18n.t('frame.setting.anonymousHint')}
          checked={settings.anonymous}
          onChange={(anonymous) => setSetting({ anonymous })}
          testId="setting-anonymous"
        />
        <SettingSwitch
          label={i18n.t('frame.setting.facilitatorVotes')}
          description={i18n.t('frame.setting.facilitatorVotesHint')}
          checked={settings.facilitatorVotes}
          onChange={(facilitatorVotes) => setSetting({ facilitatorVotes })}
          testId="setting-facilitator-votes"
        />
      </div>
    </section>
  );
}
