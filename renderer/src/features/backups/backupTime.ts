/** How a backup's time reads in the list: "Today, 10:42", "Yesterday, 23:05", "Mon 9 Mar, 09:30". */
import { daysBetween, formatInstant, localDay } from '../../../../shared/text/dates';

export function backupWhen(takenAt: Date, now: Date): string {
  const days = daysBetween(localDay(takenAt), localDay(now));
  const clock = formatInstant(takenAt, 'clock') ?? '';
  if (days === 0) return `Today, ${clock}`;
  if (days === 1) return `Yesterday, ${clock}`;
  return formatInstant(takenAt, 'weekdayClock') ?? '';
}
