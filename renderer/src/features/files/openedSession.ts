/**
 * Bringing a session from a file into the library: as new, replacing the library's copy (backed
 * up first, so it can be undone), or as a separate copy with a new id.
 */
import { forgetHistory } from '../../commands/historyDatabase';
import type { OpenedSessionFile } from '../../../../shared/ipc/contract';
import type { Session } from '../../../../shared/model/session';
import { db } from '../../db/database';
import { flushMirror } from '../../db/mirrorScheduler';
import { addSession, newId } from '../../db/sessionRepository';
import { AppError, call } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { windowI18n } from '../../i18n/windowI18n';

export type OpenedFile = Extract<OpenedSessionFile, { status: 'opened' }>;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** Same content, whatever the order of keys: then there is nothing to ask. */
export function sameSession(a: Session, b: Session): boolean {
  return JSON.stringify(canonical({ ...a, deletedAt: null })) === JSON.stringify(canonical({ ...b, deletedAt: null }));
}

export async function addFromFile(session: Session): Promise<Session> {
  const added = { ...session, deletedAt: null };
  await addSession(added);
  return added;
}

/**
 * Replaces the library's copy with the file's. The library's copy is written to disk and backed
 * up first; the backup's name is returned so "Undo" can restore it.
 */
export async function replaceFromFile(session: Session, existing: Session): Promise<string | null> {
  await flushMirror();
  if (useAppStore.getState().saveStatus.state === 'failed') {
    throw new AppError('io', windowI18n().t('files.replace.notSaved'));
  }
  const { name } = await call('backupSessionNow', { id: existing.id });
  await addSession({ ...session, deletedAt: null, updatedAt: Math.max(session.updatedAt, existing.updatedAt + 1) });
  await forgetHistory(existing.id);
  return name;
}

/** The file's session as a separate copy: a new id, and "(copy)" after its name. */
export async function copyFromFile(session: Session): Promise<Session> {
  const copy: Session = { ...session, id: newId(), initiative: windowI18n().t('files.copyName', { initiative: session.initiative.slice(0, 193) }), deletedAt: null, archivedAt: null };
  await addSession(copy);
  return copy;
}

/** The library's copy of a session, when it has one that is not deleted. */
export async function libraryCopy(id: string): Promise<Session | undefined> {
  return db.sessions.get(id);
}
