/** How a backup's time reads in the list: "Today, 10:42", "Yesterday, 23:05", "Mon 9 Mar, 09:30" (German: "Heute, 10:42"). */
import type { Translator } from '../../../../shared/i18n';
import { daysBetween, formatInstant, localDay } from '../../../../shared/text/dates';

/** `inSentence`: written inside a sentence ("from today, 10:42"), so the day starts in lower case where the language wants it. */
export function backupWhen(takenAt: Date, now: Date, i18n: Translator, inSentence = false): string {
  const days = daysBetween(localDay(takenAt), localDay(now));
  const clock = formatInstant(takenAt, 'clock', i18n.locale) ?? '';
  if (days === 0 || days === 1) return i18n.t(inSentence ? 'backups.when.inSentence' : 'backups.when', { day: days === 0 ? 'today' : 'yesterday', clock });
  return formatInstant(takenAt, 'weekdayClock', i18n.locale) ?? '';
}
