/** A gap's consensus level: the coloured chip with its number, and the level's name in words. */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import { LEVEL_NAMES, type Level } from '../../../../shared/framework/types';

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span className="plan-level" title={LEVEL_NAMES[level]}>
      <span className="level-chip plan-level-chip" style={{ background: LEVEL_COLORS[level].fill, color: LEVEL_COLORS[level].text }}>
        {level}
      </span>
      <span className="muted small">{LEVEL_NAMES[level]}</span>
    </span>
  );
}
