/** The suggested success criteria as one-click chips; the one under the pointer or focus explains itself below. */
import { useState } from 'react';
import type { KpiSuggestion } from '../../../../shared/framework/types';
import { Icon } from '../../ui/Icon';

interface KpiSuggestionsProps {
  suggestions: readonly KpiSuggestion[];
  onPick(suggestion: KpiSuggestion): void;
  onAddOwn(): void;
}

export function KpiSuggestions({ suggestions, onPick, onAddOwn }: KpiSuggestionsProps) {
  const [shown, setShown] = useState<KpiSuggestion | null>(null);
  const preview = shown && suggestions.includes(shown) ? shown : null;
  return (
    <section className="card panel kpi-suggestions" aria-labelledby="kpi-suggestions-title">
      <div className="kpi-suggestions-head">
        <h2 id="kpi-suggestions-title">Add a success criterion</h2>
        <button type="button" className="btn" onClick={onAddOwn} data-testid="add-kpi">
          <Icon name="plus" size={18} /> Your own
        </button>
      </div>
      {suggestions.length ? (
        <>
          <ul className="kpi-chips" aria-label="Suggestions">
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
                  + {s.name}
                  {s.kind === 'model' ? <span className="kpi-chip-kind">model</span> : null}
                </button>
              </li>
            ))}
          </ul>
          <p id="kpi-suggestion-preview" className="kpi-suggestion-preview" aria-live="polite">
            {preview ? (
              <>
                <strong>{preview.name}</strong> {preview.kind === 'model' ? '(model metric)' : '(business KPI)'} — {preview.hint}
              </>
            ) : (
              'Point at or Tab to a suggestion to read what it measures; click it to add it.'
            )}
          </p>
        </>
      ) : (
        <p className="muted">Every suggestion is in the list. Add your own for anything specific to this initiative.</p>
      )}
    </section>
  );
}
