/**
 * Champions against skeptics, per gap: both means on one 1–5 scale (a dumbbell), with the numbers
 * written out. In anonymous mode a group of fewer than 3 people is not described at all.
 */
import type { ChampionsVsSkeptics, SegmentSummary } from '../../../../shared/summary/summaryModel';
import { formatDifference, formatLevel } from '../../../../shared/text/numbers';
import { useI18n } from '../../i18n/TranslatorContext';
import { GapBadge } from './GapBadge';
import { useFramework } from '../../i18n/useFramework';

const SCALE_W = 200;
const PAD = 12;

function x(level: number): number {
  return PAD + ((level - 1) / 4) * (SCALE_W - PAD * 2);
}

function SegmentCell({ segment }: { segment: SegmentSummary }) {
  const i18n = useI18n();
  if (segment.hidden) return <span className="muted small">{i18n.t('verdictStage.cvs.hidden')}</span>;
  if (segment.mean === null) return <span className="muted">—</span>;
  return (
    <span>
      <strong className="segment-mean">{formatLevel(segment.mean, i18n.locale)}</strong> <span className="muted small">{i18n.t('verdictStage.cvs.count', { count: segment.count })}</span>
    </span>
  );
}

function Dumbbell({ row }: { row: ChampionsVsSkeptics }) {
  const c = row.champions.mean;
  const s = row.skeptics.mean;
  return (
    <svg className="dumbbell" width={SCALE_W} height={30} viewBox={`0 0 ${SCALE_W} 30`} aria-hidden="true" focusable="false">
      <line x1={x(1)} x2={x(5)} y1={15} y2={15} className="dumbbell-track" />
      {[1, 2, 3, 4, 5].map((level) => (
        <line key={level} x1={x(level)} x2={x(level)} y1={10} y2={20} className="dumbbell-tick" />
      ))}
      {c !== null && s !== null ? <line x1={x(s)} x2={x(c)} y1={15} y2={15} className="dumbbell-bar" data-split={row.split || undefined} /> : null}
      {s !== null ? <rect x={x(s) - 6.5} y={8.5} width={13} height={13} className="dumbbell-skeptic" /> : null}
      {c !== null ? <circle cx={x(c)} cy={15} r={7.5} className="dumbbell-champion" /> : null}
    </svg>
  );
}

export function ChampionsSkeptics({ rows, threshold }: { rows: readonly ChampionsVsSkeptics[]; threshold: number }) {
  const i18n = useI18n();
  const framework = useFramework();
  return (
    <table className="cvs-table">
      <caption className="visually-hidden">{i18n.t('verdictStage.cvs.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('verdictStage.cvs.gap')}</th>
          <th scope="col">
            <span className="cvs-head">
              <span className="cvs-key cvs-key-champion" aria-hidden="true" />
              <span>{i18n.t('verdictStage.cvs.champions')}</span>
            </span>
          </th>
          <th scope="col">
            <span className="cvs-head">
              <span className="cvs-key cvs-key-skeptic" aria-hidden="true" />
              <span>{i18n.t('verdictStage.cvs.skeptics')}</span>
            </span>
          </th>
          <th scope="col" className="cvs-scale-head">
            <span aria-hidden="true" className="cvs-scale-labels">
              <span>1</span>
              <span>3</span>
              <span>5</span>
            </span>
            <span className="visually-hidden">{i18n.t('verdictStage.cvs.scale')}</span>
          </th>
          <th scope="col">{i18n.t('verdictStage.cvs.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.gapId} data-split={row.split || undefined}>
            <th scope="row">
              <span className="cvs-gap">
                <GapBadge gapId={row.gapId} />
                {framework.gapById(row.gapId).name}
              </span>
            </th>
            <td>
              <SegmentCell segment={row.champions} />
            </td>
            <td>
              <SegmentCell segment={row.skeptics} />
            </td>
            <td>
              <Dumbbell row={row} />
            </td>
            <td className="cvs-diff-cell">
              {row.difference !== null ? <span className="cvs-diff">{formatDifference(row.difference, i18n.locale)}</span> : <span className="muted">—</span>}
              {row.split ? (
                <span className="pill pill-caution" title={i18n.t('verdictStage.cvs.splitTitle', { threshold })}>
                  {i18n.t('verdictStage.cvs.split')}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
