/**
 * Runs an export one document at a time, so the screen can show each one being written, done or
 * failed. The folder comes from main's dialog (chooseExportFolder) and is remembered for this
 * visit of the stage; main refuses any folder it did not hand out. The Chromium shell has no
 * folder dialog: there the folder is its exports folder, asked for at once so the stage can show
 * it before anything is written.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../../../shared/report/exportFormats';
import type { Session } from '../../../../shared/model/session';
import { AppError, call, messageOf } from '../../platform/api';
import { useI18n } from '../../i18n/TranslatorContext';

export type ItemState = 'waiting' | 'working' | 'done' | 'failed';

export interface ExportItem {
  format: ExportFormat;
  state: ItemState;
  fileName?: string;
  path?: string;
  message?: string;
}

export type ExportPhase = 'idle' | 'working' | 'finished';

export interface DocumentExport {
  folder: string | null;
  /** The folder cannot be changed here (the Chromium shell's exports folder). */
  folderIsFixed: boolean;
  phase: ExportPhase;
  items: ExportItem[];
  /** A problem with the folder or the app itself (not one document). */
  problem: string | null;
  chooseFolder(): Promise<string | null>;
  run(session: Session, formats: readonly ExportFormat[]): Promise<void>;
  reset(): void;
}

export function useDocumentExport(): DocumentExport {
  const i18n = useI18n();
  const [folder, setFolder] = useState<string | null>(null);
  const [phase, setPhase] = useState<ExportPhase>('idle');
  const [items, setItems] = useState<ExportItem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [folderIsFixed, setFolderIsFixed] = useState(false);
  const running = useRef(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { shell } = await call('getAppInfo', {});
        if (shell !== 'chromium') return;
        const { folder: fixed } = await call('chooseExportFolder', {});
        if (!live || fixed === null) return;
        setFolder(fixed);
        setFolderIsFixed(true);
      } catch {
        // Leave the ordinary "Choose folder…" in place; choosing will report any problem.
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  const chooseFolder = useCallback(async (): Promise<string | null> => {
    try {
      const { folder: chosen } = await call('chooseExportFolder', {});
      if (chosen !== null) {
        setFolder(chosen);
        setProblem(null);
      }
      return chosen;
    } catch (error) {
      setProblem(messageOf(error));
      return null;
    }
  }, []);

  const run = useCallback(
    async (session: Session, formats: readonly ExportFormat[]) => {
      if (running.current || formats.length === 0) return;
      running.current = true;
      try {
        setProblem(null);
        const target = folder ?? (await chooseFolder());
        if (target === null) return;
        const list: ExportItem[] = formats.map((format) => ({ format, state: 'waiting' }));
        const patch = (format: ExportFormat, change: Partial<ExportItem>): void => {
          const index = list.findIndex((item) => item.format === format);
          list[index] = { ...list[index]!, ...change };
          setItems([...list]);
        };
        setItems([...list]);
        setPhase('working');
        for (const format of formats) {
          patch(format, { state: 'working' });
          try {
            const result = await call('exportDocuments', { session, formats: [format], folder: target });
            const file = result.files[0];
            const failure = result.failures[0];
            if (file) patch(format, { state: 'done', fileName: file.fileName, path: file.path });
            else patch(format, { state: 'failed', message: failure?.message ?? i18n.t('exportStage.item.notWritten') });
          } catch (error) {
            const message = messageOf(error);
            patch(format, { state: 'failed', message });
            if (error instanceof AppError && (error.code === 'forbidden' || error.code === 'io')) {
              // The folder itself is the problem: stop, and ask for it again next time.
              setProblem(message);
              setFolder(null);
              for (const item of list) if (item.state === 'waiting') patch(item.format, { state: 'failed', message: i18n.t('exportStage.item.chooseAgain') });
              break;
            }
          }
        }
        setPhase('finished');
      } finally {
        running.current = false;
      }
    },
    [folder, chooseFolder, i18n],
  );

  const reset = useCallback(() => {
    setPhase('idle');
    setItems([]);
    setProblem(null);
  }, []);

  return { folder, folderIsFixed, phase, items, problem, chooseFolder, run, reset };
}
