/** Every round on the gap, oldest first: re-votes never erase the earlier rounds. */
import type { Round, Session } from '../../../../shared/model/session';
import { roundStats } from '../../../../shared/scoring/stats';
import { formatLevel } from '../../../../shared/text/numbers';
import { useI18n } from '../../i18n/TranslatorContext';
import { turnoutOf } from './roundView';

export function RoundHistory({ session, rounds, currentId }: { session: Session; rounds: readonly Round[]; currentId: string | null }) {
  const i18n = useI18n();
  return (
    <div className="round-history" data-testid="round-history">
      <p className="eyebrow">{i18n.t('scoring.history.title')}</p>
      <ol>
        {rounds.map((round) => {
          const stats = roundStats(round.votes, session.settings.divergenceSpread);
          const turnout = turnoutOf(session, round);
          return (
            <li key={round.id} className="round-history-item" data-current={round.id === currentId ? 'true' : undefined} data-round={round.number}>
              <span className="round-history-number">{i18n.t('scoring.roundNumber', { round: round.number })}</span>
              {round.status === 'open' ? (
                <span className="muted">{i18n.t('scoring.history.open', { voted: turnout.voted, total: turnout.total })}</span>
              ) : (
                <>
                  <span>
                    {i18n.t('scoring.history.median')} <strong>{formatLevel(stats.median, i18n.locale)}</strong>
                  </span>
                  <span>
                    {i18n.t('scoring.history.spread')} <strong>{stats.spread}</strong>
                  </span>
                  <span className="muted">{i18n.t('scoring.history.votes', { count: stats.voted })}</span>
                  {stats.divergent ? <span className="pill pill-warning">{i18n.t('scoring.history.disagreement')}</span> : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
