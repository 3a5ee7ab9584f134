import { useFramework } from '../../i18n/useFramework';
import type { GapId } from '../../../../shared/framework/types';
import { Icon } from '../../ui/Icon';

/** The gap's own icon on its own colour, with its number beside it: the same mark as the rail. */
export function GapBadge({ gapId }: { gapId: GapId }) {
  const gap = useFramework().gapById(gapId);
  return (
    <span className="verdict-gap" style={{ ['--gap-color' as string]: gap.color }}>
      <span className="verdict-gap-icon" aria-hidden="true">
        <Icon name={gap.icon} size={16} />
      </span>
      <span className="verdict-gap-number">{gap.number}</span>
    </span>
  );
}
