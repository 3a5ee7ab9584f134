/**
 * The comparison with the baseline, made for the projector: which assessments are compared and the
 * verdict then and now first, then the radar of both, how each gap moved and why, the flags closed
 * and opened, the KPI results, the actions since, and who changed their mind most. All of it comes
 * from shared/compare/comparison.ts, the same data every document prints.
 */
import { useMemo } from 'react';
import { comparisonRadarChart, assessmentLabel } from '../../../../shared/charts/comparisonRadarChart';
import { buildComparison, type Comparison } from '../../../../shared/compare/comparison';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { useI18n } from '../../i18n/TranslatorContext';
import { SvgView } from '../../ui/SvgView';
import { useChartPalette } from '../verdict/useChartPalette';
import { VerdictMark } from '../verdict/VerdictMark';
import type { StageProps } from '../workshop/stageProps';
import { ActionsSince, FlagsSince, KpisThenNow, MindChanges } from './ComparisonLists';
import { GapMovements } from './GapMovements';
import '../verdict/verdict.css';
import './comparison.css';

function VerdictThenNow({ comparison }: { comparison: Comparison }) {
  const i18n = useI18n();
  const sides = [
    { key: 'then', assessment: comparison.then, verdict: comparison.verdict.then },
    { key: 'now', assessment: comparison.now, verdict: comparison.verdict.now },
  ] as const;
  const changed = comparison.verdict.then.value !== comparison.verdict.now.value;
  return (
    <section className="card compare-verdicts" aria-labelledby="compare-verdict-title" data-testid="compare-verdict">
      <h2 id="compare-verdict-title" className="eyebrow">
        {i18n.t('comparisonStage.verdict.title')}
      </h2>
      <div className="compare-verdict-row">
        {sides.map((side, index) => (
          <div key={side.key} className="compare-verdict-side">
            {index === 1 ? (
              <span className="compare-verdict-arrow" aria-hidden="true">
                →
              </span>
            ) : null}
            <div className="compare-verdict" data-verdict={side.verdict.value} data-side={side.key}>
              <span className="compare-verdict-sign">
                <VerdictMark value={side.verdict.value} size={36} />
              </span>
              <span className="compare-verdict-text">
                <span className="muted small">{assessmentLabel(i18n, side.assessment)}</span>
                <strong className="compare-verdict-word">{i18n.text(VERDICT_LABELS[side.verdict.value])}</strong>
              </span>
            </div>
          </div>
        ))}
      </div>
      <p className="compare-verdict-change">{i18n.t('comparisonStage.verdict.change', { changed: changed ? 'yes' : 'no', overridden: comparison.verdict.now.overridden ? 'yes' : 'no' })}</p>
    </section>
  );
}

function Stats({ comparison }: { comparison: Comparison }) {
  const i18n = useI18n();
  const up = comparison.gaps.filter((g) => g.direction === 'up').length;
  const down = comparison.gaps.filter((g) => g.direction === 'down').length;
  return (
    <dl className="summary-stats compare-stats">
      <div data-tone={up > 0 ? 'success' : undefined}>
        <dt>{i18n.t('comparisonStage.stats.up')}</dt>
        <dd data-testid="compare-gaps-up">{up}</dd>
      </div>
      <div data-tone={down > 0 ? 'warning' : undefined}>
        <dt>{i18n.t('comparisonStage.stats.down')}</dt>
        <dd data-testid="compare-gaps-down">{down}</dd>
      </div>
      <div data-tone={comparison.flags.closed.length > 0 ? 'success' : undefined}>
        <dt>{i18n.t('comparisonStage.stats.flagsClosed')}</dt>
        <dd>{comparison.flags.closed.length}</dd>
      </div>
      <div data-tone={comparison.flags.opened.length > 0 ? 'danger' : undefined}>
        <dt>{i18n.t('comparisonStage.stats.flagsOpened')}</dt>
        <dd>{comparison.flags.opened.length}</dd>
      </div>
    </dl>
  );
}

export function ComparisonStage({ session, goTo }: StageProps) {
  const i18n = useI18n();
  const palette = useChartPalette();
  const comparison = useMemo(() => buildComparison(session), [session]);
  const radar = useMemo(() => (comparison ? comparisonRadarChart(i18n, comparison, palette) : null), [i18n, comparison, palette]);

  if (!comparison || !radar) {
    return (
      <p className="card panel summary-empty" data-testid="comparison-none">
        {i18n.t('comparisonStage.none')}
      </p>
    );
  }

  return (
    <div className="comparison-stage" data-testid="comparison">
      <VerdictThenNow comparison={comparison} />

      <div className="summary-top">
        <figure className="card summary-figure radar-figure" data-testid="compare-radar">
          <figcaption>
            <h2 className="compare-figure-title">{i18n.t('comparisonStage.radar.title')}</h2>
            <p className="muted small">{i18n.t('comparisonStage.radar.caption')}</p>
          </figcaption>
          <div className="chart-frame">
            <SvgView chart={radar} />
          </div>
        </figure>
        <Stats comparison={comparison} />
      </div>

      <GapMovements comparison={comparison} session={session} goTo={goTo} />
      <FlagsSince comparison={comparison} />
      <KpisThenNow comparison={comparison} />
      <ActionsSince comparison={comparison} />
      <MindChanges comparison={comparison} />
    </div>
  );
}
