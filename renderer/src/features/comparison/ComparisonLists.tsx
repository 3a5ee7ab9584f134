/**
 * The comparison's lists: the flags closed and opened since the baseline, the KPI results then and
 * now, the actions done, overdue, dropped and added since, and who changed their mind most (only
 * counts in an anonymous workshop).
 */
import type { ActionReference, Comparison, FlagChange, KpiComparison } from '../../../../shared/compare/comparison';
import type { MessageId } from '../../../../shared/i18n';
import { formatDay } from '../../../../shared/text/dates';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';

function FlagItems({ flags, testId }: { flags: readonly FlagChange[]; testId: string }) {
  const i18n = useI18n();
  if (flags.length === 0) return <p className="muted">{i18n.t('comparisonStage.none.items')}</p>;
  return (
    <ul className="compare-list" data-testid={testId}>
      {flags.map((flag) => (
        <li key={`${flag.id} ${flag.gapId ?? ''}`} data-flag={flag.id}>
          <Icon name="flag" size={16} />
          <span>{i18n.text(flag.title)}</span>
          {flag.blocking ? <span className="pill pill-danger">{i18n.t('comparisonStage.flags.blocking')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function FlagsSince({ comparison }: { comparison: Comparison }) {
  const i18n = useI18n();
  const { closed, opened, stillOpen } = comparison.flags;
  return (
    <section className="card panel" aria-labelledby="compare-flags-title">
      <h2 id="compare-flags-title" className="compare-section-title">
        {i18n.t('comparisonStage.flags.title')}
      </h2>
      <div className="compare-columns">
        <section aria-labelledby="compare-flags-closed" data-tone="success">
          <h3 id="compare-flags-closed">
            {i18n.t('comparisonStage.flags.closed')} <span className="compare-count">{closed.length}</span>
          </h3>
          <FlagItems flags={closed} testId="compare-flags-closed" />
        </section>
        <section aria-labelledby="compare-flags-opened" data-tone="danger">
          <h3 id="compare-flags-opened">
            {i18n.t('comparisonStage.flags.opened')} <span className="compare-count">{opened.length}</span>
          </h3>
          <FlagItems flags={opened} testId="compare-flags-opened" />
        </section>
      </div>
      <p className="muted">{i18n.t('comparisonStage.flags.stillOpen', { count: stillOpen.length })}</p>
    </section>
  );
}

function measured(i18n: ReturnType<typeof useI18n>, side: KpiComparison['then']): string {
  if (!side) return i18n.t('comparisonStage.kpis.absent');
  const value = side.measuredInProduction === null ? 'unknown' : side.measuredInProduction ? 'yes' : 'no';
  return i18n.t('comparisonStage.kpis.result', { result: side.pilotResult.trim() || '–', measured: value });
}

export function KpisThenNow({ comparison }: { comparison: Comparison }) {
  const i18n = useI18n();
  return (
    <section className="card panel" aria-labelledby="compare-kpis-title">
      <h2 id="compare-kpis-title" className="compare-section-title">
        {i18n.t('comparisonStage.kpis.title')}
      </h2>
      {comparison.kpis.length === 0 ? (
        <p className="muted">{i18n.t('comparisonStage.kpis.none')}</p>
      ) : (
        <table className="compare-table" data-testid="compare-kpis">
          <thead>
            <tr>
              <th scope="col">{i18n.t('comparisonStage.kpis.kpi')}</th>
              <th scope="col">{i18n.t('comparisonStage.kpis.target')}</th>
              <th scope="col">{i18n.t('comparisonStage.gaps.then')}</th>
              <th scope="col">{i18n.t('comparisonStage.gaps.now')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.kpis.map((kpi) => (
              <tr key={kpi.kpiId}>
                <th scope="row">{kpi.name.trim() || i18n.t('comparisonStage.kpis.unnamed')}</th>
                <td>{(kpi.now ?? kpi.then)?.productionTarget.trim() || '–'}</td>
                <td>{measured(i18n, kpi.then)}</td>
                <td>{measured(i18n, kpi.now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const ACTION_GROUPS: readonly { key: 'done' | 'overdue' | 'dropped' | 'added'; title: MessageId; tone?: string }[] = [
  { key: 'done', title: 'comparisonStage.actions.done', tone: 'success' },
  { key: 'overdue', title: 'comparisonStage.actions.overdue', tone: 'danger' },
  { key: 'dropped', title: 'comparisonStage.actions.dropped' },
  { key: 'added', title: 'comparisonStage.actions.added' },
];

/** Actions shown per group: enough to talk about on the projector; the action plan has them all. */
const ACTIONS_SHOWN = 6;

function ActionItem({ action }: { action: ActionReference }) {
  const i18n = useI18n();
  return (
    <li>
      <span className="compare-action-title">{action.title.trim() || i18n.t('comparisonStage.actions.untitled')}</span>
      <span className="muted small">
        {i18n.t('comparisonStage.actions.meta', {
          hasOwner: action.owner.trim() ? 'yes' : 'no',
          owner: action.owner.trim(),
          hasDue: action.dueDate ? 'yes' : 'no',
          due: action.dueDate ? formatDay(action.dueDate, 'short', i18n.locale) : '',
        })}
      </span>
    </li>
  );
}

export function ActionsSince({ comparison }: { comparison: Comparison }) {
  const i18n = useI18n();
  return (
    <section className="card panel" aria-labelledby="compare-actions-title">
      <h2 id="compare-actions-title" className="compare-section-title">
        {i18n.t('comparisonStage.actions.title')}
      </h2>
      <div className="compare-columns compare-columns-4">
        {ACTION_GROUPS.map((group) => {
          const items = comparison.actions[group.key];
          return (
            <section key={group.key} aria-labelledby={`compare-actions-${group.key}`} data-tone={items.length > 0 ? group.tone : undefined} data-testid={`compare-actions-${group.key}`}>
              <h3 id={`compare-actions-${group.key}`}>
                {i18n.t(group.title)} <span className="compare-count">{items.length}</span>
              </h3>
              {items.length === 0 ? (
                <p className="muted">{i18n.t('comparisonStage.none.items')}</p>
              ) : (
                <>
                  <ul className="compare-list compare-actions">
                    {items.slice(0, ACTIONS_SHOWN).map((action) => (
                      <ActionItem key={action.actionId} action={action} />
                    ))}
                  </ul>
                  {items.length > ACTIONS_SHOWN ? <p className="muted small">{i18n.t('comparisonStage.actions.more', { count: items.length - ACTIONS_SHOWN })}</p> : null}
                </>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** How many people to name: the few who moved most are the conversation; the rest is a count. */
const MOST_MOVED = 5;

export function MindChanges({ comparison }: { comparison: Comparison }) {
  const i18n = useI18n();
  const { anonymous, people } = comparison.mindChanges;
  return (
    <section className="card panel" aria-labelledby="compare-minds-title" data-testid="compare-minds">
      <h2 id="compare-minds-title" className="compare-section-title">
        {i18n.t('comparisonStage.minds.title')}
      </h2>
      <p className="muted small">{i18n.t('comparisonStage.minds.caption')}</p>
      {people.length === 0 ? (
        <p>{i18n.t('comparisonStage.minds.none')}</p>
      ) : anonymous ? (
        <p data-testid="compare-minds-anonymous">{i18n.t('comparisonStage.minds.anonymous', { count: people.length, most: people[0]!.levelsMoved })}</p>
      ) : (
        <>
          <ol className="compare-minds">
            {people.slice(0, MOST_MOVED).map((person) => (
              <li key={person.participantId}>
                <strong>{person.name}</strong> <span className="muted">{i18n.t('comparisonStage.minds.moved', { levels: person.levelsMoved, gaps: person.gapsChanged })}</span>
              </li>
            ))}
          </ol>
          {people.length > MOST_MOVED ? <p className="muted small">{i18n.t('comparisonStage.minds.more', { count: people.length - MOST_MOVED })}</p> : null}
        </>
      )}
    </section>
  );
}
