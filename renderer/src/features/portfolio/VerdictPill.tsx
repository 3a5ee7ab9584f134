import type { VerdictValue } from '../../../../shared/model/session';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { useI18n } from '../../i18n/TranslatorContext';

/** A verdict as a coloured pill; the word carries it, the colour only repeats it. */
export function VerdictPill({ verdict }: { verdict: VerdictValue }) {
  const i18n = useI18n();
  return (
    <span className="pill verdict-pill" data-verdict={verdict}>
      {i18n.text(VERDICT_LABELS[verdict])}
    </span>
  );
}
