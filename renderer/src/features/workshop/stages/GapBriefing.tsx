/** The gap's briefing: what the pilot had against what production means, the questions, the ladder, in the session's words. */
import { LEVEL_COLORS } from '../../../../../shared/framework/levelColors';
import { LEVELS, type GapId } from '../../../../../shared/framework/types';
import { gapBriefing } from '../../../../../shared/framework/wording';
import type { Session } from '../../../../../shared/model/session';
import { useI18n } from '../../../i18n/TranslatorContext';
import { useFramework } from '../../../i18n/useFramework';

export function GapBriefing({ gapId, session }: { gapId: GapId; session: Session }) {
  const i18n = useI18n();
  const framework = useFramework();
  const gap = framework.gapById(gapId);
  const briefing = gapBriefing(gap, session, i18n);
  return (
    <div className="stage-grid">
      <section className="compare" aria-label={i18n.t('workshop.briefing.compare')}>
        <div className="compare-side card">
          <p className="eyebrow">{i18n.t('workshop.briefing.pilotHad')}</p>
          <p>{briefing.pilotUsuallyHad}</p>
        </div>
        <div className="compare-side card compare-production">
          <p className="eyebrow">{i18n.t('workshop.briefing.productionMeans')}</p>
          <p>{briefing.productionMeans}</p>
        </div>
      </section>
      <div className="briefing-columns">
        <section className="card panel" aria-labelledby={`questions-${gapId}`}>
          <h3 id={`questions-${gapId}`}>{i18n.t('workshop.briefing.questions')}</h3>
          <ol className="questions">
            {briefing.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
        <section className="card panel" aria-labelledby={`ladder-${gapId}`}>
          <h3 id={`ladder-${gapId}`}>{i18n.t('workshop.briefing.ladder')}</h3>
          <ol className="ladder">
            {LEVELS.map((level) => (
              <li key={level} className="ladder-step">
                <span className="level-chip" style={{ background: LEVEL_COLORS[level].fill, color: LEVEL_COLORS[level].text }}>
                  {level}
                </span>
                <span>
                  <strong>{i18n.t('workshop.briefing.rung', { name: framework.levelNames[level] })}</strong> {gap.ladder[level]}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
