/**
 * The verdict as the room sees it on the projector: one word with its sign and colour, the
 * reasons under it, and — when the facilitator overrode the draft — who decided what, instead of
 * what, and why.
 */
import type { Session, VerdictValue } from '../../../../shared/model/session';
import { VERDICT_LABELS, type Verdict } from '../../../../shared/scoring/verdict';
import { formatInstant } from '../../../../shared/text/dates';
import { VerdictMark } from './VerdictMark';
import { useI18n } from '../../i18n/TranslatorContext';

const MEANING: Record<VerdictValue, string> = {
  go: 'Ready for production as it stands.',
  'go-with-conditions': 'Ready to proceed once the conditions below are met.',
  'not-yet': 'Not ready for production: the points below must be closed first.',
};

interface VerdictHeroProps {
  session: Session;
  verdict: Verdict;
  onOverride(): void;
  onRemoveOverride(): void;
}

function formatWhen(ms: number): string {
  return formatInstant(ms, 'longDayClock') ?? '';
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
          <p className="eyebrow">{override ? (confirmed ? 'Verdict · confirmed by the facilitator' : 'Verdict · set by the facilitator') : 'Verdict · drafted from the scores and checks'}</p>
          <h2 id="verdict-word" className="verdict-word">
            {i18n.text(VERDICT_LABELS[verdict.value])}
          </h2>
          <p className="verdict-meaning">{MEANING[verdict.value]}</p>
        </div>
        <div className="verdict-controls">
          {override ? (
            <>
              <button type="button" className="btn" onClick={onOverride}>
                Change
              </button>
              <button type="button" className="btn btn-ghost btn-danger" onClick={onRemoveOverride}>
                Remove override
              </button>
            </>
          ) : (
            <button type="button" className="btn" onClick={onOverride}>
              Override…
            </button>
          )}
        </div>
      </div>

      {override ? (
        <div className="verdict-override" data-testid="verdict-override">
          <p>
            <strong>{confirmed ? 'Confirmed by the facilitator:' : 'Set by the facilitator:'}</strong> {i18n.text(VERDICT_LABELS[override.value])}
            {confirmed ? '' : ` instead of ${i18n.text(VERDICT_LABELS[verdict.computed])}`}, because {override.reason.trim()}
          </p>
          <p className="muted small">Recorded {formatWhen(override.at)}. The drafted verdict and its reasons stay below and in the documents.</p>
        </div>
      ) : null}

      <div className="verdict-reasons">
        <h3>{override && !confirmed ? `Why the scores and checks give ${i18n.text(VERDICT_LABELS[verdict.computed])}` : 'Why'}</h3>
        <ol>
          {reasons.map((reason) => (
            <li key={i18n.text(reason)}>{i18n.text(reason)}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}
