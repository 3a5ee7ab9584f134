/** The heading of one group of the plan: the gap (icon, colour, level), the owner or the month, and a count. */
import type { ActionGroup, Grouping } from '../../../../shared/actions/grouping';
import type { Session } from '../../../../shared/model/session';
import { effectiveLevel } from '../../../../shared/scoring/rounds';
import { useI18n } from '../../i18n/TranslatorContext';
import { useFramework } from '../../i18n/useFramework';
import { Icon } from '../../ui/Icon';
import { LevelBadge } from './LevelBadge';

export function ActionGroupHeading({ session, grouping, group, headingId }: { session: Session; grouping: Grouping; group: ActionGroup; headingId: string }) {
  const i18n = useI18n();
  const framework = useFramework();
  const gap = grouping === 'gap' ? framework.gaps.find((g) => g.id === group.key) : undefined;
  const level = gap ? effectiveLevel(session, gap.id) : null;
  const count = group.actions.length;
  return (
    <div className="action-group-heading" data-attention={group.needsAttention || undefined} style={gap ? { ['--gap-color' as string]: gap.color } : undefined}>
      {gap ? (
        <span className="gap-badge" aria-hidden="true">
          <Icon name={gap.icon} size={18} />
        </span>
      ) : null}
      <h3 id={headingId}>{i18n.text(group.label)}</h3>
      {level !== null ? <LevelBadge level={level} /> : null}
      <span className="muted action-group-count">{i18n.t('actionPlan.group.count', { count })}</span>
    </div>
  );
}
