/**
 * The verdict as the room sees it on the projector: one word with its sign and colour, the
 * reasons under it, and — when the facilitator overrode the draft — who decided what, instead of
 * what, and why.
 */
import type { Session, VerdictValue } from '../../../../shared/model/session';
import { VERDICT_LABELS, type Verdict } from '../../../../shared/scoring/verdict';
import type { MessageId } from '../../../../shared/i18n';
import { formatInstant } from '../../../../shared/text/dates';
import { useI18n } from '../../i18n/TranslatorContext';
import { VerdictMark } from './VerdictMark';

const MEANING: Record<VerdictValue, MessageId> = {
  go: 'verdictStage.meaning.go',
  'go-with-conditions': 'verdictStage.meaning.goWithConditions',
  'not-yet': 'verdictStage.meaning.notYet',
};

interface VerdictHeroProps {
  session: Session;
  verdict: Verdict;
  onOverride(): void;
  onRemoveOverride(): void;
}

function formatWhen(ms: number, locale: string): string {
  return formatInstant(ms, 'longDayClock', locale) ?? '';
}

export function VerdictHero({ session, verdict, onOverride, onRemoveOverride }: VerdictHeroProps) {
  const i18n = useI18n();
  const override = verdict.overridden ? session.verdictOverride : null;
  // computeVerdict appends the facilitator's sentence last; it is shown in its own block here.
  const reasons = override ? verdict.reasons.slice(0, -1) : verdict.reasons;
  const confirmed = override !== null && override.value === verdict.computed;

  return (
    <section className="verdict-hero card" data-verdict={verdict.value} aria-labelledby="verdict-word" data-testid="verdict">
      <div className="verdict-head">
        <span className="verdict-sign">
          <VerdictMark value={verdict.value} size={52} />
        </span>
        <div className="verdict-statement">
          <p className="eyebrow">
            {override ? (confirmed ? i18n.t('verdictStage.hero.confirmedEyebrow') : i18n.t('verdictStage.hero.setEyebrow')) : i18n.t('verdictStage.hero.draftedEyebrow')}
          </p>
          <h2 id="verdict-word" className="verdict-word">
            {i18n.text(VERDICT_LABELS[verdict.value])}
          </h2>
          <p className="verdict-meaning">{i18n.t(MEANING[verdict.value])}</p>
        </div>
        <div className="verdict-controls">
          {override ? (
            <>
              <button type="button" className="btn" onClick={onOverride}>
                {i18n.t('verdictStage.hero.change')}
              </button>
              <button type="button" className="btn btn-ghost btn-danger" onClick={onRemoveOverride}>
                {i18n.t('verdictStage.hero.removeOverride')}
              </button>
            </>
          ) : (
            <button type="button" className="btn" onClick={onOverride}>
              {i18n.t('verdictStage.hero.override')}
            </button>
          )}
        </div>
      </div>

      {override ? (
        <div className="verdict-override" data-testid="verdict-override">
          <p>
            <strong>{confirmed ? i18n.t('verdictStage.hero.confirmedBy') : i18n.t('verdictStage.hero.setBy')}</strong>{' '}
            {confirmed
              ? i18n.t('verdictStage.hero.confirmedBecause', { verdict: VERDICT_LABELS[override.value], reason: override.reason.trim() })
              : i18n.t('verdictStage.hero.insteadBecause', { verdict: VERDICT_LABELS[override.value], computed: VERDICT_LABELS[verdict.computed], reason: override.reason.trim() })}
          </p>
          <p className="muted small">{i18n.t('verdictStage.hero.recorded', { when: formatWhen(override.at, i18n.locale) })}</p>
        </div>
      ) : null}

      <div className="verdict-reasons">
        <h3>{override && !confirmed ? i18n.t('verdictStage.hero.whyComputed', { verdict: VERDICT_LABELS[verdict.computed] }) : i18n.t('verdictStage.hero.why')}</h3>
        <ol>
          {reasons.map((reason) => (
            <li key={i18n.text(reason)}>{i18n.text(reason)}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}
