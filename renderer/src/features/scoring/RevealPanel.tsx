/** A revealed round: the distribution, its median and spread, whether the room disagrees, camps, comments. */
import { distributionChart } from '../../../../shared/charts/distributionChart';
import { useI18n } from '../../i18n/TranslatorContext';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../../shared/framework/levelColors';
import type { Round, Session } from '../../../../shared/model/session';
import { roundStats } from '../../../../shared/scoring/stats';
import { Icon } from '../../ui/Icon';
import { SvgView } from '../../ui/SvgView';
import { formatDifference, formatLevel } from '../../../../shared/text/numbers';
import { campsOf, commentsOf, namesByLevel } from './roundView';

export function RevealPanel({ session, round }: { session: Session; round: Round }) {
  const i18n = useI18n();
  const anonymous = session.settings.anonymous;
  const stats = roundStats(round.votes, session.settings.divergenceSpread);
  const chart = distributionChart(i18n, stats.distribution, {
    median: stats.median,
    names: anonymous ? undefined : namesByLevel(session, round, i18n),
    width: 660,
    title: i18n.t('scoring.reveal.chartTitle', { round: round.number }),
  });
  const camps = campsOf(session, round);
  const comments = commentsOf(session, round, i18n);
  const spreadReason = stats.min !== null && stats.max !== null && stats.spread >= session.settings.divergenceSpread;

  return (
    <div className="reveal" data-testid="reveal-panel">
      <div className="reveal-main">
        <figure className="reveal-chart" data-testid="distribution">
          <SvgView chart={chart} />
          {anonymous ? <figcaption className="muted small">{i18n.t('scoring.reveal.anonymousCaption')}</figcaption> : null}
        </figure>
        <dl className="reveal-stats">
          <div className="stat stat-primary">
            <dt>{i18n.t('scoring.reveal.median')}</dt>
            <dd data-testid="median">{formatLevel(stats.median, i18n.locale)}</dd>
          </div>
          <div className="stat">
            <dt>{i18n.t('scoring.reveal.spread')}</dt>
            <dd data-testid="spread">
              {stats.spread}
              {stats.min !== null && stats.max !== null && stats.min !== stats.max ? (
                <span className="stat-note">{i18n.t('scoring.reveal.spreadRange', { min: stats.min, max: stats.max })}</span>
              ) : null}
            </dd>
          </div>
          <div className="stat">
            <dt>{i18n.t('scoring.reveal.voted')}</dt>
            <dd data-testid="voted">{stats.voted}</dd>
          </div>
          <div className="stat">
            <dt>{i18n.t('scoring.notSure')}</dt>
            <dd data-testid="unsure">{stats.unsure}</dd>
          </div>
        </dl>
      </div>

      {stats.divergent ? (
        <div className="callout callout-warning" role="note" data-testid="divergence">
          <Icon name="flag" size={22} />
          <div>
            <p className="callout-title">{i18n.t('scoring.reveal.disagreeTitle')}</p>
            <p>
              {spreadReason ? `${i18n.t('scoring.reveal.disagreeSpread', { min: stats.min, max: stats.max, spread: stats.spread })} ` : ''}
              {stats.twoCamps ? `${i18n.t('scoring.reveal.disagreeTwoCamps')} ` : ''}
              {i18n.t('scoring.reveal.disagreeAsk')}
            </p>
          </div>
        </div>
      ) : null}

      {camps.champions && camps.skeptics ? (
        <div className="camps" data-testid="camps">
          <p className="eyebrow">{i18n.t('scoring.reveal.campsTitle')}</p>
          <div className="camps-row">
            <span className="camp">
              <span className="camp-label">{i18n.t('scoring.reveal.champions')}</span>
              <span className="camp-mean">{formatLevel(camps.champions.mean, i18n.locale)}</span>
              <span className="muted small">{i18n.t('scoring.reveal.people', { count: camps.champions.count })}</span>
            </span>
            <span className="camp">
              <span className="camp-label">{i18n.t('scoring.reveal.skeptics')}</span>
              <span className="camp-mean">{formatLevel(camps.skeptics.mean, i18n.locale)}</span>
              <span className="muted small">{i18n.t('scoring.reveal.people', { count: camps.skeptics.count })}</span>
            </span>
            <span className="camp camp-gap" data-wide={camps.champions.mean - camps.skeptics.mean >= session.settings.championSkepticGap ? 'true' : undefined}>
              <span className="camp-label">{i18n.t('scoring.reveal.difference')}</span>
              <span className="camp-mean">{formatDifference(camps.champions.mean - camps.skeptics.mean, i18n.locale)}</span>
              <span className="muted small">
                {camps.champions.mean - camps.skeptics.mean >= session.settings.championSkepticGap
                  ? i18n.t('scoring.reveal.split')
                  : i18n.t('scoring.reveal.differenceNote')}
              </span>
            </span>
          </div>
        </div>
      ) : camps.hiddenForAnonymity ? (
        <p className="muted small">{i18n.t('scoring.reveal.campsHidden')}</p>
      ) : null}

      {comments.length > 0 ? (
        <div className="comments">
          <p className="eyebrow">{i18n.t('scoring.reveal.comments')}</p>
          <ul>
            {comments.map((c, i) => {
              const color = c.score === 'unsure' ? UNSURE_COLOR : LEVEL_COLORS[c.score];
              return (
                <li key={i} className="comment">
                  <span className="level-chip" style={{ background: color.fill, color: color.text }} aria-label={c.score === 'unsure' ? i18n.t('scoring.notSure') : i18n.t('scoring.levelNumber', { level: c.score })}>
                    {c.score === 'unsure' ? '?' : c.score}
                  </span>
                  <span>
                    <q>{c.text}</q>
                    <span className="comment-by muted">
                      {c.name ? ` — ${c.name}` : ''}
                      {c.confidence ? ` ${i18n.t('scoring.reveal.confidence', { confidence: c.confidence })}` : ''}
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
