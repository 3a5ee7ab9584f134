/**
 * "Facts for this gap": the numbers and yes/no answers this gap needs, with the pilot and
 * production figures paired around their ratio. Values are shared with Frame.
 */
import type { GapStageProps } from '../workshop/stageProps';
import { FactInput } from './FactInput';
import { FactPairs, pairedFactIds } from './FactPairs';
import './facts.css';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';

export function GapFacts({ session, update, gapId }: GapStageProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const gap = framework.gapById(gapId);
  const paired = pairedFactIds(gap.ratioIds);
  const rest = gap.factIds.filter((id) => !paired.has(id)).map((id) => framework.factById(id)).filter((f) => f !== undefined);
  const headingId = `gap-facts-${gapId}`;
  return (
    <section className="card panel gap-facts" aria-labelledby={headingId} data-testid="gap-facts">
      <div className="gap-facts-header">
        <h3 id={headingId}>{i18n.t('facts.gap.title')}</h3>
        <p className="muted">{i18n.t('facts.gap.lead')}</p>
      </div>
      {gap.ratioIds.length ? <FactPairs session={session} update={update} ratioIds={gap.ratioIds} headings /> : null}
      {rest.length ? (
        <div className="fact-grid">
          {rest.map((fact) => (
            <FactInput key={fact.id} fact={fact} session={session} update={update} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
