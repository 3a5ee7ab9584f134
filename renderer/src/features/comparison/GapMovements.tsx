/**
 * How each gap moved since the baseline: its level then and now (chip, number and name), the
 * change as an arrow and in words, and the reasons the room recorded with each consensus.
 */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import { gapNameHyphenated } from '../../../../shared/framework/localize';
import type { Level } from '../../../../shared/framework/types';
import { DIRECTION_SELECT, type Comparison, type GapDirection, type GapMovement } from '../../../../shared/compare/comparison';
import type { Session } from '../../../../shared/model/session';
import { stageId } from '../../../../shared/phases/agenda';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';
import { GapBadge } from '../verdict/GapBadge';


/** A shape per direction, so the change reads without its colour. */
const ARROW: Partial<Record<GapDirection, string>> = { up: '▲', down: '▼', same: '=' };

function LevelCell({ level, absent }: { level: Level | null; absent?: boolean }) {
  const i18n = useI18n();
  const framework = useFramework();
  if (absent) return <span className="muted">{i18n.t('comparisonStage.gaps.notInBaseline')}</span>;
  if (level === null) return <span className="compare-unscored">{i18n.t('comparisonStage.gaps.unscored')}</span>;
  return (
    <span className="compare-level">
      <span className="level-chip" style={{ background: LEVEL_COLORS[level].fill, color: LEVEL_COLORS[level].text }}>
        {level}
      </span>
      <span className="compare-level-name">{framework.levelNames[level]}</span>
    </span>
  );
}

function Reasons({ gap }: { gap: GapMovement }) {
  const i18n = useI18n();
  if (!gap.rationaleNow && !gap.rationaleThen) return <span className="muted">{i18n.t('comparisonStage.gaps.noReason')}</span>;
  return (
    <>
      {gap.rationaleNow ? <p className="compare-reason">{gap.rationaleNow}</p> : null}
      {gap.rationaleThen ? <p className="compare-reason-then muted small">{i18n.t('comparisonStage.gaps.reasonThen', { reason: gap.rationaleThen })}</p> : null}
    </>
  );
}

export function GapMovements({ comparison, session, goTo }: { comparison: Comparison; session: Session; goTo(stageId: string): void }) {
  const i18n = useI18n();
  const framework = useFramework();
  return (
    <section className="card panel" aria-labelledby="compare-gaps-title">
      <h2 id="compare-gaps-title" className="compare-section-title">
        {i18n.t('comparisonStage.gaps.title')}
      </h2>
      <table className="compare-table compare-gaps" data-testid="compare-gaps">
        <colgroup>
          <col className="compare-col-gap" />
          <col className="compare-col-level" />
          <col className="compare-col-change" />
          <col className="compare-col-level" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{i18n.t('comparisonStage.gaps.gap')}</th>
            <th scope="col">{i18n.t('comparisonStage.gaps.then')}</th>
            <th scope="col">{i18n.t('comparisonStage.gaps.change')}</th>
            <th scope="col">{i18n.t('comparisonStage.gaps.now')}</th>
            <th scope="col">{i18n.t('comparisonStage.gaps.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.gaps.map((gap) => {
            const name = framework.gapById(gap.gapId).name;
            const stage = session.agenda.some((s) => s.id === stageId('gap', gap.gapId)) ? stageId('gap', gap.gapId) : null;
            return (
              <tr key={gap.gapId} data-testid="compare-gap" data-gap={gap.gapId} data-direction={gap.direction}>
                <th scope="row">
                  <span className="compare-gap-name">
                    <GapBadge gapId={gap.gapId} />
                    {stage ? (
                      <button type="button" className="compare-gap-link" onClick={() => goTo(stage)} aria-label={i18n.t('comparisonStage.gaps.open', { gap: name })}>
                        {gapNameHyphenated(i18n, gap.gapId)}
                      </button>
                    ) : (
                      gapNameHyphenated(i18n, gap.gapId)
                    )}
                  </span>
                </th>
                <td>
                  <LevelCell level={gap.then} absent={gap.direction === 'new-gap'} />
                </td>
                <td className="compare-change" data-direction={gap.direction}>
                  <span className="compare-change-line">
                    {ARROW[gap.direction] ? (
                      <span className="compare-arrow" aria-hidden="true">
                        {ARROW[gap.direction]}
                      </span>
                    ) : null}
                    <span data-testid="compare-gap-change">{i18n.t('comparisonStage.gaps.direction', { direction: DIRECTION_SELECT[gap.direction], change: Math.abs(gap.change ?? 0) })}</span>
                  </span>
                </td>
                <td>
                  <LevelCell level={gap.now} />
                </td>
                <td className="compare-reasons">
                  <Reasons gap={gap} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
