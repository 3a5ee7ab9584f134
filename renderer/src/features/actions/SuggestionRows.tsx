/**
 * A gap's suggested actions as rows with their description and a one-click "Add"; the ones
 * already in the plan say so instead.
 */
import { PRIORITY_LABELS } from '../../../../shared/actions/actionSummary';
import type { GapId } from '../../../../shared/framework/types';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface SuggestionRowsProps {
  gapId: GapId;
  added: ReadonlySet<string>;
  onAdd(suggestionId: string): void;
}

export function SuggestionRows({ gapId, added, onAdd }: SuggestionRowsProps) {
  const framework = useFramework();
  return (
    <ul className="suggestion-rows">
      {framework.gapById(gapId).suggestedActions.map((s) => {
        const isAdded = added.has(s.id);
        return (
          <li key={s.id} className="suggestion-row" data-added={isAdded || undefined} data-suggestion-id={s.id}>
            <div className="suggestion-text">
              <p className="suggestion-title">
                {s.title} <span className="pill pill-muted">{PRIORITY_LABELS[s.priority]} priority</span>
              </p>
              <p className="suggestion-description muted">{s.description}</p>
            </div>
            {isAdded ? (
              <span className="suggestion-added">
                <Icon name="check" size={18} /> In the plan
              </span>
            ) : (
              <button type="button" className="btn btn-small" aria-label={`Add “${s.title}” to the plan`} onClick={() => onAdd(s.id)}>
                <Icon name="plus" size={16} /> Add
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
