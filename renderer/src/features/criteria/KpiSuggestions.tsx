/** The suggested success criteria as one-click chips; the one under the pointer or focus explains itself below. */
import { useState } from 'react';
import type { KpiSuggestion } from '../../../../shared/framework/types';
import { Icon } from '../../ui/Icon';
import { useI18n } from '../../i18n/TranslatorContext';

interface KpiSuggestionsProps {
  suggestions: readonly KpiSuggestion[];
  onPick(suggestion: KpiSuggestion): void;
  onAddOwn(): void;
}

export function KpiSuggestions({ suggestions, onPick, onAddOwn }: KpiSuggestionsProps) {
  const [shown, setShown] = useState<KpiSuggestion | null>(null);
  const i18n = useI18n();
  const preview = shown && suggestions.includes(shown) ? shown : null;
  return (
    <section className="card panel kpi-suggestions" aria-labelledby="kpi-suggestions-title">
      <div className="kpi-suggestions-head">
        <h2 id="kpi-suggestions-title">{i18n.t('criteria.suggestions.title')}</h2>
        <button type="button" className="btn" onClick={onAddOwn} data-testid="add-kpi">
          <Icon name="plus" size={18} /> {i18n.t('criteria.suggestions.own')}
        </button>
      </div>
      {suggestions.length ? (
        <>
          <ul className="kpi-chips" aria-label={i18n.t('criteria.suggestions.label')}>
            {suggestions.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="kpi-chip"
                  data-kind={s.kind}
                  title={s.hint}
                  onMouseEnter={() => setShown(s)}
                  onFocus={() => setShown(s)}
                  onClick={() => onPick(s)}
                >
                  {i18n.t('criteria.suggestions.chip', { name: s.name })}
                  {s.kind === 'model' ? <span className="kpi-chip-kind">{i18n.t('criteria.suggestions.modelTag')}</span> : null}
                </button>
              </li>
            ))}
          </ul>
          <p id="kpi-suggestion-preview" className="kpi-suggestion-preview" aria-live="polite">
            {preview ? (
              <>
                <strong>{preview.name}</strong> {i18n.t('criteria.suggestions.preview', { kind: preview.kind, hint: preview.hint })}
              </>
            ) : (
              i18n.t('criteria.suggestions.previewHint')
            )}
          </p>
        </>
      ) : (
        <p className="muted">{i18n.t('criteria.suggestions.allUsed')}</p>
      )}
    </section>
  );
}
