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

type Listing = { state: 'loading' } | { state: 'ready'; backups: SessionBackup[] } | { state: 'failed'; message: string };

export function BackupsDialog({ sessionId, onClose }: { sessionId: string | null; onClose(): void }) {
  return (
    <Dialog open={sessionId !== null} title="Restore a backup" onClose={onClose}>
      {sessionId ? <BackupsView key={sessionId} sessionId={sessionId} onClose={onClose} /> : null}
    </Dialog>
  );
}

function BackupsView({ sessionId, onClose }: { sessionId: string; onClose(): void }) {
  const current = useLiveQuery(async () => (await db.sessions.get(sessionId)) ?? null, [sessionId]);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const showToast = useAppStore((s) => s.showToast);
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
      const when = backupWhen(new Date(backup.takenAt), new Date()).replace(/^(Today|Yesterday)/, (d) => d.toLowerCase());
      showToast({
        tone: 'success',
        message: `Restored the copy from ${when}. The state before it was backed up.`,
        timeoutMs: 15_000,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await restoreBackup(sessionId, safetyBackup);
              showToast({ tone: 'info', message: 'Undone: the session is back as it was before the restore.' });
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
        <p className="eyebrow">{current?.initiative ?? 'Session'}</p>
        <h2>Restore a backup</h2>
        <p className="muted backups-intro">
          Copies are kept as you work: the ten most recent, and one a day for two weeks. Restoring one first backs up the session as it is now, so
          you can undo.
        </p>
      </div>
      {listing.state === 'loading' ? (
        <p className="muted" role="status">
          Reading the backups…
        </p>
      ) : listing.state === 'failed' ? (
        <p className="field-error" role="alert">
          {listing.message}
        </p>
      ) : listing.backups.length === 0 ? (
        <p className="backups-empty muted" role="status">
          No backups yet. The first one is taken a couple of minutes after the session starts changing.
        </p>
      ) : (
        <ol className="backup-list" aria-label="Backups, newest first">
          {listing.backups.map((backup) => (
            <BackupRow key={backup.name} backup={backup} current={current ?? null} now={now} busy={busy} onRestore={() => void restore(backup)} />
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
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
  const takenAt = new Date(backup.takenAt);
  const when = backupWhen(takenAt, now);
  const changes = backup.session && current ? diffSessions(backup.session, current) : null;
  return (
    <li className="backup-row" data-testid="backup-row">
      <div className="backup-time">
        <strong>{when}</strong>
        <span className="muted small">{formatAgo(takenAt, now)}</span>
        {backup.session && current && backup.session.initiative !== current.initiative ? (
          <span className="backup-name small" title={backup.session.initiative}>
            “{backup.session.initiative}”
          </span>
        ) : null}
      </div>
      <div className="backup-changes">
        {backup.session === null ? (
          <span className="backup-problem">{backup.problemText ? (useAppStore.getState().windowTranslator?.text(backup.problemText) ?? backup.problem) : (backup.problem ?? 'This backup cannot be read.')}</span>
        ) : changes === null ? null : changes.length === 0 ? (
          <span className="muted">Same as now</span>
        ) : (
          <>
            <span className="backup-changes-label muted small">Changed since:</span>
            <ul className="change-chips" aria-label={`Changed since ${when}`}>
              {changes.map((line) => (
                <li key={line.area} className="change-chip">
                  {line.area}: <strong>{line.detail}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" className="btn" onClick={onRestore} disabled={busy || backup.session === null} aria-label={`Restore the copy from ${when}`}>
        Restore
      </button>
    </li>
  );
}
