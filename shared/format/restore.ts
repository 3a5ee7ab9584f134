/**
 * Repairs small damage before validation (after Excalidraw's restore): missing fields get their
 * defaults, unknown keys are dropped, broken list items are left out. Every repair is reported so
 * the facilitator knows what changed; anything it cannot repair is left for the schema to refuse.
 */
import type { z } from 'zod';
import { GAP_IDS } from '../framework/types';
import { DEFAULT_SETTINGS, EMPTY_OWNERSHIP, createSession, emptyGapAssessment } from '../model/createSession';
import {
  ActionSchema,
  KpiSchema,
  NoteItemSchema,
  ParticipantSchema,
  RiskSchema,
  RoundSchema,
  SessionSchema,
  StageSchema,
} from '../model/session';

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keepValid<T>(value: unknown, schema: z.ZodType<T>, what: string, repairs: string[]): T[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) repairs.push(`The ${what} list was unreadable and was emptied.`);
    return [];
  }
  const kept = value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const dropped = value.length - kept.length;
  if (dropped > 0) repairs.push(`${dropped} damaged ${what} ${dropped === 1 ? 'entry was' : 'entries were'} left out.`);
  return kept;
}

function fillObject(value: unknown, defaults: Data, what: string, repairs: string[]): Data {
  if (!isRecord(value)) {
    repairs.push(`The ${what} were missing and were reset.`);
    return { ...defaults };
  }
  const out: Data = {};
  let filled = 0;
  for (const [key, fallback] of Object.entries(defaults)) {
    if (key in value && typeof value[key] === typeof fallback) out[key] = value[key];
    else if (key in value && fallback === null) out[key] = value[key];
    else {
      out[key] = fallback;
      filled++;
    }
  }
  if (filled > 0) repairs.push(`${filled} missing ${what} field${filled === 1 ? ' was' : 's were'} filled in.`);
  return out;
}

export function restoreSession(input: Data): { session: Data; repairs: string[] } {
  const repairs: string[] = [];
  const now = typeof input.updatedAt === 'number' ? input.updatedAt : Date.now();
  const defaults = createSession({
    initiative: typeof input.initiative === 'string' && input.initiative.trim() ? input.initiative : 'Untitled initiative',
    client: '',
    id: typeof input.id === 'string' && input.id ? input.id : 'restored',
    now,
  }) as unknown as Data;

  const shape = SessionSchema.shape as Record<string, unknown>;
  const out: Data = {};
  for (const key of Object.keys(shape)) {
    if (key in input && input[key] !== undefined) out[key] = input[key];
    else {
      out[key] = defaults[key];
      if (key !== 'deletedAt' && key !== 'archivedAt') repairs.push(`The missing field "${key}" was filled in.`);
    }
  }
  const unknown = Object.keys(input).filter((k) => !(k in shape));
  if (unknown.length) repairs.push(`Unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')} dropped.`);

  out.participants = keepValid(out.participants, ParticipantSchema, 'participant', repairs);
  out.kpis = keepValid(out.kpis, KpiSchema, 'KPI', repairs);
  out.actions = keepValid(out.actions, ActionSchema, 'action', repairs);
  out.rounds = keepValid(out.rounds, RoundSchema, 'round', repairs);
  let agenda = keepValid(out.agenda, StageSchema, 'agenda stage', repairs);
  if (agenda.length === 0) agenda = defaults.agenda as typeof agenda;
  out.agenda = agenda;
  if (!agenda.some((s) => s.id === out.currentStageId)) out.currentStageId = agenda[0]!.id;

  out.settings = fillObject(out.settings, { ...DEFAULT_SETTINGS }, 'setting', repairs);
  out.ownership = fillObject(out.ownership, { ...EMPTY_OWNERSHIP }, 'ownership', repairs);
  const gaps = isRecord(out.gaps) ? out.gaps : {};
  out.gaps = Object.fromEntries(
    GAP_IDS.map((gapId) => {
      const gap = gaps[gapId];
      if (!isRecord(gap)) return [gapId, emptyGapAssessment()];
      return [
        gapId,
        {
          consensus: gap.consensus ?? null,
          evidence: keepValid(gap.evidence, NoteItemSchema, `${gapId} evidence`, repairs),
          risks: keepValid(gap.risks, RiskSchema, `${gapId} risk`, repairs),
          notes: typeof gap.notes === 'string' ? gap.notes : '',
        },
      ];
    }),
  );
  return { session: out, repairs };
}
