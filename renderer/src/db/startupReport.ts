/**
 * What start-up tells the facilitator when something was not as it should be: a working store
 * that had to be rebuilt, sessions brought back from disk, damaged files and what was done about
 * them. Messages in the window's language; each line about one session may offer its backups.
 */
import { localized, msg, type Message } from '../../../shared/i18n';
import { quotedMessage, sentences } from '../../../shared/scoring/words';
import { formatInstant } from '../../../shared/text/dates';
import type { ReconcileReport } from './reconcile';
import type { WorkingStoreState } from './openWorkingStore';

export interface StartupNotice {
  text: Message;
  /** The session whose backups are worth a look, when there is one. */
  sessionId: string | null;
  tone: 'warning' | 'info';
}

function when(iso: string) {
  return localized((locale) => formatInstant(iso, 'dayClock', locale) ?? iso);
}

function named(name: string | null): Message {
  return name ? quotedMessage(name) : msg('startup.aSession');
}

export function startupNotices(store: WorkingStoreState, report: ReconcileReport | null, reconcileError: string | null, storeWasEmpty: boolean): StartupNotice[] {
  const notices: StartupNotice[] = [];
  const brought = report ? report.restored : 0;
  if (store.state === 'rebuilt') {
    notices.push({ tone: 'warning', sessionId: null, text: msg('startup.store.rebuilt', { count: brought }) });
  } else if (store.state === 'newer') {
    notices.push({ tone: 'warning', sessionId: null, text: msg('startup.store.newer') });
  } else if (store.state === 'unavailable') {
    notices.push({ tone: 'warning', sessionId: null, text: msg('startup.store.unavailable', { reason: store.reason }) });
  } else if (storeWasEmpty && brought > 0) {
    notices.push({ tone: 'info', sessionId: null, text: msg('startup.store.empty', { count: brought }) });
  }
  if (reconcileError) notices.push({ tone: 'warning', sessionId: null, text: msg('startup.reconcileFailed', { reason: reconcileError }) });

  for (const { problem, initiative, kept } of report?.recovered ?? []) {
    const name = named(initiative);
    if (kept === 'app') {
      notices.push({ tone: 'info', sessionId: null, text: msg('startup.recovered.appCopy', { name }) });
    } else if (kept === 'disk' && problem.kind === 'repaired') {
      const repairs = problem.repairs ?? [];
      notices.push({
        tone: 'warning',
        sessionId: problem.sessionId ?? null,
        text: msg('startup.recovered.repaired', {
          name,
          details: repairs.length > 0 ? msg('startup.repairDetails', { details: sentences(repairs), more: repairCount(problem.message) - repairs.length }) : '',
          backup: problem.backupTakenAt ? msg('startup.offerBackup', { when: when(problem.backupTakenAt) }) : '',
        }),
      });
    } else if (kept === 'disk') {
      notices.push({
        tone: 'warning',
        sessionId: problem.sessionId ?? null,
        text: problem.backupTakenAt
          ? msg('startup.recovered.usedBackup', { name, when: when(problem.backupTakenAt) })
          : msg('startup.recovered.usedEarlierBackup', { name }),
      });
    } else {
      notices.push({ tone: 'warning', sessionId: null, text: msg('startup.unreadableFile', { file: problem.file, reason: problem.message }) });
    }
  }
  return notices;
}

/** How many repairs a "repaired" problem reports in all (its message carries the count). */
function repairCount(message: Message): number {
  const count = message.values?.count;
  return typeof count === 'number' ? count : 0;
}
