/**
 * A gap's suggested actions as rows with their description and a one-click "Add"; the ones
 * already in the plan say so instead.
 */
import type { GapId } from '../../../../shared/framework/types';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface SuggestionRowsProps {
  gapId: GapId;
  added: ReadonlySet<string>;
  onAdd(suggestionId: string): void;
}

export function SuggestionRows({ gapId, added, onAdd }: SuggestionRowsProps) {
  const i18n = useI18n();
  const framework = useFramework();
  return (
    <ul className="suggestion-rows">
      {framework.gapById(gapId).suggestedActions.map((s) => {
        const isAdded = added.has(s.id);
        return (
          <li key={s.id} className="suggestion-row" data-added={isAdded || undefined} data-suggestion-id={s.id}>
            <div className="suggestion-text">
              <p className="suggestion-title">
                {s.title} <span className="pill pill-muted">{i18n.t('actionPlan.suggestions.priority', { priority: s.priority })}</span>
              </p>
              <p className="suggestion-description muted">{s.description}</p>
            </div>
            {isAdded ? (
              <span className="suggestion-added">
                <Icon name="check" size={18} /> {i18n.t('actionPlan.suggestions.inThePlan')}
              </span>
            ) : (
              <button type="button" className="btn btn-small" aria-label={i18n.t('actionPlan.suggestions.addLabel', { title: s.title })} onClick={() => onAdd(s.id)}>
                <Icon name="plus" size={16} /> {i18n.t('common.add')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
