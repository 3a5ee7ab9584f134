/** The initiative and the workshop itself: what the documents' cover will say. */
import { useId, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { isCalendarDay } from '../../../../shared/text/dates';
import { editFirmName, editFrame } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { TextField } from '../../ui/fields';
import type { UpdateSession } from '../workshop/useSessionUpdater';

function DateField({ label, value, onCommit }: { label: string; value: string; onCommit(value: string): void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
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
            setError('Pick a full date; the previous one is kept.');
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
  return (
    <section className="card panel frame-card" aria-labelledby="frame-initiative">
      <h2 id="frame-initiative">The initiative</h2>
      <div className="initiative-grid">
        <TextField
          className="span-2"
          label="Initiative"
          value={session.initiative}
          maxLength={200}
          testId="frame-initiative-name"
          hint={
            initiativeError ? (
              <span className="field-error" role="alert">
                The initiative needs a name. Until you type one, “{session.initiative}” is kept.
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
        <TextField label="Client" value={session.client} maxLength={200} placeholder="Northwind Insurance" onCommit={(client) => void edit({ client })} />
        <TextField
          className="span-3"
          label="Use case"
          value={session.useCase}
          placeholder="A voice agent answering routine customer-service calls"
          hint="One sentence: what the AI does, for whom, in which channel."
          onCommit={(useCase) => void edit({ useCase })}
        />
        <TextField label="Facilitator" value={session.facilitator} maxLength={120} placeholder="Your name" onCommit={(facilitator) => void edit({ facilitator })} />
        <DateField label="Workshop date" value={session.workshopDate} onCommit={(workshopDate) => void edit({ workshopDate })} />
        <TextField
          label="Firm name"
          value={session.firm.name}
          maxLength={120}
          placeholder="Your consultancy"
          hint="Printed on the cover of the documents."
          onCommit={(name) => void run(editFirmName, { name })}
        />
      </div>
    </section>
  );
}
