/** The top of the plan: counts per status, what still needs an owner or a date, and the verdict's outlook. */
import { STATUS_LABELS, attentionSentence, countByStatus, type ActionStatus } from '../../../../shared/actions/actionSummary';
import { verdictOutlook } from '../../../../shared/actions/verdictOutlook';
import type { Session } from '../../../../shared/model/session';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { pluralWord } from '../../../../shared/text/plural';
import { Icon } from '../../ui/Icon';
import { useI18n } from '../../i18n/TranslatorContext';

const STATUSES: ActionStatus[] = ['open', 'in-progress', 'done'];

export function PlanSummary({ session }: { session: Session }) {
  const counts = countByStatus(session.actions);
  const i18n = useI18n();
  const attention = attentionSentence(session.actions);
  const outlook = verdictOutlook(session);
  const total = session.actions.length;
  const override = session.verdictOverride;
  return (
    <section className="card panel plan-summary" aria-label="Where the plan stands">
      <dl className="plan-stats">
        <div className="plan-stat">
          <dt>{pluralWord(total, 'Action')}</dt>
          <dd>{total}</dd>
        </div>
        {STATUSES.map((status) => (
          <div key={status} className="plan-stat" data-status={status}>
            <dt>{i18n.text(STATUS_LABELS[status])}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
      {total === 0 ? null : attention ? (
        <p className="plan-attention" data-testid="plan-attention">
          <Icon name="flag" size={18} />
          <span>
            <strong>{i18n.text(attention)}.</strong> They are outlined below; an action nobody owns, or that has no date, tends not to happen.
          </span>
        </p>
      ) : (
        <p className="plan-attention" data-ok data-testid="plan-attention">
          <Icon name="check" size={18} />
          <span>Every open action has an owner and a due date.</span>
        </p>
      )}
      {outlook.message ? (
        <p className="plan-verdict" data-outlook={outlook.kind}>
          <Icon name="scale" size={18} />
          <span>
            {i18n.text(outlook.message)}
            {override ? ` The facilitator’s verdict, ${i18n.text(VERDICT_LABELS[override.value])}, stands meanwhile.` : ''}
          </span>
        </p>
      ) : null}
    </section>
  );
}
