/**
 * Repairs small damage before validation (after Excalidraw's restore): missing or unreadable
 * fields get their defaults, over-long texts are shortened, unknown keys are dropped, broken list
 * items are repaired when they still have their identity and left out when they do not. Every
 * repair is reported so the facilitator knows what changed; what cannot be repaired is left for
 * the schema to refuse. Only own properties are ever read, so prototype keys count for nothing.
 */
import { z } from 'zod';
import { FrameworkSchema, type Framework } from '../framework/frameworkSchema';
import { sessionGapIds } from '../framework/sessionFramework';
import type { GapId } from '../framework/types';
import { DEFAULT_SETTINGS, EMPTY_OWNERSHIP, createSession, emptyGapAssessment } from '../model/createSession';
import { msg, translatorNow, type Message } from '../i18n';
import { gapNameMessage } from '../framework/localize';
import {
  ActionSchema,
  ConsensusSchema,
  FactValueSchema,
  FirmSchema,
  GapAssessmentSchema,
  KpiSchema,
  NoteItemSchema,
  OwnershipSchema,
  ParticipantSchema,
  RiskSchema,
  RoundSchema,
  SessionSchema,
  AssessmentSchema,
  SettingsSchema,
  StageSchema,
  VoteSchema,
} from '../model/session';
import { splitFirmLogo } from './restoreFirmLogo';
import { MAX_EARLIER_ASSESSMENTS } from '../model/sessionLimits';

type Data = Record<string, unknown>;
type ObjectSchema = z.ZodObject<z.ZodRawShape>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const has = (value: Data, key: string): boolean => Object.hasOwn(value, key);

/** The longest text a schema accepts, when it is a (nullable) string schema with a maximum. */
function maxLengthOf(schema: z.ZodType): number | null {
  if (schema instanceof z.ZodString) return schema.maxLength;
  if (schema instanceof z.ZodNullable) return maxLengthOf(schema.unwrap() as z.ZodType);
  return null;
}

type FieldResult = { ok: true; value: unknown; changed: boolean } | { ok: false };

/** A value as its schema reads it, or an over-long text shortened to fit. */
function repairField(value: unknown, schema: z.ZodType): FieldResult {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data, changed: false };
  const max = maxLengthOf(schema);
  if (typeof value === 'string' && max !== null && value.length > max) {
    const cut = schema.safeParse(value.slice(0, max));
    if (cut.success) return { ok: true, value: cut.data, changed: true };
  }
  return { ok: false };
}

/**
 * One object repaired field by field: readable fields are kept, missing or unreadable ones take
 * their default, unknown keys are dropped. null when a field without a default (an id, a name)
 * cannot be read: such an entry has lost its identity.
 */
function repairRecord(value: unknown, schema: ObjectSchema, defaults: Data): { value: Data; changed: boolean } | null {
  if (!isRecord(value)) return null;
  const out: Data = {};
  let changed = false;
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    if (has(value, key)) {
      const field = repairField(value[key], fieldSchema as z.ZodType);
      if (field.ok) {
        out[key] = field.value;
        changed ||= field.changed;
        continue;
      }
    }
    if (!has(defaults, key)) {
      // An optional field (a participant's e-mail) may be absent; an unusable one is left out.
      if (!(fieldSchema as z.ZodType).safeParse(undefined).success) return null;
      if (has(value, key)) changed = true;
      continue;
    }
    out[key] = defaults[key];
    changed = true;
  }
  if (Object.keys(value).some((key) => !has(schema.shape, key))) changed = true;
  return { value: out, changed };
}

/** Which list an entry belongs to, for the repair report. */
type ListKind = 'participant' | 'kpi' | 'action' | 'round' | 'vote' | 'stage' | 'evidence' | 'risk';

interface ListOptions {
  what: ListKind;
  /** The gap whose evidence or risks these are, and the framework that names it. */
  gapId?: GapId;
  framework?: Framework | undefined;
  schema: ObjectSchema;
  /** Defaults for the fields an entry can do without. */
  defaults: Data;
  /** The most entries the session schema accepts. */
  max: number;
  /** Repairs nested lists before the entry itself is checked. */
  prepare?: (item: Data) => Data;
}

/** A list repaired entry by entry: broken entries are fixed or left out, duplicates (same id) dropped. */
function repairList(value: unknown, options: ListOptions, repairs: Message[]): Data[] {
  const what = msg('repair.what', { kind: options.what, gap: options.gapId ? gapNameMessage(options.gapId, options.framework) : '' });
  if (!Array.isArray(value)) {
    if (value !== undefined && value !== null) repairs.push(msg('repair.list.unreadable', { what }));
    return [];
  }
  const kept: Data[] = [];
  const ids = new Set<unknown>();
  let dropped = 0;
  let fixed = 0;
  let duplicates = 0;
  for (const item of value) {
    const repaired = repairRecord(isRecord(item) && options.prepare ? options.prepare(item) : item, options.schema, options.defaults);
    if (!repaired) {
      dropped++;
      continue;
    }
    if (has(repaired.value, 'id')) {
      if (ids.has(repaired.value.id)) {
        duplicates++;
        continue;
      }
      ids.add(repaired.value.id);
    }
    if (repaired.changed) fixed++;
    kept.push(repaired.value);
  }
  if (dropped > 0) repairs.push(msg('repair.list.dropped', { count: dropped, what }));
  if (fixed > 0) repairs.push(msg('repair.list.fixed', { count: fixed, what }));
  if (duplicates > 0) repairs.push(msg('repair.list.duplicates', { count: duplicates, what }));
  if (kept.length > options.max) {
    repairs.push(msg('repair.list.tooLong', { what, count: kept.length, max: options.max }));
    return kept.slice(0, options.max);
  }
  return kept;
}

/** An object whose every field has a default (settings, ownership, firm). */
function repairSettingsLike(value: unknown, schema: ObjectSchema, defaults: Data, what: 'firm' | 'settings' | 'ownership', repairs: Message[]): Data {
  if (!isRecord(value)) {
    repairs.push(msg('repair.group.reset', { what }));
    return { ...defaults };
  }
  const out: Data = {};
  let reset = 0;
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const field = has(value, key) ? repairField(value[key], fieldSchema as z.ZodType) : ({ ok: false } as const);
    if (field.ok) {
      out[key] = field.value;
      if (field.changed) reset++;
    } else {
      out[key] = defaults[key];
      reset++;
    }
  }
  if (reset > 0) repairs.push(msg('repair.group.filled', { count: reset, what }));
  const unknown = Object.keys(value).filter((key) => !has(schema.shape, key));
  if (unknown.length) repairs.push(msg('repair.group.unknownFields', { count: unknown.length, what, fields: quoteList(unknown) }));
  return out;
}

function quoteList(keys: readonly string[]): Message {
  const shown = keys.slice(0, 5).map((k) => `"${k.slice(0, 40)}"`);
  return msg('repair.keyList', { keys: shown.join(', '), more: Math.max(0, keys.length - 5) });
}

/** The session's facts: a flat record of numbers, booleans, short texts or null. */
function repairFacts(value: unknown, repairs: Message[]): Data {
  if (!isRecord(value)) {
    if (value !== undefined) repairs.push(msg('repair.facts.unreadable'));
    return {};
  }
  const out: Data = {};
  let dropped = 0;
  for (const [key, fact] of Object.entries(value)) {
    const field = key.length <= 64 ? repairField(fact, FactValueSchema) : ({ ok: false } as const);
    if (field.ok) out[key] = field.value;
    else dropped++;
  }
  if (dropped > 0) repairs.push(msg('repair.facts.dropped', { count: dropped }));
  return out;
}

const SHAPE = SessionSchema.shape;
/** Fields with their own repair below; every other field is a single value checked by its schema. */
// A session's own framework is never reset to the built-in one: broken, it leaves the file refused (loadSessionFile).
const COMPOSITE_FIELDS = new Set(['firm', 'facts', 'participants', 'kpis', 'agenda', 'rounds', 'gaps', 'ownership', 'actions', 'settings', 'framework', 'earlier']);
/** Missing nullable fields that older files may simply not have: filled in without a word. */
const QUIET_FIELDS = new Set(['archivedAt', 'deletedAt', 'previousSessionId', 'room', 'language', 'framework', 'earlier']);

/**
 * The name a session without one is given, in its own language. Files are restored where the
 * catalogues load at once (main, the command line); elsewhere it stays empty rather than English.
 */
function untitledInitiative(input: Data): string {
  const language = typeof input.language === 'string' ? input.language : 'en';
  try {
    return translatorNow(language).t('repair.untitledInitiative');
  } catch {
    return '';
  }
}

export function restoreSession(input: Data): { session: Data; repairs: Message[] } {
  const repairs: Message[] = [];
  const now = typeof input.updatedAt === 'number' && Number.isFinite(input.updatedAt) && input.updatedAt >= 0 ? Math.floor(input.updatedAt) : Date.now();
  const initiative = typeof input.initiative === 'string' && input.initiative.trim() ? input.initiative.slice(0, 200) : untitledInitiative(input);
  const id = typeof input.id === 'string' && SHAPE.id.safeParse(input.id).success ? input.id : 'restored';
  const parsedFramework = has(input, 'framework') && input.framework !== undefined ? FrameworkSchema.safeParse(input.framework) : null;
  const framework = parsedFramework?.success ? parsedFramework.data : undefined;
  const gapIds = sessionGapIds({ framework });
  const defaults = createSession({ initiative, client: '', id, now, ...(framework ? { framework } : {}) }) as unknown as Data;

  const out: Data = {};
  for (const key of Object.keys(SHAPE)) {
    if (!has(input, key) || input[key] === undefined) {
      out[key] = defaults[key];
      if (!QUIET_FIELDS.has(key)) repairs.push(msg('repair.field.missing', { key }));
      continue;
    }
    if (COMPOSITE_FIELDS.has(key)) {
      out[key] = input[key];
      continue;
    }
    const field = repairField(input[key], SHAPE[key as keyof typeof SHAPE] as z.ZodType);
    if (field.ok) {
      out[key] = field.value;
      if (field.changed) repairs.push(msg('repair.field.shortened', { key }));
    } else {
      out[key] = defaults[key];
      repairs.push(key === 'verdictOverride' ? msg('repair.verdictOverride.removed') : msg('repair.field.reset', { key }));
    }
  }
  const unknown = Object.keys(input).filter((key) => !has(SHAPE, key));
  if (unknown.length) repairs.push(msg('repair.unknownFields', { count: unknown.length, fields: quoteList(unknown) }));

  const { firm, logo } = splitFirmLogo(out.firm, repairs);
  out.firm = repairSettingsLike(firm, FirmSchema.omit({ logo: true }), defaults.firm as Data, 'firm', repairs);
  if (logo) (out.firm as Data).logo = logo;
  out.facts = repairFacts(out.facts, repairs);
  out.participants = repairList(
    out.participants,
    { what: 'participant', schema: ParticipantSchema, defaults: { role: 'other', stance: 'neutral', inPilot: false, isFacilitator: false }, max: 200 },
    repairs,
  );
  out.kpis = repairList(
    out.kpis,
    {
      what: 'kpi',
      schema: KpiSchema,
      defaults: { name: '', kind: 'business', baseline: '', pilotResult: '', productionTarget: '', threshold: '', measuredInProduction: null },
      max: 100,
    },
    repairs,
  );
  out.actions = repairList(
    out.actions,
    {
      what: 'action',
      schema: ActionSchema,
      defaults: { description: '', gapId: null, owner: '', dueDate: null, priority: 'medium', status: 'open', successMeasure: '', suggestionId: null, createdAt: now },
      max: 2000,
    },
    repairs,
  );
  out.rounds = repairList(
    out.rounds,
    {
      what: 'round',
      schema: RoundSchema,
      defaults: { revealedAt: null, votes: [] },
      max: 1000,
      // Votes are repaired one by one, so one broken vote does not cost the whole round.
      prepare: (round) => ({
        ...round,
        votes: repairList(
          round.votes,
          { what: 'vote', schema: VoteSchema, defaults: { confidence: null, comment: '', source: 'grid', at: now }, max: 200 },
          repairs,
        ),
      }),
    },
    repairs,
  );
  let agenda = repairList(
    out.agenda,
    { what: 'stage', schema: StageSchema, defaults: { gapId: null, timeboxMinutes: 20, startedAt: null, completedAt: null }, max: 50 },
    repairs,
  );
  agenda = dropUnknownGaps(agenda, 'stage', gapIds, repairs);
  if (agenda.length === 0) {
    agenda = defaults.agenda as Data[];
    repairs.push(msg('repair.agenda.reset'));
  }
  out.agenda = agenda;
  if (!agenda.some((s) => s.id === out.currentStageId)) {
    out.currentStageId = agenda[0]!.id;
    repairs.push(msg('repair.agenda.currentStage'));
  }

  out.settings = repairSettingsLike(out.settings, SettingsSchema, { ...DEFAULT_SETTINGS }, 'settings', repairs);
  out.ownership = repairSettingsLike(out.ownership, OwnershipSchema, { ...EMPTY_OWNERSHIP }, 'ownership', repairs);
  out.rounds = dropUnknownGaps(out.rounds as Data[], 'round', gapIds, repairs);
  out.actions = unlinkUnknownGaps(out.actions as Data[], gapIds, repairs);
  out.gaps = restoreGaps(out.gaps, gapIds, framework, repairs);
  if (out.earlier !== undefined) out.earlier = restoreEarlier(out.earlier, repairs);
  return { session: out, repairs };
}

/** Earlier assessments are frozen records: each one is kept whole or left out, never patched. */
function restoreEarlier(value: unknown, repairs: Message[]): Data[] | undefined {
  const list = Array.isArray(value) ? value : [];
  const kept = list.filter((item) => AssessmentSchema.safeParse(item).success).slice(-MAX_EARLIER_ASSESSMENTS) as Data[];
  const dropped = (Array.isArray(value) ? value.length : 1) - kept.length;
  if (dropped > 0) repairs.push(msg('repair.earlier.dropped', { count: dropped }));
  return kept.length > 0 ? kept : undefined;
}

/** Rounds and stages of a gap the session's framework does not have are left out. */
function dropUnknownGaps(items: readonly Data[], what: ListKind, gapIds: readonly string[], repairs: Message[]): Data[] {
  const kept = items.filter((item) => item.gapId === null || item.gapId === undefined || gapIds.includes(item.gapId as string));
  const dropped = items.length - kept.length;
  if (dropped > 0) repairs.push(msg('repair.list.dropped', { count: dropped, what: msg('repair.what', { kind: what, gap: '' }) }));
  return kept;
}

/** An action linked to a gap the framework does not have keeps its words and loses the link. */
function unlinkUnknownGaps(actions: readonly Data[], gapIds: readonly string[], repairs: Message[]): Data[] {
  let fixed = 0;
  const out = actions.map((action) => {
    if (action.gapId === null || gapIds.includes(action.gapId as string)) return action;
    fixed++;
    return { ...action, gapId: null };
  });
  if (fixed > 0) repairs.push(msg('repair.list.fixed', { count: fixed, what: msg('repair.what', { kind: 'action', gap: '' }) }));
  return out;
}

function restoreGaps(value: unknown, gapIds: readonly string[], framework: Framework | undefined, repairs: Message[]): Data {
  const gaps = isRecord(value) ? value : {};
  if (!isRecord(value)) repairs.push(msg('repair.gaps.reset'));
  const unknown = Object.keys(gaps).filter((key) => !gapIds.includes(key));
  if (unknown.length) repairs.push(msg('repair.gaps.unknown', { count: unknown.length, gaps: quoteList(unknown) }));
  return Object.fromEntries(
    gapIds.map((gapId) => {
      const gap = has(gaps, gapId) ? gaps[gapId] : undefined;
      if (!isRecord(gap)) {
        if (isRecord(value)) repairs.push(msg('repair.gap.missing', { gap: gapNameMessage(gapId, framework) }));
        return [gapId, emptyGapAssessment()];
      }
      const consensus = repairField(has(gap, 'consensus') ? gap.consensus : null, ConsensusSchema.nullable());
      if (!consensus.ok) repairs.push(msg('repair.gap.consensusCleared', { gap: gapNameMessage(gapId, framework) }));
      const notes = repairField(has(gap, 'notes') ? gap.notes : '', GapAssessmentSchema.shape.notes);
      if (!notes.ok) repairs.push(msg('repair.gap.notesCleared', { gap: gapNameMessage(gapId, framework) }));
      else if (notes.changed) repairs.push(msg('repair.gap.notesShortened', { gap: gapNameMessage(gapId, framework) }));
      return [
        gapId,
        {
          consensus: consensus.ok ? consensus.value : null,
          evidence: repairList(gap.evidence, { what: 'evidence', gapId, framework, schema: NoteItemSchema, defaults: {}, max: 500 }, repairs),
          risks: repairList(gap.risks, { what: 'risk', gapId, framework, schema: RiskSchema, defaults: { severity: 'medium' }, max: 500 }, repairs),
          notes: notes.ok ? notes.value : '',
        },
      ];
    }),
  );
}
