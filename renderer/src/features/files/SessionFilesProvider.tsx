/**
 * Session files for the whole window: Open (dialog, double-click, command line, second launch,
 * drop, recent list), Save As, and the "Restore a backup" view. Screens reach them through
 * useSessionFiles(); the menu, the keyboard and the system reach them through here.
 */
import { useCommandHandler } from '../../commands/keys';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OpenedSessionFile } from '../../../../shared/ipc/contract';
import { isSafeSessionId } from '../../../../shared/format/safeSessionId';
import type { Session } from '../../../../shared/model/session';
import { db } from '../../db/database';
import { newId } from '../../db/sessionRepository';
import { AppError, call, isBridgeAvailable, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { BackupsDialog } from '../backups/BackupsDialog';
import { restoreBackup } from '../backups/restoreBackup';
import { carriesFiles, isFrameworkFileName, readDroppedFile, readDroppedFrameworkFile } from './droppedFile';
import type { FrameworkImportOutcome } from '../../db/frameworkRepository';
import { OpenFileDialog, type OpenStep } from './OpenFileDialog';
import { windowText } from '../../store/windowText';
import { addFromFile, copyFromFile, libraryCopy, replaceFromFile, sameSession, type OpenedFile } from './openedSession';
import './files.css';

// Framework files are rare: their code loads with the first one, keeping zod off start-up.
const loadFrameworkImport = () => import('./frameworkFileImport');
import { useI18n } from '../../i18n/TranslatorContext';
import { windowI18n } from '../../i18n/windowI18n';

export interface SessionFilesApi {
  /** Asks for a file with the system's Open dialog. */
  openWithDialog(): void;
  /** Opens a file the system or the recent list named. */
  openPath(path: string): void;
  /** Save As for one session of the library. */
  saveAs(sessionId: string): void;
  /** The "Restore a backup" view for one session. */
  showBackups(sessionId: string): void;
  /** Changes whenever the recent files may have changed. */
  recentVersion: number;
}

const SessionFilesContext = createContext<SessionFilesApi | null>(null);

export function useSessionFiles(): SessionFilesApi {
  const api = useContext(SessionFilesContext);
  if (!api) throw new Error('useSessionFiles() must be used inside <SessionFilesProvider>.');
  return api;
}

export function SessionFilesProvider({ children }: { children: ReactNode }) {
  const navigate = useAppStore((s) => s.navigate);
  const showToast = useAppStore((s) => s.showToast);
  const i18n = useI18n();
  const [step, setStep] = useState<OpenStep | null>(null);
  const [busy, setBusy] = useState(false);
  const [backupsOf, setBackupsOf] = useState<string | null>(null);
  const [recentVersion, setRecentVersion] = useState(0);
  const [dragging, setDragging] = useState(false);
  const refreshRecent = useCallback(() => setRecentVersion((v) => v + 1), []);

  const fail = useCallback((error: unknown) => showToast({ tone: 'error', message: messageOf(error) }), [showToast]);

  const opened = useCallback(
    (session: Session, fileName: string, copy = false) => {
      setStep(null);
      navigate({ screen: 'workshop', sessionId: session.id });
      showToast({ tone: 'success', message: windowI18n().t('files.toast.opened', { initiative: session.initiative, fileName, copy }) });
    },
    [navigate, showToast],
  );

  /** After the repair report (if any): into the library, or ask when the session is already there. */
  const proceed = useCallback(
    async (file: OpenedFile) => {
      // An id that cannot be a file name on every system (written by hand, perhaps) is replaced.
      if (!isSafeSessionId(file.session.id)) {
        opened(await addFromFile({ ...file.session, id: newId() }), file.fileName);
        return;
      }
      const existing = await libraryCopy(file.session.id);
      if (!existing || existing.deletedAt !== null) {
        opened(existing ? await replaceFromFileQuietly(file, existing) : await addFromFile(file.session), file.fileName);
      } else if (sameSession(existing, file.session)) {
        setStep(null);
        navigate({ screen: 'workshop', sessionId: existing.id });
        showToast({ tone: 'info', message: `“${existing.initiative}” is already in your library, exactly as in ${file.fileName}.` });
      } else {
        setStep({ step: 'conflict', file, existing });
      }
    },
    [opened, navigate, showToast],
  );

  const handleOutcome = useCallback(
    async (outcome: OpenedSessionFile) => {
      if (outcome.status === 'cancelled') return;
      refreshRecent();
      if (outcome.status === 'refused') setStep({ step: 'refused', fileName: outcome.fileName, message: windowText(outcome.message), code: outcome.code });
      else if (outcome.repairs.length > 0) setStep({ step: 'repaired', file: outcome });
      else await proceed(outcome);
    },
    [proceed, refreshRecent],
  );

  /** A framework file joins the framework library; a refusal is said in a sentence, as for sessions. */
  const handleFrameworkOutcome = useCallback(
    async (outcome: FrameworkImportOutcome) => {
      if (outcome.status === 'cancelled') return;
      if (outcome.status === 'refused') {
        setStep({ step: 'refused', fileName: outcome.fileName, message: windowText(outcome.message), code: outcome.code, framework: true });
        return;
      }
      const { frameworkName } = await loadFrameworkImport();
      const name = frameworkName(outcome.framework, windowI18n().language);
      showToast({ tone: 'success', message: windowI18n().t('frameworkFiles.toast.imported', { name, fileName: outcome.fileName, how: outcome.how, repairs: outcome.repairs.length }) });
    },
    [showToast],
  );

  const run = useCallback(
    async (task: () => Promise<void>) => {
      setBusy(true);
      try {
        await task();
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  const currentSessionId = useCallback((): string | null => {
    const route = useAppStore.getState().route;
    return route.screen === 'workshop' ? route.sessionId : null;
  }, []);

  const api = useMemo<SessionFilesApi>(
    () => ({
      openWithDialog: () => void run(async () => handleOutcome(await call('openSessionFile', {}))),
      openPath: (path) =>
        void run(async () => (isFrameworkFileName(path) ? handleFrameworkOutcome(await (await loadFrameworkImport()).importFrameworkFromPath(path)) : handleOutcome(await call('openSessionPath', { path })))),
      saveAs: (sessionId) =>
        void run(async () => {
          const session = await db.sessions.get(sessionId);
          if (!session) throw new AppError('not-found', windowI18n().t('files.saveAs.gone'));
          const saved = await call('saveSessionAs', { session });
          if (saved.status === 'cancelled') return;
          refreshRecent();
          showToast({ tone: 'success', message: windowI18n().t('files.toast.saved', { initiative: session.initiative, path: saved.path }) });
        }),
      showBackups: (sessionId) => setBackupsOf(sessionId),
      recentVersion,
    }),
    [run, handleOutcome, handleFrameworkOutcome, refreshRecent, showToast, recentVersion],
  );

  // The menu, the keyboard, and files the system asks us to open.
  const apiRef = useRef(api);
  useLayoutEffect(() => {
    apiRef.current = api;
  }, [api]);
  const fileCommand = (name: 'save-as' | 'backups') => {
    const id = currentSessionId();
    if (!id) showToast({ tone: 'info', message: windowI18n().t('files.toast.noSession', { command: name === 'save-as' ? 'saveAs' : 'backups' }) });
    else if (name === 'save-as') apiRef.current.saveAs(id);
    else apiRef.current.showBackups(id);
  };
  useCommandHandler('file.open', () => apiRef.current.openWithDialog());
  useCommandHandler('file.saveAs', () => fileCommand('save-as'));
  useCommandHandler('file.backups', () => fileCommand('backups'));
  useEffect(() => {
    if (!isBridgeAvailable()) return;
    const offOpen = window.readinessRoom!.onFileOpenRequested(({ path }) => apiRef.current.openPath(path));
    // Files named on the command line or double-clicked before the window was listening.
    call('takeFileOpenRequests', {}).then(
      ({ paths }) => paths.forEach((path) => apiRef.current.openPath(path)),
      () => {},
    );
    return () => {
      offOpen();
    };
  }, []);

  // A .rrsession file dropped anywhere on the window.
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file && isFrameworkFileName(file.name)) void run(async () => handleFrameworkOutcome(await (await loadFrameworkImport()).importOpenedFrameworkFile(await readDroppedFrameworkFile(file))));
      else if (file) void run(async () => handleOutcome(await readDroppedFile(file)));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [run, handleOutcome, handleFrameworkOutcome]);

  return (
    <SessionFilesContext.Provider value={api}>
      {children}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <strong>{i18n.t('files.drop.title')}</strong>
            <span className="muted">{i18n.t('files.drop.hint')}</span>
          </div>
        </div>
      ) : null}
      <OpenFileDialog
        step={step}
        busy={busy}
        onClose={() => setStep(null)}
        onContinue={(file) => void run(() => proceed(file))}
        onReplace={(file, existing) =>
          void run(async () => {
            const backup = await replaceFromFile(file.session, existing);
            setStep(null);
            navigate({ screen: 'workshop', sessionId: existing.id });
            showToast({
              tone: 'success',
              message: windowI18n().t('files.toast.replaced', { initiative: existing.initiative, fileName: file.fileName }),
              ...(backup ? { action: { label: windowI18n().t('common.undo'), run: () => run(async () => void (await restoreBackup(existing.id, backup))) }, timeoutMs: 15_000 } : {}),
            });
          })
        }
        onKeepBoth={(file) => void run(async () => opened(await copyFromFile(file.session), file.fileName, true))}
      />
      <BackupsDialog sessionId={backupsOf} onClose={() => setBackupsOf(null)} />
    </SessionFilesContext.Provider>
  );
}

/** A deleted library copy is replaced without asking (it is still backed up first). */
async function replaceFromFileQuietly(file: OpenedFile, existing: Session): Promise<Session> {
  await replaceFromFile(file.session, existing);
  return file.session;
}
