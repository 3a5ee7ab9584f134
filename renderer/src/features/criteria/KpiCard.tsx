/** One success criterion as a card: name and kind, the four figures, and whether the pilot result holds under production conditions. */
import { useId } from 'react';
import { suggestionFor } from '../../../../shared/model/kpiOps';
import type { Kpi } from '../../../../shared/model/session';
import { TextField, YesNoField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface KpiCardProps {
  kpi: Kpi;
  index: number;
  onChange(patch: Partial<Omit<Kpi, 'id'>>): void;
  onRemove(): void;
}

const KINDS: readonly { value: Kpi['kind']; label: string }[] = [
  { value: 'business', label: 'Business KPI' },
  { value: 'model', label: 'Model metric' },
];

function KindToggle({ value, onChange }: { value: Kpi['kind']; onChange(kind: Kpi['kind']): void }) {
  const name = useId();
  return (
    <fieldset className="kpi-kind">
      <legend className="visually-hidden">Kind of measure</legend>
      <span className="segmented">
        {KINDS.map((k) => (
          <label key={k.value} className="segment" data-checked={value === k.value || undefined}>
            <input type="radio" name={name} checked={value === k.value} onChange={() => onChange(k.value)} />
            <span>{k.label}</span>
          </label>
        ))}
      </span>
    </fieldset>
  );
}

export function KpiCard({ kpi, index, onChange, onRemove }: KpiCardProps) {
  const framework = useFramework();
  const suggestion = suggestionFor(kpi, framework.kpiSuggestions);
  const title = kpi.name.trim() || `Criterion ${index + 1}`;
  return (
    <article className="card kpi-card" data-kind={kpi.kind} data-kpi-id={kpi.id} data-testid="kpi-card" aria-label={title}>
      <div className="kpi-head">
        <TextField
          className="kpi-name"
          label={`Criterion ${index + 1}`}
          value={kpi.name}
          maxLength={200}
          placeholder="e.g. Straight-through rate"
          hint={suggestion?.hint}
          testId="kpi-name"
          onCommit={(name) => onChange({ name })}
        />
        <div className="kpi-head-tools">
          <KindToggle value={kpi.kind} onChange={(kind) => onChange({ kind })} />
          <button type="button" className="btn btn-ghost icon-btn btn-danger" aria-label={`Remove ${title}`} title={`Remove ${title}`} onClick={onRemove}>
            <Icon name="trash" />
          </button>
        </div>
      </div>
      <div className="kpi-figures">
        <TextField label="Baseline today" value={kpi.baseline} placeholder="e.g. 22%" onCommit={(baseline) => onChange({ baseline })} />
        <TextField label="Pilot result" value={kpi.pilotResult} placeholder="e.g. 61%" onCommit={(pilotResult) => onChange({ pilotResult })} />
        <TextField label="Production target" value={kpi.productionTarget} placeholder="e.g. 55% at peak" onCommit={(productionTarget) => onChange({ productionTarget })} />
        <TextField
          className="kpi-threshold"
          label="Go/no-go threshold"
          value={kpi.threshold}
          placeholder="e.g. at least 45%"
          onCommit={(threshold) => onChange({ threshold })}
        />
      </div>
      <YesNoField
        className="kpi-measured"
        label="Was the pilot result measured under production conditions?"
        hint="Real, unselected data, ordinary users, production load and live integrations."
        value={kpi.measuredInProduction}
        onCommit={(measuredInProduction) => onChange({ measuredInProduction })}
      />
      {kpi.kind === 'model' ? (
        <p className="kpi-model-note">
          <Icon name="scale" size={18} />
          <span>
            Model metrics explain a result; they don’t decide go or no-go. Pair this one with a business KPI such as containment or cost per
            call.
          </span>
        </p>
      ) : null}
    </article>
  );
}
