/**
 * "Save as file…" and "Backups…" for one session: for the workshop's top bar or the Export stage
 * (the menu and Ctrl+Shift+S reach the same actions).
 */
import { Icon } from '../../ui/Icon';
import { useSessionFiles } from './SessionFilesProvider';
import { useI18n } from '../../i18n/TranslatorContext';

export function SessionFileActions({ sessionId }: { sessionId: string }) {
  const { saveAs, showBackups } = useSessionFiles();
  const i18n = useI18n();
  return (
    <span className="session-file-actions">
      <button type="button" className="btn btn-ghost icon-btn" onClick={() => saveAs(sessionId)} aria-label={i18n.t('files.saveAs')} title={i18n.t('files.saveAs.hint')}>
        <Icon name="download" />
      </button>
      <button type="button" className="btn btn-ghost icon-btn" onClick={() => showBackups(sessionId)} aria-label={i18n.t('files.backups')} title={i18n.t('files.backups.hint')}>
        <Icon name="clock" />
      </button>
    </span>
  );
}
