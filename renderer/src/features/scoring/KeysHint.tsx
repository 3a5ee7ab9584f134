/** The shortcuts that work right now, in a quiet line under the round. */
import { useI18n } from '../../i18n/TranslatorContext';

export interface KeyHint {
  keys: string[];
  label: string;
}

export function KeysHint({ hints }: { hints: readonly KeyHint[] }) {
  const i18n = useI18n();
  if (hints.length === 0) return null;
  return (
    <div className="keys-hint" aria-label={i18n.t('scoring.keys.label')}>
      <span className="keys-hint-title">{i18n.t('scoring.keys.title')}</span>
      {hints.map((hint) => (
        <span key={hint.label} className="keys-hint-item">
          {hint.keys.map((k, i) => (
            <kbd key={i}>{k}</kbd>
          ))}{' '}
          {hint.label}
        </span>
      ))}
    </div>
  );
}
