/**
 * "Save as file…" and "Backups…" for one session: for the workshop's top bar or the Export stage
 * (the menu and Ctrl+Shift+S reach the same actions).
 */
import { Icon } from '../../ui/Icon';
import { useSessionFiles } from './SessionFilesProvider';

export function SessionFileActions({ sessionId }: { sessionId: string }) {
  const { saveAs, showBackups } = useSessionFiles();
  return (
    <span className="session-file-actions">
      <button type="button" className="btn btn-ghost icon-btn" onClick={() => saveAs(sessionId)} aria-label="Save as file…" title="Save this session as a .rrsession file (Ctrl+Shift+S)">
        <Icon name="download" />
      </button>
      <button type="button" className="btn btn-ghost icon-btn" onClick={() => showBackups(sessionId)} aria-label="Backups…" title="See this session's backups and restore one">
        <Icon name="clock" />
      </button>
    </span>
  );
}
