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

const RATIO_IDS = RATIOS.map((r) => r.id);
const HARD_CASES = factById('scope.hardCasesDeferred');

export function PilotProductionCard({ session, update }: { session: Session; update: UpdateSession }) {
  const paired = pairedFactIds(RATIO_IDS);
  const unpaired = FACTS.filter((f) => (f.side === 'pilot' || f.side === 'production') && !paired.has(f.id));
  // Lone figures keep the pilot | production columns; the yes/no questions about how the pilot was run get a row of their own.
  const pilotFigures = unpaired.filter((f) => f.side === 'pilot' && f.kind === 'number');
  const productionFigures = unpaired.filter((f) => f.side === 'production');
  const pilotQuestions = unpaired.filter((f) => f.side === 'pilot' && f.kind !== 'number');
  return (
    <section className="card panel frame-card" aria-labelledby="frame-facts" data-testid="frame-facts">
      <div className="frame-card-header">
        <h2 id="frame-facts">Pilot and production</h2>
        <p className="muted">
          Type the figures the room agrees on; the app works out how far apart they are. From {SCALE_RATIO}× on, a pilot result says little
          about production. Leave a field empty when nobody knows — that is an answer too.
        </p>
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
        <h3 id="frame-pilot-questions">How the pilot was run</h3>
        <div className="fact-grid">
          {pilotQuestions.map((fact) => (
            <FactInput key={fact.id} fact={fact} session={session} update={update} />
          ))}
          {HARD_CASES ? (
            <FactInput fact={HARD_CASES} session={session} update={update} label="Were hard cases or unusual requests deferred for later?" />
          ) : null}
        </div>
      </div>
    </section>
  );
}
