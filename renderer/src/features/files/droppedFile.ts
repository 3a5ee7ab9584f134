/**
 * A file dropped on the window, read in the window itself: its size is checked before a byte is
 * read, then it goes through the same loader as files opened by main. A dropped file has no path
 * the window may know, so it does not join the recent files.
 */
import type { OpenedFrameworkFile, OpenedSessionFile } from '../../../../shared/ipc/contract';
import { windowI18n } from '../../i18n/windowI18n';
import { msg } from '../../../../shared/i18n';

export async function readDroppedFile(file: File): Promise<OpenedSessionFile> {
  // Loaded on first use: the loader and its schemas are not needed to start the app.
  const [{ loadSessionText, tooLarge }, { MAX_FILE_BYTES }] = await Promise.all([
    import('../../../../shared/format/loadSessionFile'),
    import('../../../../shared/format/envelope'),
  ]);
  const fileName = file.name || windowI18n().t('files.dropped.unnamed');
  if (file.size > MAX_FILE_BYTES) return { status: 'refused', path: '', fileName, code: 'too-large', message: tooLarge(file.size).message };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { status: 'refused', path: '', fileName, code: 'unreadable', message: msg('fileLoad.droppedUnreadable', { fileName }) };
  }
  const result = loadSessionText(text, file.size);
  if (!result.ok) return { status: 'refused', path: '', fileName, code: result.code, message: result.message };
  return { status: 'opened', path: '', fileName, session: result.session, version: result.version, repairs: result.repairs, savedAt: result.savedAt };
}

/** A dropped .rrframework file, read here and loaded by the same loader main uses; never written to. */
export async function readDroppedFrameworkFile(file: File): Promise<OpenedFrameworkFile> {
  const [{ loadFrameworkText, frameworkTooLarge }, { MAX_FRAMEWORK_FILE_BYTES }] = await Promise.all([
    import('../../../../shared/format/loadFrameworkFile'),
    import('../../../../shared/format/frameworkEnvelope'),
  ]);
  const fileName = file.name || windowI18n().t('files.dropped.unnamed');
  if (file.size > MAX_FRAMEWORK_FILE_BYTES) return { status: 'refused', path: '', fileName, code: 'too-large', message: frameworkTooLarge(file.size).message };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { status: 'refused', path: '', fileName, code: 'unreadable', message: msg('fileLoad.droppedUnreadable', { fileName }) };
  }
  const result = loadFrameworkText(text, file.size);
  if (!result.ok) return { status: 'refused', path: '', fileName, code: result.code, message: result.message };
  return { status: 'opened', path: '', fileName, framework: result.framework, version: result.version, repairs: result.repairs };
}

/** Whether a file (by its name or path) is a framework for the library rather than a session. */
export function isFrameworkFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.rrframework');
}

/** Whether a drag carries files (not text or a link). */
export function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}
