/**
 * The facilitator overrides the drafted verdict: another verdict and, always, the reason in
 * writing — it is shown on screen and printed in every document beside the drafted one.
 */
import { useId, useState, type FormEvent } from 'react';
import type { VerdictOverride, VerdictValue } from '../../../../shared/model/session';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { Dialog } from '../../ui/Dialog';
import { VerdictMark } from './VerdictMark';
import { useI18n } from '../../i18n/TranslatorContext';

const VALUES: readonly VerdictValue[] = ['go', 'go-with-conditions', 'not-yet'];
const MAX_REASON = 2000;

interface OverrideDialogProps {
  open: boolean;
  /** What the scores and checks give. */
  computed: VerdictValue;
  /** The override in place, when changing it. */
  current: VerdictOverride | null;
  onClose(): void;
  onSave(value: VerdictValue, reason: string): void;
}

export function OverrideDialog(props: OverrideDialogProps) {
  return (
    <Dialog open={props.open} title="Override the verdict" onClose={props.onClose}>
      {/* Mounted only while open, so every opening starts from the current state. */}
      <OverrideForm {...props} />
    </Dialog>
  );
}

function OverrideForm({ computed, current, onClose, onSave }: OverrideDialogProps) {
  const id = useId();
  const i18n = useI18n();
  const choices = VALUES.filter((v) => v !== computed);
  // Offered first: the neighbouring verdict, the cautious one when both are neighbours.
  const nearest: VerdictValue = computed === 'go-with-conditions' ? 'not-yet' : 'go-with-conditions';
  const [value, setValue] = useState<VerdictValue>(current && current.value !== computed ? current.value : nearest);
  const [reason, setReason] = useState(current?.reason ?? '');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setError('Write the reason in a sentence: the room, and later the report, need to know why the verdict differs from the draft.');
      return;
    }
    onSave(value, text);
  }

  return (
    <form className="dialog-body override-form" onSubmit={submit} noValidate>
      <div>
        <h2 id={`${id}-title`}>Override the verdict</h2>
        <p className="muted override-intro">
          The scores and checks give <strong>{i18n.text(VERDICT_LABELS[computed])}</strong>. Choose the verdict that stands and say why. The drafted verdict and your
          reason both stay on screen and in the documents.
        </p>
      </div>
      <fieldset className="field">
        <legend className="label">The verdict that stands</legend>
        <div className="override-choices">
          {choices.map((choice) => (
            <label key={choice} className="override-choice" data-verdict={choice} data-checked={value === choice || undefined}>
              <input type="radio" name={`${id}-verdict`} value={choice} checked={value === choice} onChange={() => setValue(choice)} />
              <VerdictMark value={choice} size={24} />
              <span>{i18n.text(VERDICT_LABELS[choice])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why (required)</label>
        <textarea
          id={`${id}-reason`}
          className="input"
          rows={4}
          maxLength={MAX_REASON}
          value={reason}
          placeholder="For example: the CRM integration is scheduled with a named owner, and the steering committee accepts the risk for a limited first wave."
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            if (error && e.target.value.trim()) setError(null);
          }}
          data-testid="override-reason"
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          Set the verdict
        </button>
      </div>
    </form>
  );
}
