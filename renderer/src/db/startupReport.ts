/**
 * What start-up tells the facilitator when something was not as it should be: a working store
 * that had to be rebuilt, sessions brought back from disk, damaged files and what was done about
 * them. Plain sentences; each line about one session may offer its backups.
 */
import { formatInstant } from '../../../shared/text/dates';
import { pluralWord } from '../../../shared/text/plural';
import type { ReconcileReport } from './reconcile';
import type { WorkingStoreState } from './openWorkingStore';

export interface StartupNotice {
  text: string;
  /** The session whose backups are worth a look, when there is one. */
  sessionId: string | null;
  tone: 'warning' | 'info';
}

function when(iso: string): string {
  return formatInstant(iso, 'dayClock') ?? iso;
}

function quoted(name: string | null): string {
  return name ? `“${name}”` : 'A session';
}

export function startupNotices(store: WorkingStoreState, report: ReconcileReport | null, reconcileError: string | null, storeWasEmpty: boolean): StartupNotice[] {
  const notices: StartupNotice[] = [];
  const brought = report ? report.restored : 0;
  const back = `${brought} ${pluralWord(brought, 'session was', 'sessions were')} brought back from the copies on disk`;
  if (store.state === 'rebuilt') {
    notices.push({ tone: 'warning', sessionId: null, text: `The app's working store on this laptop was damaged and has been rebuilt: ${back}.` });
  } else if (store.state === 'newer') {
    notices.push({
      tone: 'warning',
      sessionId: null,
      text: "The app's working store was last used by a newer version of Readiness Room, which this version cannot read. Your sessions are safe on disk; update Readiness Room to see them.",
    });
  } else if (store.state === 'unavailable') {
    notices.push({
      tone: 'warning',
      sessionId: null,
      text: `The app's working store could not be opened (${store.reason}). Your sessions are safe on disk; close Readiness Room and open it again.`,
    });
  } else if (storeWasEmpty && brought > 0) {
    notices.push({ tone: 'info', sessionId: null, text: `The app's working store was empty: ${back}.` });
  }
  if (reconcileError) notices.push({ tone: 'warning', sessionId: null, text: `The saved copies on disk could not be checked: ${reconcileError}` });

  for (const { problem, initiative, kept } of report?.recovered ?? []) {
    const name = quoted(initiative);
    if (kept === 'app') {
      notices.push({ tone: 'info', sessionId: null, text: `${name}: its file on disk was damaged; the app's own copy is intact and has been saved again.` });
    } else if (kept === 'disk' && problem.kind === 'repaired') {
      const details = problem.message.replace(/^It was damaged and has been repaired: /, '').replace(/ A backup from \S+ can be restored instead\.$/, '');
      const offer = problem.backupTakenAt ? ` If something looks wrong, restore the backup from ${when(problem.backupTakenAt)}.` : '';
      notices.push({ tone: 'warning', sessionId: problem.sessionId ?? null, text: `${name}: its file on disk was damaged and has been repaired. ${details}${offer}` });
    } else if (kept === 'disk') {
      notices.push({
        tone: 'warning',
        sessionId: problem.sessionId ?? null,
        text: `${name}: its file on disk could not be read, so the backup from ${problem.backupTakenAt ? when(problem.backupTakenAt) : 'earlier'} was used. Changes made after it may be missing.`,
      });
    } else {
      notices.push({ tone: 'warning', sessionId: null, text: `A saved session file could not be read: ${problem.file}. ${problem.message} It was left where it is.` });
    }
  }
  return notices;
}
