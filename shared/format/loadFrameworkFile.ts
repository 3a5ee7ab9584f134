/**
 * Loading a .rrframework file: size → parse (a prototype key refuses the file) → type → version → migrate →
 * restore → strict schema → the framework's own rules. Never throws: returns the framework (with
 * what was repaired) or a sentence a person can read. Nothing is ever written back to the file.
 *
 * Restore is modest on purpose: only the bookkeeping around a framework (its revision, dates,
 * languages, rules and roles, unknown fields) is filled in or dropped, with a note; its gaps, agenda
 * and words are the consultancy's method and are never guessed: a file that breaks them is refused.
 */
import { DEFAULT_REQUIRED_ROLES, DEFAULT_VERDICT_RULES } from '../framework/builtInFramework';
import { FRAMEWORK_CHECK_IDS } from '../framework/checkIds';
import { FrameworkSchema, type Framework } from '../framework/frameworkSchema';
import { validateFramework } from '../framework/validateFramework';
import { msg, type Message } from '../i18n';
import { describeIssue } from './loadSessionFile';
import { CURRENT_FRAMEWORK_FORMAT_VERSION, FRAMEWORK_FILE_TYPE, FrameworkEnvelopeHeaderSchema, MAX_FRAMEWORK_FILE_BYTES } from './frameworkEnvelope';
import { FILE_TYPE as SESSION_FILE_TYPE } from './envelope';
import { migrateFramework } from './migrations/framework';
import { parseJsonNotingForbiddenKeys } from './safeJson';

export type FrameworkLoadErrorCode = 'too-large' | 'not-json' | 'not-a-framework' | 'newer-version' | 'invalid';

export type FrameworkLoadResult =
  | { ok: true; framework: Framework; version: number; repairs: Message[]; savedAt: string | null; deletedAt: number | null }
  | { ok: false; code: FrameworkLoadErrorCode; message: Message };

/** What a framework must satisfy beyond its schema (validateFramework): the problems, in sentences. */
export type FrameworkRules = (framework: Framework) => readonly Message[];

export interface LoadFrameworkOptions {
  /** The framework's own rules (validateFramework unless a test names others); a file that breaks one is refused with its first sentence. */
  rules?: FrameworkRules;
  /** The time filled in for missing dates (ms). */
  now?: number;
}

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadFrameworkText(text: string, byteLength = text.length, options: LoadFrameworkOptions = {}): FrameworkLoadResult {
  try {
    return loadUnchecked(text, byteLength, options);
  } catch {
    // Nothing above should throw; if something does, the file is still answered with a sentence.
    return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.damaged') };
  }
}

/** The refusal for a file above the size limit; also used by callers that stat before reading. */
export function frameworkTooLarge(byteLength: number): FrameworkLoadResult & { ok: false } {
  return { ok: false, code: 'too-large', message: msg('frameworkFiles.load.tooLarge', { size: Math.ceil((byteLength / 1024 / 1024) * 10) / 10 }) };
}

function loadUnchecked(text: string, byteLength: number, options: LoadFrameworkOptions): FrameworkLoadResult {
  if (byteLength > MAX_FRAMEWORK_FILE_BYTES) return frameworkTooLarge(byteLength);
  let parsed: ReturnType<typeof parseJsonNotingForbiddenKeys>;
  try {
    // A byte-order mark (some Windows editors add one) is not JSON; drop it.
    parsed = parseJsonNotingForbiddenKeys(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, code: 'not-json', message: msg('frameworkFiles.load.notJson') };
  }
  // Keys that reach for prototypes never reach an object; a framework (strict everywhere) has none, so the file is refused.
  if (parsed.forbiddenKeys.length > 0) return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.forbiddenKey', { key: parsed.forbiddenKeys[0]! }) };
  const data = parsed.value;
  if (!isRecord(data) || data.type !== FRAMEWORK_FILE_TYPE) {
    const isSession = isRecord(data) && data.type === SESSION_FILE_TYPE;
    return { ok: false, code: 'not-a-framework', message: msg('frameworkFiles.load.notAFramework', { isSession }) };
  }
  // The version is read before anything else, so a newer file is refused for what it is.
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.badVersion') };
  }
  if (version > CURRENT_FRAMEWORK_FORMAT_VERSION) {
    const app = isRecord(data.app) && typeof data.app.version === 'string' ? data.app.version.slice(0, 40) : null;
    return {
      ok: false,
      code: 'newer-version',
      message: msg('frameworkFiles.load.newerVersion', { app: app ?? 'none', version, supported: CURRENT_FRAMEWORK_FORMAT_VERSION }),
    };
  }
  const header = FrameworkEnvelopeHeaderSchema.safeParse(data);
  const savedAt = header.success && typeof header.data.savedAt === 'string' ? header.data.savedAt : null;
  const deletedAt = header.success && typeof header.data.deletedAt === 'number' ? header.data.deletedAt : null;
  if (!isRecord(data.framework)) return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.noFramework') };
  let migrated: Data;
  try {
    migrated = migrateFramework(data.framework, version);
  } catch (error) {
    return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.upgradeFailed', { detail: error instanceof Error ? error.message : '' }) };
  }
  const direct = FrameworkSchema.safeParse(migrated);
  let framework: Framework;
  const repairs: Message[] = [];
  if (direct.success) framework = direct.data;
  else {
    const restored = restoreFramework(migrated, options.now ?? Date.now());
    const parsed = FrameworkSchema.safeParse(restored.framework);
    if (!parsed.success) return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.invalid', { issue: describeIssue(parsed.error.issues[0]!) }) };
    framework = parsed.data;
    repairs.push(...restored.repairs);
  }
  const broken = (options.rules ?? validateFramework)(framework);
  if (broken.length > 0) return { ok: false, code: 'invalid', message: msg('frameworkFiles.load.breaksRules', { problem: broken[0]!, more: broken.length - 1 }) };
  const unknownHeader = Object.keys(data).filter((key) => !Object.hasOwn(FrameworkEnvelopeHeaderSchema.shape, key));
  if (unknownHeader.length) repairs.push(msg('repair.unknownHeader', { count: unknownHeader.length, keys: unknownHeader.map((k) => `"${k.slice(0, 40)}"`).join(', ') }));
  return { ok: true, framework, version, repairs, savedAt, deletedAt };
}

const SHAPE = FrameworkSchema.shape;

/** A fresh id for a framework whose own cannot be read (Node and every browser have randomUUID). */
function randomId(): string {
  return (globalThis as { crypto?: { randomUUID(): string } }).crypto?.randomUUID() ?? `restored-${Date.now()}`;
}
type Field = keyof typeof SHAPE;

/**
 * The bookkeeping of a framework, filled in when missing or unreadable, each with a note. Its
 * gaps, facts, agenda and words are left as they are, for the schema to accept or refuse.
 */
export function restoreFramework(input: Data, now: number): { framework: Data; repairs: Message[] } {
  const repairs: Message[] = [];
  const out: Data = {};
  const readable = (key: Field): boolean => Object.hasOwn(input, key) && SHAPE[key].safeParse(input[key]).success;
  const textLanguages = isRecord(input.text) ? Object.keys(input.text).filter((language) => SHAPE.languages.safeParse([language]).success) : [];
  const defaults: Partial<Record<Field, () => unknown>> = {
    id: randomId,
    revision: () => 1,
    basedOn: () => null,
    createdAt: () => (typeof input.updatedAt === 'number' && readable('updatedAt') ? input.updatedAt : now),
    updatedAt: () => now,
    languages: () => (textLanguages.length > 0 ? textLanguages.slice(0, 20) : ['en']),
    kpiSuggestions: () => [],
    ratios: () => [],
    verdictRules: () => ({ ...DEFAULT_VERDICT_RULES, blockingChecks: [...DEFAULT_VERDICT_RULES.blockingChecks] }),
    checks: () => [...FRAMEWORK_CHECK_IDS],
    requiredRoles: () => [...DEFAULT_REQUIRED_ROLES],
  };
  for (const key of Object.keys(SHAPE) as Field[]) {
    const fill = defaults[key];
    if (readable(key) || !fill) {
      if (Object.hasOwn(input, key)) out[key] = input[key];
      continue;
    }
    out[key] = fill();
    repairs.push(msg('frameworkFiles.repair.filled', { field: key }));
  }
  const unknown = Object.keys(input).filter((key) => !Object.hasOwn(SHAPE, key));
  if (unknown.length) {
    repairs.push(msg('frameworkFiles.repair.unknownFields', { count: unknown.length, fields: unknown.slice(0, 5).map((k) => `"${k.slice(0, 40)}"`).join(', ') }));
  }
  return { framework: out, repairs };
}
