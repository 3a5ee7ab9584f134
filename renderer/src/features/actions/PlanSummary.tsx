/** The top of the plan: counts per status, what still needs an owner or a date, and the verdict's outlook. */
import { attentionSentence, countByStatus, type ActionStatus } from '../../../../shared/actions/actionSummary';
import { verdictOutlook } from '../../../../shared/actions/verdictOutlook';
import type { Session } from '../../../../shared/model/session';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';

const STATUSES: ActionStatus[] = ['open', 'in-progress', 'done'];

export function PlanSummary({ session }: { session: Session }) {
  const i18n = useI18n();
  const counts = countByStatus(session.actions);
  const attention = attentionSentence(session.actions);
  const outlook = verdictOutlook(session);
  const total = session.actions.length;
  const override = session.verdictOverride;
  return (
    <section className="card panel plan-summary" aria-label={i18n.t('actionPlan.summary.label')}>
      <dl className="plan-stats">
        <div className="plan-stat">
          <dt>{i18n.t('actionPlan.summary.actions', { count: total })}</dt>
          <dd>{total}</dd>
        </div>
        {STATUSES.map((status) => (
          <div key={status} className="plan-stat" data-status={status}>
            <dt>{i18n.t('actionPlan.status', { status })}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
      {total === 0 ? null : attention ? (
        <p className="plan-attention" data-testid="plan-attention">
          <Icon name="flag" size={18} />
          <span>
            <strong>{i18n.text(attention)}.</strong> {i18n.t('actionPlan.summary.attention')}
          </span>
        </p>
      ) : (
        <p className="plan-attention" data-ok data-testid="plan-attention">
          <Icon name="check" size={18} />
          <span>{i18n.t('actionPlan.summary.allOwned')}</span>
        </p>
      )}
      {outlook.message ? (
        <p className="plan-verdict" data-outlook={outlook.kind}>
          <Icon name="scale" size={18} />
          <span>
            {i18n.text(outlook.message)}
            {override ? ` ${i18n.t('actionPlan.summary.overrideStands', { verdict: VERDICT_LABELS[override.value] })}` : ''}
          </span>
        </p>
      ) : null}
    </section>
  );
}
