/**
 * Loading a session file: size → parse → type → version → migrate → restore → validate.
 * Never throws: returns the session (with what was repaired) or an error a person can read.
 */
import { type z } from 'zod';
import { SessionSchema, type Session } from '../model/session';
import { CURRENT_FORMAT_VERSION, EnvelopeHeaderSchema, FILE_TYPE, MAX_FILE_BYTES } from './envelope';
import { migrateSession } from './migrations';
import { restoreSession } from './restore';
import { parseJsonSafely } from './safeJson';

export type LoadErrorCode = 'too-large' | 'not-json' | 'not-a-session' | 'newer-version' | 'invalid';

export type LoadResult =
  | { ok: true; session: Session; version: number; repairs: string[] }
  | { ok: false; code: LoadErrorCode; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'the session';
  return `${where}: ${issue.message}`;
}

export function loadSessionText(text: string, byteLength = text.length): LoadResult {
  if (byteLength > MAX_FILE_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, code: 'too-large', message: `The file is ${mb} MB; session files above 50 MB are refused.` };
  }
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch {
    return { ok: false, code: 'not-json', message: 'This is not a Readiness Room session file (it is not valid JSON).' };
  }
  if (!isRecord(data) || data.type !== FILE_TYPE) {
    return { ok: false, code: 'not-a-session', message: 'This is not a Readiness Room session file.' };
  }
  const header = EnvelopeHeaderSchema.safeParse(data);
  if (!header.success) {
    return { ok: false, code: 'invalid', message: `The session file's header is damaged (${describeIssue(header.error.issues[0]!)}).` };
  }
  const { version } = header.data;
  if (version > CURRENT_FORMAT_VERSION) {
    const by = header.data.app?.version ? ` by Readiness Room ${header.data.app.version}` : '';
    return {
      ok: false,
      code: 'newer-version',
      message: `This file was written${by} in format version ${version}; this app reads up to version ${CURRENT_FORMAT_VERSION}. Update Readiness Room to open it. The file was not changed.`,
    };
  }
  if (!isRecord(header.data.session)) {
    return { ok: false, code: 'invalid', message: 'The session file holds no session.' };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSession(header.data.session, version);
  } catch (error) {
    return { ok: false, code: 'invalid', message: error instanceof Error ? error.message : 'The file could not be upgraded.' };
  }
  const { session: restored, repairs } = restoreSession(migrated);
  const parsed = SessionSchema.safeParse(restored);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: `The session is invalid at ${describeIssue(parsed.error.issues[0]!)}.` };
  }
  return { ok: true, session: parsed.data, version, repairs };
}
