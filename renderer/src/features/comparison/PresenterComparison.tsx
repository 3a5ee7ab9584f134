/**
 * The comparison on the projector: the radar of both assessments, the verdict then and now, and
 * the gaps that moved, each with its arrow and levels. The console's stage has the rest.
 */
import { useMemo } from 'react';
import { assessmentLabel, comparisonRadarChart } from '../../../../shared/charts/comparisonRadarChart';
import { buildComparison } from '../../../../shared/compare/comparison';
import type { Session } from '../../../../shared/model/session';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';
import { SvgView } from '../../ui/SvgView';
import { useChartPalette } from '../verdict/useChartPalette';
import { VerdictMark } from '../verdict/VerdictMark';
import './comparison.css';

export function PresenterComparison({ session }: { session: Session }) {
  const i18n = useI18n();
  const framework = useFramework();
  const palette = useChartPalette();
  const comparison = useMemo(() => buildComparison(session), [session]);
  const radar = useMemo(() => (comparison ? comparisonRadarChart(i18n, comparison, palette) : null), [i18n, comparison, palette]);
  if (!comparison || !radar) return <p className="presenter-note">{i18n.t('comparisonStage.none')}</p>;
  const moved = comparison.gaps.filter((g) => g.direction === 'up' || g.direction === 'down');
  return (
    <div className="presenter-compare" data-testid="presenter-comparison">
      <div className="presenter-compare-chart">
        <SvgView chart={radar} />
      </div>
      <div className="presenter-compare-side">
        <p className="presenter-compare-verdicts">
          {[comparison.verdict.then, comparison.verdict.now].map((verdict, i) => (
            <span key={i === 0 ? 'then' : 'now'} className="compare-verdict" data-verdict={verdict.value} data-side={i === 0 ? 'then' : 'now'}>
              <span className="compare-verdict-sign">
                <VerdictMark value={verdict.value} size={30} />
              </span>
              <span className="compare-verdict-text">
                <span className="muted small">{assessmentLabel(i18n, i === 0 ? comparison.then : comparison.now)}</span>
                <strong className="compare-verdict-word">{i18n.text(VERDICT_LABELS[verdict.value])}</strong>
              </span>
            </span>
          ))}
        </p>
        {moved.length === 0 ? (
          <p className="presenter-note">{i18n.t('presenter.comparison.noneMoved')}</p>
        ) : (
          <ul className="presenter-compare-moves">
            {moved.map((gap) => (
              <li key={gap.gapId} data-direction={gap.direction}>
                <span className="compare-arrow" aria-hidden="true">
                  {gap.direction === 'up' ? '▲' : '▼'}
                </span>
                <span>{i18n.t('presenter.comparison.move', { gap: framework.gapById(gap.gapId).name, then: gap.then ?? 0, now: gap.now ?? 0, direction: gap.direction })}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="presenter-compare-flags">{i18n.t('presenter.comparison.flags', { closed: comparison.flags.closed.length, opened: comparison.flags.opened.length })}</p>
      </div>
    </div>
  );
}
