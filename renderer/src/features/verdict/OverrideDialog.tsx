/**
 * The facilitator overrides the drafted verdict: another verdict and, always, the reason in
 * writing — it is shown on screen and printed in every document beside the drafted one.
 */
import { useId, useState, type FormEvent } from 'react';
import type { VerdictOverride, VerdictValue } from '../../../../shared/model/session';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { useI18n } from '../../i18n/TranslatorContext';
import { Dialog } from '../../ui/Dialog';
import { VerdictMark } from './VerdictMark';

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
  const i18n = useI18n();
  return (
    <Dialog open={props.open} title={i18n.t('verdictStage.overrideDialog.title')} onClose={props.onClose}>
      {/* Mounted only while open, so every opening starts from the current state. */}
      <OverrideForm {...props} />
    </Dialog>
  );
}

function OverrideForm({ computed, current, onClose, onSave }: OverrideDialogProps) {
  const i18n = useI18n();
  const id = useId();
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
      setError(i18n.t('verdictStage.overrideDialog.reasonMissing'));
      return;
    }
    onSave(value, text);
  }

  return (
    <form className="dialog-body override-form" onSubmit={submit} noValidate>
      <div>
        <h2 id={`${id}-title`}>{i18n.t('verdictStage.overrideDialog.title')}</h2>
        <p className="muted override-intro">{i18n.t('verdictStage.overrideDialog.intro', { computed: VERDICT_LABELS[computed] })}</p>
      </div>
      <fieldset className="field">
        <legend className="label">{i18n.t('verdictStage.overrideDialog.legend')}</legend>
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
        <label htmlFor={`${id}-reason`}>{i18n.t('verdictStage.overrideDialog.reasonLabel')}</label>
        <textarea
          id={`${id}-reason`}
          className="input"
          rows={4}
          maxLength={MAX_REASON}
          value={reason}
          placeholder={i18n.t('verdictStage.overrideDialog.reasonPlaceholder')}
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
          {i18n.t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary">
          {i18n.t('verdictStage.overrideDialog.save')}
        </button>
      </div>
    </form>
  );
}
