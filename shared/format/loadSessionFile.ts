/**
 * Loading a session file: size → parse → type → version → migrate → restore → validate.
 * Never throws: returns the session (with what was repaired) or an error a person can read.
 * A healthy file is validated once; only a file that fails goes through restore().
 */
import { type z } from 'zod';
import { SessionSchema, type Session } from '../model/session';
import { CURRENT_FORMAT_VERSION, EnvelopeHeaderSchema, FILE_TYPE, MAX_FILE_BYTES } from './envelope';
import { migrateSession } from './migrations';
import { restoreSession } from './restore';
import { parseJsonSafely } from './safeJson';
import { formatMegabytes } from '../text/numbers';
import { pluralWord } from '../text/plural';

export type LoadErrorCode = 'too-large' | 'not-json' | 'not-a-session' | 'newer-version' | 'invalid';

export type LoadResult =
  | { ok: true; session: Session; version: number; repairs: string[]; savedAt: string | null }
  | { ok: false; code: LoadErrorCode; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'the session';
  return `${where}: ${issue.message}`;
}

export function loadSessionText(text: string, byteLength = text.length): LoadResult {
  try {
    return loadUnchecked(text, byteLength);
  } catch {
    // Nothing above should throw; if something does, the file is still answered with a sentence.
    return { ok: false, code: 'invalid', message: 'The session file is damaged in a way Readiness Room cannot repair.' };
  }
}

function loadUnchecked(text: string, byteLength: number): LoadResult {
  if (byteLength > MAX_FILE_BYTES) return tooLarge(byteLength);
  let data: unknown;
  try {
    // A byte-order mark (some Windows editors add one) is not JSON; drop it.
    data = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, code: 'not-json', message: 'This is not a Readiness Room session file (it is not valid JSON).' };
  }
  if (!isRecord(data) || data.type !== FILE_TYPE) {
    return { ok: false, code: 'not-a-session', message: 'This is not a Readiness Room session file.' };
  }
  // The version is read before anything else, so a newer file is refused for what it is.
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid', message: "The session file's header is damaged: its format version is missing or unreadable." };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const app = isRecord(data.app) && typeof data.app.version === 'string' ? data.app.version.slice(0, 40) : null;
    const by = app ? ` by Readiness Room ${app}` : ' by a newer Readiness Room';
    return {
      ok: false,
      code: 'newer-version',
      message: `This file was written${by} in format version ${version}; this app reads up to version ${CURRENT_FORMAT_VERSION}. Update Readiness Room to open it. The file was not changed.`,
    };
  }
  const header = EnvelopeHeaderSchema.safeParse(data);
  const savedAt = header.success && typeof header.data.savedAt === 'string' ? header.data.savedAt : null;
  if (!isRecord(data.session)) {
    return { ok: false, code: 'invalid', message: 'The session file holds no session.' };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSession(data.session, version);
  } catch (error) {
    return { ok: false, code: 'invalid', message: error instanceof Error ? error.message : 'The file could not be upgraded.' };
  }
  // Fast path: a healthy file is checked once and needs no repair.
  const direct = SessionSchema.safeParse(migrated);
  if (direct.success) return { ok: true, session: direct.data, version, repairs: [], savedAt };
  const { session: restored, repairs } = restoreSession(migrated);
  const parsed = SessionSchema.safeParse(restored);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: `The session is damaged beyond repair (${describeIssue(parsed.error.issues[0]!)}).` };
  }
  const unknownHeader = Object.keys(data).filter((key) => !Object.hasOwn(EnvelopeHeaderSchema.shape, key));
  if (unknownHeader.length) repairs.push(`Unknown file ${pluralWord(unknownHeader.length, 'detail')} ${unknownHeader.map((k) => `"${k.slice(0, 40)}"`).join(', ')} ignored.`);
  return { ok: true, session: parsed.data, version, repairs, savedAt };
}

/** The refusal for a file above MAX_FILE_BYTES; also used by callers that stat before reading. */
export function tooLarge(byteLength: number): LoadResult & { ok: false } {
  return { ok: false, code: 'too-large', message: `This file is ${formatMegabytes(byteLength)}; session files above 50 MB are refused. It was not opened or changed.` };
}
