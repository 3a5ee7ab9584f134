/**
 * .rrframework files the consultant chooses (import, export, a double-click, a drop handled by
 * main): read with the size checked before a byte is read, loaded by the shared loader and never
 * written back; written atomically, so a failed export keeps the previous file byte for byte.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { FRAMEWORK_FILE_EXTENSION, MAX_FRAMEWORK_FILE_BYTES, makeFrameworkEnvelope, serializeFrameworkEnvelope } from '../../../shared/format/frameworkEnvelope';
import { frameworkTooLarge, loadFrameworkText, type LoadFrameworkOptions } from '../../../shared/format/loadFrameworkFile';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { frameworkName } from '../../../shared/framework/libraryFramework';
import { msg, type Message } from '../../../shared/i18n';
import type { OpenedFrameworkFile } from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../sessions/atomicWrite';
import { fileNameBase, readFailure, withExtension } from '../sessions/sessionFiles';
import { toSaveError } from '../sessions/sessionMirror';

type Refused = Extract<OpenedFrameworkFile, { status: 'refused' }>;

/** Reads and loads one framework file. Never throws: a refusal carries a sentence the window shows in its language. */
export async function readFrameworkFile(filePath: string, options: LoadFrameworkOptions = {}): Promise<OpenedFrameworkFile> {
  const file = path.resolve(filePath);
  const fileName = path.basename(file);
  const refuse = (code: Refused['code'], message: Message): Refused => ({ status: 'refused', path: file, fileName, code, message });
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) return refuse('unreadable', msg('fileLoad.isFolder', { fileName }));
    // Size first: a huge file is refused before a single byte of it is read.
    if (stats.size > MAX_FRAMEWORK_FILE_BYTES) return refuse('too-large', frameworkTooLarge(stats.size).message);
    const bytes = await fs.readFile(file);
    if (bytes.byteLength > MAX_FRAMEWORK_FILE_BYTES) return refuse('too-large', frameworkTooLarge(bytes.byteLength).message);
    const result = loadFrameworkText(bytes.toString('utf8'), bytes.byteLength, options);
    if (!result.ok) return refuse(result.code, result.message);
    return { status: 'opened', path: file, fileName, framework: result.framework, version: result.version, repairs: result.repairs };
  } catch (error) {
    const failure = readFailure(error, file, fileName);
    return refuse(failure.code, failure.message);
  }
}

/** Writes a framework file for sharing (no library bookkeeping) atomically; a failure becomes a sentence. */
export async function writeFrameworkFile(filePath: string, framework: Framework, appVersion: string, savedAt: Date): Promise<void> {
  try {
    await writeFileAtomic(filePath, serializeFrameworkEnvelope(makeFrameworkEnvelope(framework, appVersion, savedAt)));
  } catch (error) {
    throw toSaveError(error, filePath);
  }
}

/** `Governance method.rrframework`, safe on every file system. */
export function suggestedFrameworkFileName(framework: Framework): string {
  return `${fileNameBase(frameworkName(framework)) || 'Readiness Room framework'}${FRAMEWORK_FILE_EXTENSION}`;
}

/** The chosen path with the .rrframework extension added when the dialog did not add it. */
export function withFrameworkExtension(filePath: string): string {
  return withExtension(filePath, FRAMEWORK_FILE_EXTENSION);
}
