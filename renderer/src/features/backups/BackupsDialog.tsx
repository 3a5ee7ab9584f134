/**
 * "Restore a backup": a session's backups, newest first, each with what changed since it was
 * taken, and a Restore button. Restoring backs up the current state first, so it can be undone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SessionBackup } from '../../../../shared/ipc/contract';
import { diffSessions } from '../../../../shared/model/sessionDiff';
import type { Session } from '../../../../shared/model/session';
import { db } from '../../db/database';
import { call, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { Dialog } from '../../ui/Dialog';
import { formatAgo } from '../../../../shared/text/dates';
import { backupWhen } from './backupTime';
import { restoreBackup } from './restoreBackup';
import './backups.css';
import { useI18n } from '../../i18n/TranslatorContext';

type Listing = { state: 'loading' } | { state: 'ready'; backups: SessionBackup[] } | { state: 'failed'; message: string };

export function BackupsDialog({ sessionId, onClose }: { sessionId: string | null; onClose(): void }) {
  const i18n = useI18n();
  return (
    <Dialog open={sessionId !== null} title={i18n.t('backups.title')} onClose={onClose}>
      {sessionId ? <BackupsView key={sessionId} sessionId={sessionId} onClose={onClose} /> : null}
    </Dialog>
  );
}

function BackupsView({ sessionId, onClose }: { sessionId: string; onClose(): void }) {
  const current = useLiveQuery(async () => (await db.sessions.get(sessionId)) ?? null, [sessionId]);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const showToast = useAppStore((s) => s.showToast);
  const i18n = useI18n();
  const now = new Date();

  useEffect(() => {
    let cancelled = false;
    call('listSessionBackups', { id: sessionId }).then(
      ({ backups }) => !cancelled && setListing({ state: 'ready', backups }),
      (error: unknown) => !cancelled && setListing({ state: 'failed', message: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  async function restore(backup: SessionBackup) {
    setBusy(true);
    try {
      const { safetyBackup } = await restoreBackup(sessionId, backup.name);
      onClose();
      const when = backupWhen(new Date(backup.takenAt), new Date(), i18n, true);
      showToast({
        tone: 'success',
        message: i18n.t('backups.toast.restored', { when }),
        timeoutMs: 15_000,
        action: {
          label: i18n.t('common.undo'),
          run: async () => {
            try {
              await restoreBackup(sessionId, safetyBackup);
              showToast({ tone: 'info', message: i18n.t('backups.toast.undone') });
            } catch (error) {
              showToast({ tone: 'error', message: messageOf(error) });
            }
          },
        },
      });
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dialog-body backups-dialog" data-testid="backups-dialog">
      <div>
        <p className="eyebrow">{current?.initiative ?? i18n.t('backups.session')}</p>
        <h2>{i18n.t('backups.title')}</h2>
        <p className="muted backups-intro">{i18n.t('backups.intro')}</p>
      </div>
      {listing.state === 'loading' ? (
        <p className="muted" role="status">
          {i18n.t('backups.loading')}
        </p>
      ) : listing.state === 'failed' ? (
        <p className="field-error" role="alert">
          {listing.message}
        </p>
      ) : listing.backups.length === 0 ? (
        <p className="backups-empty muted" role="status">
          {i18n.t('backups.empty')}
        </p>
      ) : (
        <ol className="backup-list" aria-label={i18n.t('backups.list.label')}>
          {listing.backups.map((backup) => (
            <BackupRow key={backup.name} backup={backup} current={current ?? null} now={now} busy={busy} onRestore={() => void restore(backup)} />
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {i18n.t('common.close')}
        </button>
      </div>
    </div>
  );
}

interface BackupRowProps {
  backup: SessionBackup;
  current: Session | null;
  now: Date;
  busy: boolean;
  onRestore(): void;
}

function BackupRow({ backup, current, now, busy, onRestore }: BackupRowProps) {
  const i18n = useI18n();
  const takenAt = new Date(backup.takenAt);
  const when = backupWhen(takenAt, now, i18n);
  const changes = backup.session && current ? diffSessions(backup.session, current) : null;
  return (
    <li className="backup-row" data-testid="backup-row">
      <div className="backup-time">
        <strong>{when}</strong>
        <span className="muted small">{formatAgo(takenAt, now, i18n.locale)}</span>
        {backup.session && current && backup.session.initiative !== current.initiative ? (
          <span className="backup-name small" title={backup.session.initiative}>
            {i18n.t('files.conflict.quoted', { initiative: backup.session.initiative })}
          </span>
        ) : null}
      </div>
      <div className="backup-changes">
        {backup.session === null ? (
          <span className="backup-problem">{backup.problemText ? i18n.text(backup.problemText) : (backup.problem ?? i18n.t('backups.unreadable'))}</span>
        ) : changes === null ? null : changes.length === 0 ? (
          <span className="muted">{i18n.t('backups.same')}</span>
        ) : (
          <>
            <span className="backup-changes-label muted small">{i18n.t('backups.changedSince')}</span>
            <ul className="change-chips" aria-label={i18n.t('backups.changedSinceLabel', { when })}>
              {changes.map((line) => (
                <li key={line.area} className="change-chip">
                  {i18n.t('backups.change', { area: line.area })} <strong>{i18n.text(line.detail)}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" className="btn" onClick={onRestore} disabled={busy || backup.session === null} aria-label={i18n.t('backups.restoreLabel', { when })}>
        {i18n.t('backups.restore')}
      </button>
    </li>
  );
}
