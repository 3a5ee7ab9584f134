/** Where the room disagrees: each divergent gap with its votes, its camps and a way back to it. */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import { LEVELS } from '../../../../shared/framework/types';
import { stageId } from '../../../../shared/phases/agenda';
import type { Disagreement } from '../../../../shared/summary/summaryModel';
import type { Translator } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { GapBadge } from './GapBadge';
import { useFramework } from '../../i18n/useFramework';

function names(list: readonly string[], i18n: Translator): string {
  if (list.length <= 3) return list.join(', ');
  return i18n.t('verdictStage.disagreements.andMore', { names: list.slice(0, 3).join(', '), more: list.length - 3 });
}

export function DisagreementList({ items, goTo }: { items: readonly Disagreement[]; goTo(stageId: string): void }) {
  const i18n = useI18n();
  const framework = useFramework();
  if (items.length === 0) {
    return <p className="muted summary-empty">{i18n.t('verdictStage.disagreements.none')}</p>;
  }
  return (
    <ul className="disagreements">
      {items.map((d) => (
        <li key={d.gapId} className="disagreement">
          <div className="disagreement-head">
            <GapBadge gapId={d.gapId} />
            <h4>{framework.gapById(d.gapId).name}</h4>
            <button type="button" className="btn btn-small btn-ghost disagreement-go" onClick={() => goTo(stageId('gap', d.gapId))}>
              {i18n.t('verdictStage.disagreements.goToGap')}<span className="visually-hidden"> {i18n.text(d.name)}</span> <Icon name="next" size={16} />
            </button>
          </div>
          <p className="disagreement-facts">
            {i18n.t('verdictStage.disagreements.facts', { round: d.roundNumber, min: d.min, max: d.max, spread: d.spread })}
            {d.camps ? (
              <>
                {' · '}
                <span className="pill pill-caution">{i18n.t('verdictStage.disagreements.camps', { low: d.camps.low, high: d.camps.high })}</span>
              </>
            ) : null}
          </p>
          <ul className="vote-spread" aria-label={i18n.t('verdictStage.disagreements.votesPerLevel')}>
            {LEVELS.map((level) => (
              <li key={level} data-empty={d.distribution[level] === 0 || undefined}>
                <span className="level-chip level-chip-small" style={{ background: LEVEL_COLORS[level].fill, color: LEVEL_COLORS[level].text }}>
                  {level}
                </span>
                <span className="vote-count">×{d.distribution[level]}</span>
              </li>
            ))}
            {d.distribution.unsure > 0 ? (
              <li>
                <span className="level-chip level-chip-small level-chip-unsure">?</span>
                <span className="vote-count">×{d.distribution.unsure}</span>
              </li>
            ) : null}
          </ul>
          {d.lowest.length > 0 ? (
            <p className="disagreement-people small">
              <span className="muted">{i18n.t('verdictStage.disagreements.lowest')}</span> {names(d.lowest, i18n)} <span className="muted">· {i18n.t('verdictStage.disagreements.highest')}</span> {names(d.highest, i18n)}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
