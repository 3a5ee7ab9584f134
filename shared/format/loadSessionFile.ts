/**
 * Loading a session file: size → parse → type → version → migrate → restore → validate.
 * Never throws: returns the session (with what was repaired) or an error a person can read.
 * A healthy file is validated once; only a file that fails goes through restore().
 */
import { type z } from 'zod';
import { FrameworkSchema } from '../framework/frameworkSchema';
import { SessionSchema, type Session } from '../model/session';
import { CURRENT_FORMAT_VERSION, EnvelopeHeaderSchema, FILE_TYPE, MAX_FILE_BYTES } from './envelope';
import { migrateSession } from './migrations';
import { restoreSession } from './restore';
import { parseJsonSafely } from './safeJson';
import { msg, type Message } from '../i18n';

export type LoadErrorCode = 'too-large' | 'not-json' | 'not-a-session' | 'newer-version' | 'invalid';

export type LoadResult =
  | { ok: true; session: Session; version: number; repairs: Message[]; savedAt: string | null }
  | { ok: false; code: LoadErrorCode; message: Message };

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
    return { ok: false, code: 'invalid', message: msg('fileLoad.damaged') };
  }
}

function loadUnchecked(text: string, byteLength: number): LoadResult {
  if (byteLength > MAX_FILE_BYTES) return tooLarge(byteLength);
  let data: unknown;
  try {
    // A byte-order mark (some Windows editors add one) is not JSON; drop it.
    data = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, code: 'not-json', message: msg('fileLoad.notJson') };
  }
  if (!isRecord(data) || data.type !== FILE_TYPE) {
    return { ok: false, code: 'not-a-session', message: msg('fileLoad.notASession') };
  }
  // The version is read before anything else, so a newer file is refused for what it is.
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid', message: msg('fileLoad.badVersion') };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    const app = isRecord(data.app) && typeof data.app.version === 'string' ? data.app.version.slice(0, 40) : null;
    return {
      ok: false,
      code: 'newer-version',
      message: msg('fileLoad.newerVersion', { app: app ?? 'none', version, supported: CURRENT_FORMAT_VERSION }),
    };
  }
  const header = EnvelopeHeaderSchema.safeParse(data);
  const savedAt = header.success && typeof header.data.savedAt === 'string' ? header.data.savedAt : null;
  if (!isRecord(data.session)) {
    return { ok: false, code: 'invalid', message: msg('fileLoad.noSession') };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateSession(data.session, version);
  } catch (error) {
    return { ok: false, code: 'invalid', message: msg('fileLoad.upgradeFailed', { detail: error instanceof Error ? error.message : '' }) };
  }
  // A session's own framework is its method: a broken one is never swapped for the built-in one.
  if (Object.hasOwn(migrated, 'framework') && migrated.framework !== undefined) {
    const framework = FrameworkSchema.safeParse(migrated.framework);
    if (!framework.success) {
      return { ok: false, code: 'invalid', message: msg('fileLoad.brokenFramework', { issue: describeIssue(framework.error.issues[0]!) }) };
    }
  }
  // Fast path: a healthy file is checked once and needs no repair.
  const direct = SessionSchema.safeParse(migrated);
  if (direct.success) return { ok: true, session: direct.data, version, repairs: [], savedAt };
  const { session: restored, repairs } = restoreSession(migrated);
  const parsed = SessionSchema.safeParse(restored);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: msg('fileLoad.beyondRepair', { issue: describeIssue(parsed.error.issues[0]!) }) };
  }
  const unknownHeader = Object.keys(data).filter((key) => !Object.hasOwn(EnvelopeHeaderSchema.shape, key));
  if (unknownHeader.length) repairs.push(msg('repair.unknownHeader', { count: unknownHeader.length, keys: unknownHeader.map((k) => `"${k.slice(0, 40)}"`).join(', ') }));
  return { ok: true, session: parsed.data, version, repairs, savedAt };
}

/** The refusal for a file above MAX_FILE_BYTES; also used by callers that stat before reading. */
export function tooLarge(byteLength: number): LoadResult & { ok: false } {
  return { ok: false, code: 'too-large', message: msg('fileLoad.tooLarge', { size: Math.ceil((byteLength / 1024 / 1024) * 10) / 10 }) };
}
