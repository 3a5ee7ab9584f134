/** Every round on the gap, oldest first: re-votes never erase the earlier rounds. */
import { roundLabel } from '../../../../shared/room/roundLabel';
import { useI18n } from '../../i18n/TranslatorContext';
import type { Round, Session } from '../../../../shared/model/session';
import { roundStats } from '../../../../shared/scoring/stats';
import { formatLevel } from '../../../../shared/text/numbers';
import { turnoutOf } from './roundView';

export function RoundHistory({ session, rounds, currentId }: { session: Session; rounds: readonly Round[]; currentId: string | null }) {
  const i18n = useI18n();
  return (
    <div className="round-history" data-testid="round-history">
      <p className="eyebrow">Rounds on this gap</p>
      <ol>
        {rounds.map((round) => {
          const stats = roundStats(round.votes, session.settings.divergenceSpread);
          const turnout = turnoutOf(session, round);
          return (
            <li key={round.id} className="round-history-item" data-current={round.id === currentId ? 'true' : undefined} data-round={round.number}>
              <span className="round-history-number">{i18n.text(roundLabel(round.number))}</span>
              {round.status === 'open' ? (
                <span className="muted">
                  open · {turnout.voted} of {turnout.total} voted
                </span>
              ) : (
                <>
                  <span>
                    median <strong>{formatLevel(stats.median)}</strong>
                  </span>
                  <span>
                    spread <strong>{stats.spread}</strong>
                  </span>
                  <span className="muted">{stats.voted} votes</span>
                  {stats.divergent ? <span className="pill pill-warning">disagreement</span> : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
