import { timeboxRemainingMs } from '../../../../shared/phases/agenda';
import type { Stage } from '../../../../shared/model/session';
import { Icon } from '../../ui/Icon';
import { useNow } from './useNow';
import { useI18n } from '../../i18n/TranslatorContext';

function formatClock(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * The stage's timebox: counts down from when the room first entered the stage, and stops when the
 * room moved on with Next. Stopping says how long the stage took, never that it is done: done
 * means its content is complete (shared/phases/stageCompletion.ts), which the phase rail shows.
 */
export function Timebox({ stage }: { stage: Stage }) {
  const now = useNow(stage.startedAt !== null && stage.completedAt === null);
  const i18n = useI18n();
  const minutes = stage.timeboxMinutes;
  if (stage.completedAt !== null) {
    const took = stage.startedAt === null ? null : Math.max(1, Math.round((stage.completedAt - stage.startedAt) / 60_000));
    return (
      <span className="timebox" data-state="stopped">
        <Icon name="clock" size={18} /> {took === null ? i18n.t('workshop.timebox.box', { minutes }) : i18n.t('workshop.timebox.took', { took, minutes })}
      </span>
    );
  }
  const remaining = timeboxRemainingMs(stage, now);
  if (remaining === null) {
    return (
      <span className="timebox" data-state="idle">
        <Icon name="clock" size={18} /> {i18n.t('workshop.timebox.idle', { minutes })}
      </span>
    );
  }
  const over = remaining < 0;
  return (
    <span className="timebox" data-state={over ? 'over' : remaining < 120_000 ? 'ending' : 'running'} role="timer" aria-label={over ? i18n.t('workshop.timebox.overLabel', { clock: formatClock(remaining), minutes }) : i18n.t('workshop.timebox.leftLabel', { clock: formatClock(remaining), minutes })}>
      <Icon name="clock" size={18} /> {over ? i18n.t('workshop.timebox.over', { clock: formatClock(remaining) }) : i18n.t('workshop.timebox.left', { clock: formatClock(remaining) })}
    </span>
  );
}
