import { memo, useEffect, useMemo, useState } from 'react';
import { LIBRARY_USABLE_MARK, markOnce } from '../../app/startupMarks';
import { createNewSession, createSampleSession, startReassessmentOf, setArchived, setDeleted } from '../../db/sessionRepository';
import { messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import type { LibrarySort } from '../../store/uiSlice';
import { Icon } from '../../ui/Icon';
import { TopBar } from '../../ui/TopBar';
import { RecentFiles } from '../files/RecentFiles';
import { useSessionFiles } from '../files/SessionFilesProvider';
import { EmptyLibrary } from './EmptyLibrary';
import { useLibrarySessions } from './librarySessions';
import { visibleSessions } from './librarySearch';
import { groupLibrary } from './libraryGroups';
import { useVerdicts } from './useVerdicts';
import { ReadinessSparkline } from '../portfolio/ReadinessSparkline';
import { VerdictPill } from '../portfolio/VerdictPill';
import { collator } from '../../../../shared/text/locale';
import { NewSessionDialog } from './NewSessionDialog';
import { SessionRow } from './SessionRow';
import { useI18n } from '../../i18n/TranslatorContext';
import { WindowLanguagePicker } from '../../i18n/LanguagePickers';
import type { MessageId } from '../../../../shared/i18n';

const SORT_LABELS: Record<LibrarySort, MessageId> = {
  updated: 'library.sort.updated',
  created: 'library.sort.created',
  initiative: 'library.sort.initiative',
  client: 'library.sort.client',
};

/** Memoised: start-up news arriving after the first render (a banner) does not render the list again. */
export const LibraryScreen = memo(function LibraryScreen({ newSessionOpen, setNewSessionOpen }: { newSessionOpen: boolean; setNewSessionOpen(open: boolean): void }) {
  const sessions = useLibrarySessions();
  const i18n = useI18n();
  const [search, setSearch] = useState('');
  const sort = useAppStore((s) => s.librarySort);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const showArchived = useAppStore((s) => s.showArchived);
  const setShowArchived = useAppStore((s) => s.setShowArchived);
  const navigate = useAppStore((s) => s.navigate);
  const showToast = useAppStore((s) => s.showToast);
  const { openWithDialog } = useSessionFiles();

  const shown = useMemo(() => visibleSessions(sessions ?? [], { text: search, sort, showArchived }, i18n.locale), [sessions, search, sort, showArchived, i18n.locale]);
  const groups = useMemo(() => groupLibrary(sessions ?? [], shown, collator(i18n.locale, { sensitivity: 'base', numeric: true }).compare), [sessions, shown, i18n.locale]);
  const latest = useMemo(() => groups.flatMap((g) => g.initiatives.map((i) => i.initiative.latest)), [groups]);
  const verdicts = useVerdicts(latest);
  const live = (sessions ?? []).filter((s) => s.deletedAt === null);
  const archivedCount = live.filter((s) => s.archivedAt !== null).length;
  const ready = sessions !== undefined;
  useEffect(() => {
    if (ready) markOnce(LIBRARY_USABLE_MARK);
  }, [ready]);

  async function run(task: () => Promise<void>) {
    try {
      await task();
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
    }
  }

  return (
    <main className="library" data-screen="library" data-ready={ready}>
      <TopBar />
      <div className="library-body">
        <header className="library-header">
          <div>
            <h1>{i18n.t('library.title')}</h1>
            <p className="muted">{i18n.t('library.lead')}</p>
          </div>
          <div className="library-header-actions">
            <WindowLanguagePicker />
            <button type="button" className="btn" onClick={() => navigate({ screen: 'frameworks' })} title={i18n.t('frameworkEditor.libraryLink.hint')}>
              {i18n.t('frameworkEditor.libraryLink')}
            </button>
            <button type="button" className="btn" onClick={openWithDialog} title={i18n.t('library.openFile.hint')}>
              {i18n.t('library.openFile')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setNewSessionOpen(true)} title={i18n.t('library.newSession.hint')}>
              <Icon name="plus" /> {i18n.t('library.newSession.button')}
            </button>
          </div>
        </header>

        {sessions !== undefined && live.length === 0 ? (
          <EmptyLibrary
            onCreate={() => setNewSessionOpen(true)}
            onSample={() =>
              run(async () => {
                const session = await createSampleSession();
                navigate({ screen: 'workshop', sessionId: session.id });
              })
            }
          />
        ) : (
          <>
            <div className="library-toolbar" role="search">
              <div className="search-box">
                <Icon name="search" />
                <label htmlFor="library-search" className="visually-hidden">
                  {i18n.t('library.search.label')}
                </label>
                <input
                  id="library-search"
                  className="input"
                  type="search"
                  placeholder={i18n.t('library.search.placeholder')}
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                />
              </div>
              <label className="inline-field">
                <span>{i18n.t('library.sort.label')}</span>
                <select className="input" value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)} aria-label={i18n.t('library.sort.ariaLabel')}>
                  {Object.entries(SORT_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {i18n.t(label)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline-check">
                <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                <span>{i18n.t('library.showArchived', { count: archivedCount })}</span>
              </label>
            </div>
            {shown.length === 0 ? (
              <p className="library-none muted" role="status">
                {search ? i18n.t('library.noMatch', { search }) : i18n.t('library.allArchived')}
              </p>
            ) : (
              <div className="client-groups" aria-label={i18n.t('library.list.label')} role="list">
                {groups.map((group) => (
                  <section key={group.key} className="client-group" role="listitem" aria-labelledby={`client-${group.key}`}>
                    <header className="client-header">
                      <h2 id={`client-${group.key}`}>{group.client || i18n.t('library.row.noClient')}</h2>
                      {group.key ? (
                        <button type="button" className="btn" onClick={() => navigate({ screen: 'portfolio', client: group.key })} aria-label={i18n.t('portfolio.open.named', { client: group.client })}>
                          <Icon name="target" /> {i18n.t('portfolio.open')}
                        </button>
                      ) : null}
                    </header>
                    {group.initiatives.map(({ initiative, rows }) => {
                      const verdict = verdicts.get(initiative.latest.id);
                      const pill = verdict ? <VerdictPill verdict={verdict.value} label={i18n.text(verdict.label)} /> : null;
                      // An initiative assessed once is its row: a heading and a one-point trend would only repeat it.
                      const single = initiative.assessments.length === 1;
                      return (
                        <div key={initiative.key} className="initiative-group" data-testid="initiative-group">
                          {single ? null : (
                            <div className="initiative-header">
                              <h3>{initiative.name}</h3>
                              {pill}
                              <ReadinessSparkline trend={initiative.trend} />
                              <span className="muted small">{i18n.t('library.initiative.assessments', { count: initiative.assessments.length })}</span>
                            </div>
                          )}
                          <ul className="session-list" aria-label={i18n.t('library.initiative.sessions', { initiative: initiative.name })}>
                            {rows.map((session) => (
                            <SessionRow
                              key={session.id}
                              session={session}
                              verdictPill={single && session.id === initiative.latest.id ? pill : null}
                              onOpen={() => navigate({ screen: 'workshop', sessionId: session.id })}
                              onDuplicate={() =>
                                run(async () => {
                                  const copy = await startReassessmentOf(session.id);
                                  showToast({ tone: 'success', message: i18n.t('library.toast.duplicated', { title: copy.initiative }) });
                                  navigate({ screen: 'workshop', sessionId: copy.id });
                                })
                              }
                              onArchive={(archived) =>
                                run(async () => {
                                  await setArchived(session.id, archived);
                                  showToast({
                                    tone: 'info',
                                    message: archived ? i18n.t('library.toast.archived', { title: session.initiative }) : i18n.t('library.toast.restored', { title: session.initiative }),
                                    action: { label: i18n.t('common.undo'), run: () => run(async () => void (await setArchived(session.id, !archived))) },
                                  });
                                })
                              }
                              onDelete={() =>
                                run(async () => {
                                  await setDeleted(session.id, true);
                                  showToast({
                                    tone: 'info',
                                    message: i18n.t('library.toast.deleted', { title: session.initiative }),
                                    action: { label: i18n.t('common.undo'), run: () => run(async () => void (await setDeleted(session.id, false))) },
                                    timeoutMs: 12_000,
                                  });
                                })
                              }
                            />
                            ))}
                          </ul>
                        </div>
                      );
                    })}
                  </section>
                ))}
              </div>
            )}
          </>
        )}
        <RecentFiles />
      </div>
      <NewSessionDialog
        open={newSessionOpen}
        onClose={() => setNewSessionOpen(false)}
        onCreate={(initiative, client, language, frameworkId) =>
          run(async () => {
            const session = await createNewSession(initiative, client, language, await (await import('../../db/frameworkRepository')).frameworkForNewSession(frameworkId));
            setNewSessionOpen(false);
            navigate({ screen: 'workshop', sessionId: session.id });
          })
        }
      />
    </main>
  );
});
