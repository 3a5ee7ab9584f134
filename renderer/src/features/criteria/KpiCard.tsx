/** One success criterion as a card: name and kind, the four figures, and whether the pilot result holds under production conditions. */
import { useId } from 'react';
import { suggestionFor } from '../../../../shared/model/kpiOps';
import type { Kpi } from '../../../../shared/model/session';
import { TextField, YesNoField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';
import { useI18n } from '../../i18n/TranslatorContext';
import type { MessageId } from '../../../../shared/i18n';
import { useFramework } from '../../i18n/useFramework';

interface KpiCardProps {
  kpi: Kpi;
  index: number;
  onChange(patch: Partial<Omit<Kpi, 'id'>>): void;
  onRemove(): void;
}

const KINDS: readonly { value: Kpi['kind']; label: MessageId }[] = [
  { value: 'business', label: 'criteria.kind.business' },
  { value: 'model', label: 'criteria.kind.model' },
];

function KindToggle({ value, onChange }: { value: Kpi['kind']; onChange(kind: Kpi['kind']): void }) {
  const name = useId();
  const i18n = useI18n();
  return (
    <fieldset className="kpi-kind">
      <legend className="visually-hidden">{i18n.t('criteria.kind.legend')}</legend>
      <span className="segmented">
        {KINDS.map((k) => (
          <label key={k.value} className="segment" data-checked={value === k.value || undefined}>
            <input type="radio" name={name} checked={value === k.value} onChange={() => onChange(k.value)} />
            <span>{i18n.t(k.label)}</span>
          </label>
        ))}
      </span>
    </fieldset>
  );
}

export function KpiCard({ kpi, index, onChange, onRemove }: KpiCardProps) {
  const framework = useFramework();
  const suggestion = suggestionFor(kpi, framework.kpiSuggestions);
  const i18n = useI18n();
  const numbered = i18n.t('criteria.card.numbered', { number: index + 1 });
  const title = kpi.name.trim() || numbered;
  return (
    <article className="card kpi-card" data-kind={kpi.kind} data-kpi-id={kpi.id} data-testid="kpi-card" aria-label={title}>
      <div className="kpi-head">
        <TextField
          className="kpi-name"
          label={numbered}
          value={kpi.name}
          maxLength={200}
          placeholder={i18n.t('criteria.card.namePlaceholder')}
          hint={suggestion?.hint}
          testId="kpi-name"
          onCommit={(name) => onChange({ name })}
        />
        <div className="kpi-head-tools">
          <KindToggle value={kpi.kind} onChange={(kind) => onChange({ kind })} />
          <button type="button" className="btn btn-ghost icon-btn btn-danger" aria-label={i18n.t('criteria.card.remove', { title })} title={i18n.t('criteria.card.remove', { title })} onClick={onRemove}>
            <Icon name="trash" />
          </button>
        </div>
      </div>
      <div className="kpi-figures">
        <TextField label={i18n.t('criteria.card.baseline')} value={kpi.baseline} placeholder={i18n.t('criteria.card.baselinePlaceholder')} onCommit={(baseline) => onChange({ baseline })} />
        <TextField label={i18n.t('criteria.card.pilotResult')} value={kpi.pilotResult} placeholder={i18n.t('criteria.card.pilotResultPlaceholder')} onCommit={(pilotResult) => onChange({ pilotResult })} />
        <TextField label={i18n.t('criteria.card.target')} value={kpi.productionTarget} placeholder={i18n.t('criteria.card.targetPlaceholder')} onCommit={(productionTarget) => onChange({ productionTarget })} />
        <TextField
          className="kpi-threshold"
          label={i18n.t('criteria.card.threshold')}
          value={kpi.threshold}
          placeholder={i18n.t('criteria.card.thresholdPlaceholder')}
          onCommit={(threshold) => onChange({ threshold })}
        />
      </div>
      <YesNoField
        className="kpi-measured"
        label={i18n.t('criteria.card.measured')}
        hint={i18n.t('criteria.card.measuredHint')}
        value={kpi.measuredInProduction}
        onCommit={(measuredInProduction) => onChange({ measuredInProduction })}
      />
      {kpi.kind === 'model' ? (
        <p className="kpi-model-note">
          <Icon name="scale" size={18} />
          <span>{i18n.t('criteria.card.modelNote')}</span>
        </p>
      ) : null}
    </article>
  );
}
