/**
 * Pilot and production side by side, one row per ratio: the pilot's figure, the jump, and the
 * production figure, so the room reads the comparison in a single glance.
 */
import { factById, ratioById } from '../../../../shared/framework/facts';
import type { Session } from '../../../../shared/model/session';
import type { UpdateSession } from '../workshop/useSessionUpdater';
import { FactInput } from './FactInput';
import { RatioCallout } from './RatioCallout';
import './facts.css';
import { useI18n } from '../../i18n/TranslatorContext';

interface FactPairsProps {
  session: Session;
  update: UpdateSession;
  ratioIds: readonly string[];
  /** Shows "In the pilot" | "In production" above the columns. */
  headings?: boolean;
}

/** The fact ids a set of ratios puts in pairs, so callers can list the rest elsewhere. */
export function pairedFactIds(ratioIds: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const id of ratioIds) {
    const ratio = ratioById(id);
    if (ratio) ids.add(ratio.denominatorFactId).add(ratio.numeratorFactId);
  }
  return ids;
}

export function CompareHeadings() {
  const i18n = useI18n();
  return (
    <div className="compare-row compare-headings" aria-hidden="true">
      <span className="compare-heading">{i18n.t('facts.heading.pilot')}</span>
      <span className="compare-heading compare-heading-middle">{i18n.t('facts.heading.jump')}</span>
      <span className="compare-heading compare-heading-production">{i18n.t('facts.heading.production')}</span>
    </div>
  );
}

export function FactPairs({ session, update, ratioIds, headings = false }: FactPairsProps) {
  return (
    <div className="fact-pairs">
      {headings ? <CompareHeadings /> : null}
      {ratioIds.map((id) => {
        const ratio = ratioById(id);
        const pilot = ratio ? factById(ratio.denominatorFactId) : undefined;
        const production = ratio ? factById(ratio.numeratorFactId) : undefined;
        if (!ratio || !pilot || !production) return null;
        return (
          <div key={id} className="compare-row">
            <FactInput fact={pilot} session={session} update={update} />
            <RatioCallout session={session} ratioId={id} />
            <FactInput fact={production} session={session} update={update} />
          </div>
        );
      })}
    </div>
  );
}
