/** Where the room disagrees: each divergent gap with its votes, its camps and a way back to it. */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import { LEVELS } from '../../../../shared/framework/types';
import { stageId } from '../../../../shared/phases/agenda';
import type { Disagreement } from '../../../../shared/summary/summaryModel';
import { Icon } from '../../ui/Icon';
import { GapBadge } from './GapBadge';
import { useFramework } from '../../i18n/useFramework';

function names(list: readonly string[]): string {
  if (list.length <= 3) return list.join(', ');
  return `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}

export function DisagreementList({ items, goTo }: { items: readonly Disagreement[]; goTo(stageId: string): void }) {
  const framework = useFramework();
  if (items.length === 0) {
    return <p className="muted summary-empty">No gap divides the room: in every revealed round the votes sit within one point of each other.</p>;
  }
  return (
    <ul className="disagreements">
      {items.map((d) => (
        <li key={d.gapId} className="disagreement">
          <div className="disagreement-head">
            <GapBadge gapId={d.gapId} />
            <h4>{framework.gapById(d.gapId).name}</h4>
            <button type="button" className="btn btn-small btn-ghost disagreement-go" onClick={() => goTo(stageId('gap', d.gapId))}>
              Go to gap<span className="visually-hidden"> {framework.gapById(d.gapId).name}</span> <Icon name="next" size={16} />
            </button>
          </div>
          <p className="disagreement-facts">
            Round {d.roundNumber}: votes from <strong>{d.min}</strong> to <strong>{d.max}</strong>, a spread of {d.spread}
            {d.camps ? (
              <>
                {' · '}
                <span className="pill pill-caution">
                  two camps, at {d.camps.low} and {d.camps.high}
                </span>
              </>
            ) : null}
          </p>
          <ul className="vote-spread" aria-label="Votes per level">
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
              <span className="muted">Lowest:</span> {names(d.lowest)} <span className="muted">· Highest:</span> {names(d.highest)}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
