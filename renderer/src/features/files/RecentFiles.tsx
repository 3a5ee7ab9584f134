/** The recent session files (opened or saved as), shown in the library. */
import { useEffect, useState } from 'react';
import type { RecentSessionFile } from '../../../../shared/ipc/contract';
import { call, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { useSessionFiles } from './SessionFilesProvider';
import { useI18n } from '../../i18n/TranslatorContext';

const SHOWN = 5;

export function RecentFiles() {
  const { openPath, recentVersion } = useSessionFiles();
  const showToast = useAppStore((s) => s.showToast);
  const i18n = useI18n();
  const [files, setFiles] = useState<RecentSessionFile[]>([]);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    let cancelled = false;
    call('listRecentFiles', {}).then(
      ({ files: listed }) => !cancelled && setFiles(listed),
      () => !cancelled && setFiles([]),
    );
    return () => {
      cancelled = true;
    };
  }, [recentVersion, refresh]);

  // Files may have been moved or deleted while the app was in the background.
  useEffect(() => {
    const onFocus = () => setRefresh((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  if (files.length === 0) return null;
  return (
    <section className="recent-files card" aria-labelledby="recent-files-title" data-testid="recent-files">
      <div className="recent-files-head">
        <h2 id="recent-files-title">{i18n.t('files.recent.title')}</h2>
        <span className="muted small">{i18n.t('files.recent.lead')}</span>
      </div>
      <ul className="recent-list">
        {files.slice(0, SHOWN).map((file) => (
          <li key={file.path} className="recent-item" data-missing={!file.exists || undefined}>
            <button
              type="button"
              className="recent-open"
              onClick={() => openPath(file.path)}
              disabled={!file.exists}
              aria-label={file.exists ? i18n.t('files.recent.open', { fileName: file.fileName }) : i18n.t('files.recent.gone', { fileName: file.fileName })}
              title={file.path}
            >
              <span className="recent-name">
                {file.initiative || file.fileName}
                {file.client ? <span className="muted"> · {file.client}</span> : null}
              </span>
              <span className="recent-path">{file.path}</span>
            </button>
            <span className="recent-actions">
              {file.exists ? null : <span className="pill pill-muted">{i18n.t('files.recent.goneTag')}</span>}
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() =>
                  call('forgetRecentFile', { path: file.path }).then(
                    () => setRefresh((n) => n + 1),
                    (error: unknown) => showToast({ tone: 'error', message: messageOf(error) }),
                  )
                }
                aria-label={i18n.t('files.recent.removeNamed', { fileName: file.fileName })}
                title={i18n.t('files.recent.removeHint')}
              >
                {i18n.t('common.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
