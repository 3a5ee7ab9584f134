import { memo, useEffect, useMemo, useState } from 'react';
import { LIBRARY_USABLE_MARK, markOnce } from '../../app/startupMarks';
import { createNewSession, createSampleSession, duplicateSession, setArchived, setDeleted } from '../../db/sessionRepository';
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
import { NewSessionDialog } from './NewSessionDialog';
import { SessionRow } from './SessionRow';

const SORT_LABELS: Record<LibrarySort, string> = {
  updated: 'Last changed',
  created: 'Newest first',
  initiative: 'Initiative A–Z',
  client: 'Client A–Z',
};

/** Memoised: start-up news arriving after the first render (a banner) does not render the list again. */
export const LibraryScreen = memo(function LibraryScreen({ newSessionOpen, setNewSessionOpen }: { newSessionOpen: boolean; setNewSessionOpen(open: boolean): void }) {
  const sessions = useLibrarySessions();
  const [search, setSearch] = useState('');
  const sort = useAppStore((s) => s.librarySort);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const showArchived = useAppStore((s) => s.showArchived);
  const setShowArchived = useAppStore((s) => s.setShowArchived);
  const navigate = useAppStore((s) => s.navigate);
  const showToast = useAppStore((s) => s.showToast);
  const { openWithDialog } = useSessionFiles();

  const shown = useMemo(() => visibleSessions(sessions ?? [], { text: search, sort, showArchived }), [sessions, search, sort, showArchived]);
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
            <h1>Workshop sessions</h1>
            <p className="muted">Is the pilot ready for production? Each session is one workshop with one client team.</p>
          </div>
          <div className="library-header-actions">
            <button type="button" className="btn" onClick={openWithDialog} title="Open a .rrsession file (Ctrl+O); you can also drop one on the window">
              Open file…
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setNewSessionOpen(true)} title="New session (Ctrl+N)">
              <Icon name="plus" /> New session
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
                  Search sessions
                </label>
                <input
                  id="library-search"
                  className="input"
                  type="search"
                  placeholder="Search by initiative, client or facilitator"
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                />
              </div>
              <label className="inline-field">
                <span>Sort</span>
                <select className="input" value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)} aria-label="Sort sessions">
                  {Object.entries(SORT_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline-check">
                <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                <span>Show archived{archivedCount ? ` (${archivedCount})` : ''}</span>
              </label>
            </div>
            {shown.length === 0 ? (
              <p className="library-none muted" role="status">
                {search ? `No session matches “${search}”.` : 'All sessions are archived. Tick “Show archived” to see them.'}
              </p>
            ) : (
              <ul className="session-list" aria-label="Sessions">
                {shown.map((session) => (
                  <SessionRow
                    key={session.id}
                    session={session}
                    onOpen={() => navigate({ screen: 'workshop', sessionId: session.id })}
                    onDuplicate={() =>
                      run(async () => {
                        const copy = await duplicateSession(session.id);
                        showToast({ tone: 'success', message: `Created “${copy.initiative}”.` });
                      })
                    }
                    onArchive={(archived) =>
                      run(async () => {
                        await setArchived(session.id, archived);
                        showToast({
                          tone: 'info',
                          message: archived ? `Archived “${session.initiative}”.` : `Restored “${session.initiative}” from the archive.`,
                          action: { label: 'Undo', run: () => run(async () => void (await setArchived(session.id, !archived))) },
                        });
                      })
                    }
                    onDelete={() =>
                      run(async () => {
                        await setDeleted(session.id, true);
                        showToast({
                          tone: 'info',
                          message: `Deleted “${session.initiative}”.`,
                          action: { label: 'Undo', run: () => run(async () => void (await setDeleted(session.id, false))) },
                          timeoutMs: 12_000,
                        });
                      })
                    }
                  />
                ))}
              </ul>
            )}
          </>
        )}
        <RecentFiles />
      </div>
      <NewSessionDialog
        open={newSessionOpen}
        onClose={() => setNewSessionOpen(false)}
        onCreate={(initiative, client) =>
          run(async () => {
            const session = await createNewSession(initiative, client);
            setNewSessionOpen(false);
            navigate({ screen: 'workshop', sessionId: session.id });
          })
        }
      />
    </main>
  );
});
