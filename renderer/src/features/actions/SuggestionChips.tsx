/**
 * A gap's suggested actions as one-click chips; a chip already in the plan shows a check and
 * cannot be added twice.
 */
import type { GapId } from '../../../../shared/framework/types';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface SuggestionChipsProps {
  gapId: GapId;
  added: ReadonlySet<string>;
  onAdd(suggestionId: string): void;
}

export function SuggestionChips({ gapId, added, onAdd }: SuggestionChipsProps) {
  const framework = useFramework();
  return (
    <ul className="suggestion-chips" aria-label="Suggested actions for this gap">
      {framework.gapById(gapId).suggestedActions.map((s) => {
        const isAdded = added.has(s.id);
        return (
          <li key={s.id}>
            <button
              type="button"
              className="suggestion-chip"
              data-added={isAdded || undefined}
              aria-disabled={isAdded || undefined}
              aria-label={isAdded ? undefined : `Add “${s.title}” to the plan`}
              title={s.description}
              onClick={() => {
                if (!isAdded) onAdd(s.id);
              }}
            >
              <Icon name={isAdded ? 'check' : 'plus'} size={16} />
              <span>{s.title}</span>
              {isAdded ? <span className="suggestion-chip-added">· in the plan</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
