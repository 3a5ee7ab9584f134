import { GAP_IDS } from '../../../../shared/framework/types';
import type { Session } from '../../../../shared/model/session';
import { formatDay } from '../../../../shared/text/dates';
import { plural } from '../../../../shared/text/plural';
import { Icon } from '../../ui/Icon';

interface SessionRowProps {
  session: Session;
  onOpen(): void;
  onDuplicate(): void;
  onArchive(archived: boolean): void;
  onDelete(): void;
}

export function SessionRow({ session, onOpen, onDuplicate, onArchive, onDelete }: SessionRowProps) {
  const scored = GAP_IDS.filter((g) => session.gaps[g].consensus !== null).length;
  const archived = session.archivedAt !== null;
  const title = session.initiative;
  return (
    <li className="session-row card" data-testid="session-row" data-archived={archived || undefined}>
      <button type="button" className="session-open" onClick={onOpen} aria-label={`Open ${title}${session.client ? ` for ${session.client}` : ''}`}>
        <span className="session-title">{title}</span>
        <span className="session-meta">
          {session.client ? <span>{session.client}</span> : <span className="muted">No client yet</span>}
          <span aria-hidden="true">·</span>
          <span>{formatDay(session.workshopDate, 'short')}</span>
          <span aria-hidden="true">·</span>
          <span>{plural(session.participants.length, 'participant')}</span>
        </span>
      </button>
      <div className="session-progress" aria-label={`${scored} of 6 gaps scored`}>
        <span className="progress-track" aria-hidden="true">
          {GAP_IDS.map((g) => (
            <span key={g} className="progress-cell" data-done={session.gaps[g].consensus !== null || undefined} />
          ))}
        </span>
        <span className="muted small">{scored}/6 gaps scored</span>
      </div>
      <div className="session-badges">
        {session.previousSessionId ? <span className="pill">Re-assessment</span> : null}
        {archived ? <span className="pill pill-muted">Archived</span> : null}
      </div>
      <div className="session-actions">
        <button type="button" className="btn btn-ghost icon-btn" onClick={onDuplicate} aria-label={`Duplicate ${title} as a re-assessment`} title="Duplicate as a re-assessment">
          <Icon name="copy" />
        </button>
        <button type="button" className="btn btn-ghost icon-btn" onClick={() => onArchive(!archived)} aria-label={`${archived ? 'Restore' : 'Archive'} ${title}`} title={archived ? 'Restore from archive' : 'Archive'}>
          <Icon name={archived ? 'unarchive' : 'archive'} />
        </button>
        <button type="button" className="btn btn-ghost icon-btn btn-danger" onClick={onDelete} aria-label={`Delete ${title}`} title="Delete (you can undo)">
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
}
