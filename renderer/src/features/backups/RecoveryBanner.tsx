/** What start-up found damaged and did about it, with a way to the backups of each session. */
import { useState } from 'react';
import type { StartupNotice } from '../../db/startupReport';
import { useSessionFiles } from '../files/SessionFilesProvider';
import './backups.css';
import { useI18n } from '../../i18n/TranslatorContext';

export function RecoveryBanner({ notices }: { notices: StartupNotice[] }) {
  const { showBackups } = useSessionFiles();
  const i18n = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <div className="banner recovery-banner" role="alert" data-testid="recovery-banner">
      <strong>{i18n.t('backups.banner.title')}</strong>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>
            <span>{i18n.text(notice.text)}</span>
            {notice.sessionId ? (
              <button type="button" className="btn btn-small" onClick={() => showBackups(notice.sessionId!)}>
                {i18n.t('keymap.file.backups.label')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-ghost btn-small" onClick={() => setDismissed(true)} aria-label={i18n.t('backups.banner.dismiss')}>
        ✕
      </button>
    </div>
  );
}
