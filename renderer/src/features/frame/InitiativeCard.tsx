/** The initiative and the workshop itself: what the documents' cover will say. */
import { useId, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { sessionLanguage } from '../../../../shared/model/sessionLanguage';
import { isCalendarDay } from '../../../../shared/text/dates';
import { editFirmName, editFrame, setSessionLanguage } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { TextField } from '../../ui/fields';
import type { UpdateSession } from '../workshop/useSessionUpdater';
import { useI18n } from '../../i18n/TranslatorContext';
import { SessionLanguageField } from '../../i18n/LanguagePickers';
import { FirmLogoField } from './FirmLogoField';

function DateField({ label, value, onCommit }: { label: string; value: string; onCommit(value: string): void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const i18n = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={value}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="workshop-date"
        onChange={(e) => {
          if (isCalendarDay(e.target.value)) {
            setError(null);
            onCommit(e.target.value);
          } else {
            setError(i18n.t('frame.initiative.dateInvalid'));
          }
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function InitiativeCard({ session }: { session: Session; update: UpdateSession }) {
  const [initiativeError, setInitiativeError] = useState(false);
  const run = useRunCommand(session.id);
  const edit = (patch: Parameters<typeof editFrame.run>[1]['patch']) => run(editFrame, { patch });
  const i18n = useI18n();
  return (
    <section className="card panel frame-card" aria-labelledby="frame-initiative">
      <h2 id="frame-initiative">{i18n.t('frame.initiative.title')}</h2>
      <div className="initiative-grid">
        <TextField
          className="span-2"
          label={i18n.t('frame.initiative.name')}
          value={session.initiative}
          maxLength={200}
          testId="frame-initiative-name"
          hint={
            initiativeError ? (
              <span className="field-error" role="alert">
                {i18n.t('frame.initiative.nameMissing', { initiative: session.initiative })}
              </span>
            ) : undefined
          }
          onCommit={(value) => {
            if (value.trim() === '') {
              setInitiativeError(true);
              return;
            }
            setInitiativeError(false);
            void edit({ initiative: value });
          }}
        />
        <TextField label={i18n.t('frame.initiative.client')} value={session.client} maxLength={200} placeholder={i18n.t('library.newSession.clientPlaceholder')} onCommit={(client) => void edit({ client })} />
        <TextField
          className="span-3"
          label={i18n.t('frame.initiative.useCase')}
          value={session.useCase}
          placeholder={i18n.t('frame.initiative.useCasePlaceholder')}
          hint={i18n.t('frame.initiative.useCaseHint')}
          onCommit={(useCase) => void edit({ useCase })}
        />
        <TextField label={i18n.t('frame.initiative.facilitator')} value={session.facilitator} maxLength={120} placeholder={i18n.t('frame.initiative.facilitatorPlaceholder')} onCommit={(facilitator) => void edit({ facilitator })} />
        <DateField label={i18n.t('frame.initiative.date')} value={session.workshopDate} onCommit={(workshopDate) => void edit({ workshopDate })} />
        <TextField
          label={i18n.t('frame.initiative.firm')}
          value={session.firm.name}
          maxLength={120}
          placeholder={i18n.t('frame.initiative.firmPlaceholder')}
          hint={i18n.t('frame.initiative.firmHint')}
          onCommit={(name) => void run(editFirmName, { name })}
        />
        <SessionLanguageField value={sessionLanguage(session)} onChange={(language) => void run(setSessionLanguage, { language })} testId="session-language" />
        <FirmLogoField firm={session.firm} run={run} />
      </div>
    </section>
  );
}
