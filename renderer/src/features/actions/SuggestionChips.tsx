/**
 * A gap's suggested actions as one-click chips; a chip already in the plan shows a check and
 * cannot be added twice.
 */
import type { GapId } from '../../../../shared/framework/types';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface SuggestionChipsProps {
  gapId: GapId;
  added: ReadonlySet<string>;
  onAdd(suggestionId: string): void;
}

export function SuggestionChips({ gapId, added, onAdd }: SuggestionChipsProps) {
  const i18n = useI18n();
  const framework = useFramework();
  return (
    <ul className="suggestion-chips" aria-label={i18n.t('actionPlan.suggestions.chipsLabel')}>
      {framework.gapById(gapId).suggestedActions.map((s) => {
        const isAdded = added.has(s.id);
        return (
          <li key={s.id}>
            <button
              type="button"
              className="suggestion-chip"
              data-added={isAdded || undefined}
              aria-disabled={isAdded || undefined}
              aria-label={isAdded ? undefined : i18n.t('actionPlan.suggestions.addLabel', { title: s.title })}
              title={s.description}
              onClick={() => {
                if (!isAdded) onAdd(s.id);
              }}
            >
              <Icon name={isAdded ? 'check' : 'plus'} size={16} />
              <span>{s.title}</span>
              {isAdded ? <span className="suggestion-chip-added">· {i18n.t('actionPlan.suggestions.inThePlanShort')}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
