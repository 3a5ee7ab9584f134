/** Every write to a session goes through here: a small transaction, then the disk mirror. */
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { createSession, startReassessment } from '../../../shared/model/createSession';
import type { Session } from '../../../shared/model/session';
import { buildSampleWorkshop } from '../../../shared/sample/sampleWorkshop';
import { DEFAULT_LANGUAGE, loadTranslator } from '../../../shared/i18n';
import { useAppStore } from '../store/appStore';
import { db } from './database';
import { scheduleMirror } from './mirrorScheduler';

export function newId(): string {
  return crypto.randomUUID();
}

/** A new session; `framework` (absent: the built-in one) is copied into it whole. */
export async function createNewSession(initiative: string, client: string, language?: string, framework?: Framework): Promise<Session> {
  const session = createSession({ initiative, client, id: newId(), now: Date.now(), ...(language ? { language } : {}), ...(framework ? { framework } : {}) });
  await db.sessions.add(session);
  scheduleMirror(session.id);
  return session;
}

export async function addSession(session: Session): Promise<void> {
  await db.sessions.put(session);
  scheduleMirror(session.id);
}

/** Applies `change` to the stored session and stamps it; returns the new session. */
export async function updateSession(id: string, change: (session: Session) => Session): Promise<Session> {
  const updated = await db.transaction('rw', db.sessions, async () => {
    const current = await db.sessions.get(id);
    if (!current) throw new Error(`Session ${id} is not in the library.`);
    const next = { ...change(current), id, updatedAt: Math.max(Date.now(), current.updatedAt + 1) };
    await db.sessions.put(next);
    return next;
  });
  scheduleMirror(id);
  return updated;
}

export function setArchived(id: string, archived: boolean): Promise<Session> {
  return updateSession(id, (s) => ({ ...s, archivedAt: archived ? Date.now() : null }));
}

/** Deleting is soft, so "Undo" can bring a session back and the disk copy never resurrects it. */
export function setDeleted(id: string, deleted: boolean): Promise<Session> {
  return updateSession(id, (s) => ({ ...s, deletedAt: deleted ? Date.now() : null }));
}

export async function startReassessmentOf(id: string): Promise<Session> {
  const source = await db.sessions.get(id);
  if (!source) throw new Error(`Session ${id} is not in the library.`);
  const copy = startReassessment(source, newId(), Date.now());
  await addSession(copy);
  return copy;
}

/** A fresh copy of the sample workshop, to rehearse with or demo from, in the language given (else the window's). */
export async function createSampleSession(language?: string): Promise<Session> {
  const i18n = language ? await loadTranslator(language) : (useAppStore.getState().windowTranslator ?? (await loadTranslator(DEFAULT_LANGUAGE)));
  const session = buildSampleWorkshop(newId(), Date.now(), i18n);
  await addSession(session);
  return session;
}
