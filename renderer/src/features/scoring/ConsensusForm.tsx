/**
 * The facilitator confirms the level the room settles on, with one line saying why. The median
 * (rounded down) is preselected; Enter in the rationale confirms.
 */
import { useId, useState, type RefObject } from 'react';
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import { LEVELS, type GapId, type Level } from '../../../../shared/framework/types';
import { RATIONALE_MAX } from '../../../../shared/scoring/roundOps';
import { formatLevel } from '../../../../shared/text/numbers';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';

interface ConsensusFormProps {
  gapId: GapId;
  roundNumber: number;
  /** The median rounded down, or null when nobody gave a level. */
  suggested: Level | null;
  median: number | null;
  initialLevel: Level | null;
  initialRationale: string;
  /** The consensus confirmed after an earlier round, which stands until this one is confirmed. */
  standing: { level: Level; roundNumber: number | null } | null;
  rationaleRef: RefObject<HTMLInputElement | null>;
  onConfirm(level: Level, rationale: string): void;
  /** Shown when changing a confirmed consensus. */
  onCancel?: () => void;
}

export function ConsensusForm({ gapId, roundNumber, suggested, median, initialLevel, initialRationale, standing, rationaleRef, onConfirm, onCancel }: ConsensusFormProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const id = useId();
  const gap = framework.gapById(gapId);
  const [level, setLevel] = useState<Level | null>(initialLevel ?? suggested);
  const [rationale, setRationale] = useState(initialRationale);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="consensus-form"
      aria-labelledby={`${id}-title`}
      data-testid="consensus-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (level === null) return setError(i18n.t('scoring.consensusForm.chooseLevel'));
        if (rationale.trim().length === 0) {
          rationaleRef.current?.focus();
          return setError(i18n.t('scoring.consensusForm.addRationale'));
        }
        setError(null);
        onConfirm(level, rationale);
      }}
    >
      <div className="consensus-form-head">
        <h3 id={`${id}-title`}>{i18n.t('scoring.consensusForm.title')}</h3>
        <p className="muted">
          {suggested !== null && median !== null
            ? Number.isInteger(median)
              ? i18n.t('scoring.consensusForm.suggested', { level: suggested, round: roundNumber })
              : i18n.t('scoring.consensusForm.suggestedRounded', { level: suggested, round: roundNumber, median: formatLevel(median, i18n.locale) })
            : i18n.t('scoring.consensusForm.noLevel', { round: roundNumber })}
        </p>
        {standing ? (
          <p className="consensus-standing">
            {standing.roundNumber !== null
              ? i18n.t('scoring.consensusForm.standingAfter', { level: standing.level, name: framework.levelNames[standing.level], after: standing.roundNumber, round: roundNumber })
              : i18n.t('scoring.consensusForm.standing', { level: standing.level, name: framework.levelNames[standing.level], round: roundNumber })}
          </p>
        ) : null}
      </div>
      <fieldset className="consensus-levels">
        <legend className="visually-hidden">{i18n.t('scoring.consensusForm.levelLegend')}</legend>
        {LEVELS.map((l) => (
          <label key={l} className="consensus-level" data-checked={level === l ? 'true' : undefined} title={gap.ladder[l]}>
            <input type="radio" name={`${id}-level`} value={l} checked={level === l} onChange={() => setLevel(l)} />
            <span className="level-chip" style={{ background: LEVEL_COLORS[l].fill, color: LEVEL_COLORS[l].text }}>
              {l}
            </span>
            <span className="consensus-level-name">{framework.levelNames[l]}</span>
            {l === suggested ? <span className="consensus-suggested">{i18n.t('scoring.consensusForm.median')}</span> : null}
          </label>
        ))}
      </fieldset>
      {level !== null ? <p className="consensus-descriptor">{gap.ladder[level]}</p> : null}
      <div className="consensus-row">
        <div className="field consensus-rationale">
          <label htmlFor={`${id}-rationale`}>{i18n.t('scoring.consensusForm.rationaleLabel')}</label>
          <input
            ref={rationaleRef}
            id={`${id}-rationale`}
            className="input"
            value={rationale}
            maxLength={RATIONALE_MAX}
            placeholder={i18n.t('scoring.consensusForm.rationalePlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setRationale(e.target.value);
              if (error) setError(null);
            }}
          />
        </div>
        <div className="consensus-actions">
          {onCancel ? (
            <button type="button" className="btn btn-ghost" onClick={onCancel}>
              {i18n.t('common.cancel')}
            </button>
          ) : null}
          <button type="submit" className="btn btn-primary" data-testid="confirm-consensus">
            {i18n.t('scoring.consensusForm.confirm')}
          </button>
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
