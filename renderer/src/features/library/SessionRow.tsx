import type { ReactNode } from 'react';
import { sessionGapIds } from '../../../../shared/framework/sessionFramework';
import { assessmentNumber } from '../../../../shared/model/createSession';
import { gapAssessment } from '../../../../shared/model/gapAssessment';
import type { Session } from '../../../../shared/model/session';
import { formatDay } from '../../../../shared/text/dates';
import { Icon } from '../../ui/Icon';
import { useI18n } from '../../i18n/TranslatorContext';

interface SessionRowProps {
  session: Session;
  onOpen(): void;
  onDuplicate(): void;
  onArchive(archived: boolean): void;
  onDelete(): void;
  /** The initiative's verdict, shown on the row when the initiative has no heading of its own. */
  verdictPill?: ReactNode;
}

export function SessionRow({ session, onOpen, onDuplicate, onArchive, onDelete, verdictPill = null }: SessionRowProps) {
  const gapIds = sessionGapIds(session);
  const scored = gapIds.filter((g) => gapAssessment(session, g).consensus !== null).length;
  const archived = session.archivedAt !== null;
  const i18n = useI18n();
  const number = assessmentNumber(session);
  // Names the buttons apart when an initiative's assessments sit side by side.
  const title = number > 1 ? i18n.t('library.row.assessmentTitle', { initiative: session.initiative, number }) : session.initiative;
  return (
    <li className="session-row card" data-testid="session-row" data-archived={archived || undefined}>
      {/* The visible text is the button's name (after a spoken verb), so voice control finds it by what it shows. */}
      <button type="button" className="session-open" onClick={onOpen}>
        <span className="visually-hidden">{i18n.t('library.row.open')} </span>
        <span className="session-title">{session.initiative}</span>
        <span className="session-meta">
          {session.client ? <span>{session.client}</span> : <span className="muted">{i18n.t('library.row.noClient')}</span>}
          <span aria-hidden="true">·</span>
          <span>{formatDay(session.workshopDate, 'short', i18n.locale)}</span>
          <span aria-hidden="true">·</span>
          <span>{i18n.t('library.row.participants', { count: session.participants.length })}</span>
        </span>
      </button>
      <div className="session-progress" aria-label={i18n.t('library.row.scored', { scored, total: gapIds.length })}>
        <span className="progress-track" aria-hidden="true">
          {gapIds.map((g) => (
            <span key={g} className="progress-cell" data-done={gapAssessment(session, g).consensus !== null || undefined} />
          ))}
        </span>
        <span className="muted small">{i18n.t('library.row.scoredShort', { scored, total: gapIds.length })}</span>
      </div>
      <div className="session-badges">
        {verdictPill}
        {number > 1 ? (
          <span className="pill" data-testid="assessment-number">
            {i18n.t('library.row.reassessmentNumber', { number })}
          </span>
        ) : session.previousSessionId ? (
          <span className="pill">{i18n.t('library.row.reassessment')}</span>
        ) : null}
        {archived ? <span className="pill pill-muted">{i18n.t('library.row.archived')}</span> : null}
      </div>
      <div className="session-actions">
        <button type="button" className="btn btn-ghost icon-btn" onClick={onDuplicate} aria-label={i18n.t('library.row.duplicateNamed', { title })} title={i18n.t('library.row.duplicate')}>
          <Icon name="copy" />
        </button>
        <button type="button" className="btn btn-ghost icon-btn" onClick={() => onArchive(!archived)} aria-label={archived ? i18n.t('library.row.restoreNamed', { title }) : i18n.t('library.row.archiveNamed', { title })} title={archived ? i18n.t('library.row.restore') : i18n.t('library.row.archive')}>
          <Icon name={archived ? 'unarchive' : 'archive'} />
        </button>
        <button type="button" className="btn btn-ghost icon-btn btn-danger" onClick={onDelete} aria-label={i18n.t('library.row.deleteNamed', { title })} title={i18n.t('library.row.delete')}>
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
}
