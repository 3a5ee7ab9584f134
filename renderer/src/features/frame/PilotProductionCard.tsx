/**
 * The pilot's facts against the expected production facts, paired around the ratios the app
 * computes, then the facts that have no counterpart on the other side.
 */
import { FACTS, RATIOS, factById } from '../../../../shared/framework/facts';
import type { Session } from '../../../../shared/model/session';
import { SCALE_RATIO } from '../../../../shared/scoring/checks';
import { FactInput } from '../facts/FactInput';
import { FactPairs, pairedFactIds } from '../facts/FactPairs';
import type { UpdateSession } from '../workshop/useSessionUpdater';
import { useI18n } from '../../i18n/TranslatorContext';

const RATIO_IDS = RATIOS.map((r) => r.id);
const HARD_CASES = factById('scope.hardCasesDeferred');

export function PilotProductionCard({ session, update }: { session: Session; update: UpdateSession }) {
  const paired = pairedFactIds(RATIO_IDS);
  const i18n = useI18n();
  const unpaired = FACTS.filter((f) => (f.side === 'pilot' || f.side === 'production') && !paired.has(f.id));
  // Lone figures keep the pilot | production columns; the yes/no questions about how the pilot was run get a row of their own.
  const pilotFigures = unpaired.filter((f) => f.side === 'pilot' && f.kind === 'number');
  const productionFigures = unpaired.filter((f) => f.side === 'production');
  const pilotQuestions = unpaired.filter((f) => f.side === 'pilot' && f.kind !== 'number');
  return (
    <section className="card panel frame-card" aria-labelledby="frame-facts" data-testid="frame-facts">
      <div className="frame-card-header">
        <h2 id="frame-facts">{i18n.t('frame.facts.title')}</h2>
        <p className="muted">{i18n.t('frame.facts.lead', { ratio: SCALE_RATIO })}</p>
      </div>
      <FactPairs session={session} update={update} ratioIds={RATIO_IDS} headings />
      <div className="compare-row compare-rest">
        <div className="fact-stack">
          {pilotFigures.map((fact) => (
            <FactInput key={fact.id} fact={fact} session={session} update={update} />
          ))}
        </div>
        <div aria-hidden="true" />
        <div className="fact-stack">
          {productionFigures.map((fact) => (
            <FactInput key={fact.id} fact={fact} session={session} update={update} />
          ))}
        </div>
      </div>
      <div className="pilot-questions" role="group" aria-labelledby="frame-pilot-questions">
        <h3 id="frame-pilot-questions">{i18n.t('frame.facts.pilotQuestions')}</h3>
        <div className="fact-grid">
          {pilotQuestions.map((fact) => (
            <FactInput key={fact.id} fact={fact} session={session} update={update} />
          ))}
          {HARD_CASES ? (
            <FactInput fact={HARD_CASES} session={session} update={update} label={i18n.t('frame.facts.hardCases')} />
          ) : null}
        </div>
      </div>
    </section>
  );
}
