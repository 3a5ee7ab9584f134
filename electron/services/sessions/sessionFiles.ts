/**
 * Session files the facilitator chooses (Save As, Open, a double-click, the recent list): read
 * with the size checked before a byte is read, loaded by the shared loader, and never written
 * back; written atomically so a failed save keeps the previous file byte for byte.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { FILE_EXTENSION, MAX_FILE_BYTES, makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { loadSessionText, tooLarge } from '../../../shared/format/loadSessionFile';
import { msg, type Message } from '../../../shared/i18n';
import type { OpenedSessionFile } from '../../../shared/ipc/contract';
import type { Session } from '../../../shared/model/session';
import { errorCode, writeFileAtomic } from './atomicWrite';
import { toSaveError } from './sessionMirror';

/** Reads and loads one session file. Never throws: a refusal carries a message the window shows in its language. */
export async function readSessionFile(filePath: string): Promise<OpenedSessionFile> {
  const file = path.resolve(filePath);
  const fileName = path.basename(file);
  const refuse = (code: Extract<OpenedSessionFile, { status: 'refused' }>['code'], message: Message): OpenedSessionFile => ({ status: 'refused', path: file, fileName, code, message });
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) return refuse('unreadable', msg('fileLoad.isFolder', { fileName }));
    // Size first: a huge file is refused before a single byte of it is read.
    if (stats.size > MAX_FILE_BYTES) return refuse('too-large', tooLarge(stats.size).message);
    const bytes = await fs.readFile(file);
    if (bytes.byteLength > MAX_FILE_BYTES) return refuse('too-large', tooLarge(bytes.byteLength).message);
    const result = loadSessionText(bytes.toString('utf8'), bytes.byteLength);
    if (!result.ok) return refuse(result.code, result.message);
    return { status: 'opened', path: file, fileName, session: result.session, version: result.version, repairs: result.repairs, savedAt: result.savedAt };
  } catch (error) {
    const failure = readFailure(error, file, fileName);
    return refuse(failure.code, failure.message);
  }
}

/** Why a file the person chose could not be read (session and framework files alike), in a sentence. */
export function readFailure(error: unknown, file: string, fileName: string): { code: 'missing' | 'unreadable'; message: Message } {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'missing', message: msg('fileLoad.gone', { fileName }) };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', message: msg('fileLoad.notAllowed', { file }) };
    case 'EBUSY':
      return { code: 'unreadable', message: msg('fileLoad.locked', { fileName }) };
    default:
      return { code: 'unreadable', message: msg('fileLoad.readFailed', { fileName, code: errorCode(error) ?? 'none' }) };
  }
}

/** Writes a session file atomically; a failure becomes a sentence and leaves the old file as it was. */
export async function writeSessionFile(filePath: string, session: Session, appVersion: string, savedAt: Date): Promise<void> {
  try {
    await writeFileAtomic(filePath, serializeEnvelope(makeEnvelope(session, appVersion, savedAt)));
  } catch (error) {
    throw toSaveError(error, filePath);
  }
}

/** `Voice agent for customer service 2026-03-12.rrsession`, safe on every file system. */
export function suggestedFileName(session: Session): string {
  return `${fileNameBase(`${session.initiative} ${session.workshopDate}`) || 'Readiness Room session'}${FILE_EXTENSION}`;
}

/** A file name's base from a name the person typed, safe on every file system; '' when nothing is left. */
export function fileNameBase(name: string): string {
  return (
    name
      // Characters Windows refuses, control characters, and leading dots (hidden files).
      .replace(/[<>:"/\\|?*\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 120)
      .trim()
  );
}

/** The chosen path with `extension` added when the dialog did not add it. */
export function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}

/** The chosen path with the .rrsession extension added when the dialog did not add it. */
export function withSessionExtension(filePath: string): string {
  return withExtension(filePath, FILE_EXTENSION);
}

/** Whether `candidate` lies inside `folder` (the app's own sessions folder is not for Save As). */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(candidate));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
