/**
 * Restoring a backup: what is pending is written to disk first, main backs up the current file
 * (so the restore can be undone) and returns the backup's session, which goes into the library
 * like any change.
 */
import type { Session } from '../../../../shared/model/session';
import { db } from '../../db/database';
import { flushMirror } from '../../db/mirrorScheduler';
import { forgetHistory } from '../../commands/historyDatabase';
import { addSession } from '../../db/sessionRepository';
import { AppError, call } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { windowI18n } from '../../i18n/windowI18n';

export async function restoreBackup(sessionId: string, name: string): Promise<{ session: Session; safetyBackup: string }> {
  await flushMirror();
  if (useAppStore.getState().saveStatus.state === 'failed') {
    throw new AppError('io', windowI18n().t('backups.notSaved'));
  }
  const current = await db.sessions.get(sessionId);
  const { session, safetyBackup } = await call('restoreSessionBackup', { id: sessionId, name });
  // Stamped as the newest version, so the copies on disk and in the window agree on it.
  await addSession({ ...session, deletedAt: null, updatedAt: Math.max(Date.now(), (current?.updatedAt ?? 0) + 1) });
  await forgetHistory(sessionId);
  return { session, safetyBackup };
}
