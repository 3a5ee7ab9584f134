/** How a backup's time reads in the list: "Today, 10:42" and "12 minutes ago". */

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

export function backupWhen(takenAt: Date, now: Date): string {
  const days = Math.round((startOfDay(now) - startOfDay(takenAt)) / 86_400_000);
  if (days === 0) return `Today, ${clock.format(takenAt)}`;
  if (days === 1) return `Yesterday, ${clock.format(takenAt)}`;
  return dayAndClock.format(takenAt);
}

export function backupAgo(takenAt: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - takenAt.getTime()) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  return relative.format(-Math.round(hours / 24), 'day');
}
