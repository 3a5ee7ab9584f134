/**
 * An initiative's readiness over its assessments as a tiny line (1–5 from bottom to top), named
 * for screen readers with the figures it draws. Assessments with nothing scored leave a gap.
 */
import type { ReadinessPoint } from '../../../../shared/portfolio/initiatives';
import { formatLevel } from '../../../../shared/text/numbers';
import { useI18n } from '../../i18n/TranslatorContext';

const WIDTH = 72;
const HEIGHT = 24;
const PAD = 3;

export function ReadinessSparkline({ trend }: { trend: readonly ReadinessPoint[] }) {
  const i18n = useI18n();
  const scored = trend.filter((p) => p.readiness !== null);
  const figures = trend.map((p) => formatLevel(p.readiness, i18n.locale)).join(' → ');
  const label = scored.length === 0 ? i18n.t('portfolio.trend.none') : i18n.t('portfolio.trend.label', { figures, count: trend.length });
  const x = (index: number) => (trend.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (trend.length - 1));
  const y = (level: number) => HEIGHT - PAD - ((level - 1) * (HEIGHT - 2 * PAD)) / 4;
  const points = trend.flatMap((p, index) => (p.readiness === null ? [] : [`${x(index).toFixed(1)},${y(p.readiness).toFixed(1)}`]));
  return (
    <svg className="sparkline" role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} data-testid="readiness-trend">
      <line className="sparkline-base" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
      {points.length > 1 ? <polyline className="sparkline-line" points={points.join(' ')} /> : null}
      {trend.map((p, index) => (p.readiness === null ? null : <circle key={p.sessionId} className="sparkline-dot" cx={x(index)} cy={y(p.readiness)} r={2.5} />))}
    </svg>
  );
}
