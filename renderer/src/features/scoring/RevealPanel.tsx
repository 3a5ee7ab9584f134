/** A revealed round: the distribution, its median and spread, whether the room disagrees, camps, comments. */
import { distributionChart } from '../../../../shared/charts/distributionChart';
import { useI18n } from '../../i18n/TranslatorContext';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../../shared/framework/levelColors';
import type { Round, Session } from '../../../../shared/model/session';
import { roundStats } from '../../../../shared/scoring/stats';
import { Icon } from '../../ui/Icon';
import { SvgView } from '../../ui/SvgView';
import { formatDifference, formatLevel } from '../../../../shared/text/numbers';
import { plural } from '../../../../shared/text/plural';
import { campsOf, commentsOf, namesByLevel } from './roundView';

export function RevealPanel({ session, round }: { session: Session; round: Round }) {
  const i18n = useI18n();
  const anonymous = session.settings.anonymous;
  const stats = roundStats(round.votes, session.settings.divergenceSpread);
  const chart = distributionChart(i18n, stats.distribution, {
    median: stats.median,
    names: anonymous ? undefined : namesByLevel(session, round),
    width: 660,
    title: `Round ${round.number} votes`,
  });
  const camps = campsOf(session, round);
  const comments = commentsOf(session, round);
  const spreadReason = stats.min !== null && stats.max !== null && stats.spread >= session.settings.divergenceSpread;

  return (
    <div className="reveal" data-testid="reveal-panel">
      <div className="reveal-main">
        <figure className="reveal-chart" data-testid="distribution">
          <SvgView chart={chart} />
          {anonymous ? <figcaption className="muted small">Anonymous session: names are not shown.</figcaption> : null}
        </figure>
        <dl className="reveal-stats">
          <div className="stat stat-primary">
            <dt>Median</dt>
            <dd data-testid="median">{formatLevel(stats.median)}</dd>
          </div>
          <div className="stat">
            <dt>Spread</dt>
            <dd data-testid="spread">
              {stats.spread}
              {stats.min !== null && stats.max !== null && stats.min !== stats.max ? (
                <span className="stat-note">
                  level {stats.min} to {stats.max}
                </span>
              ) : null}
            </dd>
          </div>
          <div className="stat">
            <dt>Voted</dt>
            <dd data-testid="voted">{stats.voted}</dd>
          </div>
          <div className="stat">
            <dt>Not sure</dt>
            <dd data-testid="unsure">{stats.unsure}</dd>
          </div>
        </dl>
      </div>

      {stats.divergent ? (
        <div className="callout callout-warning" role="note" data-testid="divergence">
          <Icon name="flag" size={22} />
          <div>
            <p className="callout-title">The room disagrees</p>
            <p>
              {spreadReason ? `Votes run from level ${stats.min} to level ${stats.max}, a spread of ${plural(stats.spread, 'point', 'points')}. ` : ''}
              {stats.twoCamps ? 'The votes form two camps rather than one spread of opinion. ' : ''}
              Ask the lowest and the highest scorers what they know that the others do not, then re-vote or confirm a level.
            </p>
          </div>
        </div>
      ) : null}

      {camps.champions && camps.skeptics ? (
        <div className="camps" data-testid="camps">
          <p className="eyebrow">Champions and skeptics</p>
          <div className="camps-row">
            <span className="camp">
              <span className="camp-label">Champions</span>
              <span className="camp-mean">{formatLevel(camps.champions.mean)}</span>
              <span className="muted small">{plural(camps.champions.count, 'person', 'people')}</span>
            </span>
            <span className="camp">
              <span className="camp-label">Skeptics</span>
              <span className="camp-mean">{formatLevel(camps.skeptics.mean)}</span>
              <span className="muted small">{plural(camps.skeptics.count, 'person', 'people')}</span>
            </span>
            <span className="camp camp-gap" data-wide={camps.champions.mean - camps.skeptics.mean >= session.settings.championSkepticGap ? 'true' : undefined}>
              <span className="camp-label">Difference</span>
              <span className="camp-mean">{formatDifference(camps.champions.mean - camps.skeptics.mean)}</span>
              <span className="muted small">
                {camps.champions.mean - camps.skeptics.mean >= session.settings.championSkepticGap ? 'A champion–skeptic split: hear the skeptics first' : 'points, champions minus skeptics'}
              </span>
            </span>
          </div>
        </div>
      ) : camps.hiddenForAnonymity ? (
        <p className="muted small">Champions and skeptics are not compared here: in an anonymous session a group needs at least three people.</p>
      ) : null}

      {comments.length > 0 ? (
        <div className="comments">
          <p className="eyebrow">Comments</p>
          <ul>
            {comments.map((c, i) => {
              const color = c.score === 'unsure' ? UNSURE_COLOR : LEVEL_COLORS[c.score];
              return (
                <li key={i} className="comment">
                  <span className="level-chip" style={{ background: color.fill, color: color.text }} aria-label={c.score === 'unsure' ? 'Not sure' : `Level ${c.score}`}>
                    {c.score === 'unsure' ? '?' : c.score}
                  </span>
                  <span>
                    <q>{c.text}</q>
                    <span className="comment-by muted">
                      {c.name ? ` — ${c.name}` : ''}
                      {c.confidence ? ` (${c.confidence} confidence)` : ''}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
