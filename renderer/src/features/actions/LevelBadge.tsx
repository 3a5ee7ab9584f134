/** A gap's consensus level: the coloured chip with its number, and the level's name in words. */
import { LEVEL_COLORS } from '../../../../shared/framework/levelColors';
import type { Level } from '../../../../shared/framework/types';
import { useFramework } from '../../i18n/useFramework';

export function LevelBadge({ level }: { level: Level }) {
  const framework = useFramework();
  return (
    <span className="plan-level" title={framework.levelNames[level]}>
      <span className="level-chip plan-level-chip" style={{ background: LEVEL_COLORS[level].fill, color: LEVEL_COLORS[level].text }}>
        {level}
      </span>
      <span className="muted small">{framework.levelNames[level]}</span>
    </span>
  );
}
