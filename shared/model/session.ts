/**
 * The workshop session: everything the room decides, as zod schemas with inferred types.
 * Schemas are strict so a file or a phone can never smuggle in keys the app does not know.
 */
import { z } from 'zod';
import { ROLES } from '../framework/roles';
import { SESSION_STAGE_KINDS } from '../framework/frameworkLimits';
import { FrameworkItemIdSchema, FrameworkSchema } from '../framework/frameworkSchema';
import { sessionGapIds } from '../framework/sessionFramework';
import { LANGUAGE_TAG } from '../i18n/languages';
import { ISO_DATE } from '../text/dates';
import { FirmLogoSchema } from './firmLogo';
import { MAX_EARLIER_ASSESSMENTS } from './sessionLimits';
import { EMAIL_PATTERN, MAX_EMAIL_LENGTH } from './participantEmail';

/** A gap of the session's framework; which ids it may name is the session's refinement below. */
export const GapIdSchema = FrameworkItemIdSchema;
export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const id = z.string().min(1).max(64);
const shortText = z.string().max(500);
const longText = z.string().max(20_000);
const timestamp = z.number().int().nonnegative();
const isoDate = z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD');

export const RoleSchema = z.enum(ROLES);
export const StanceSchema = z.enum(['champion', 'neutral', 'skeptic']);

export const ParticipantSchema = z.strictObject({
  id,
  name: z.string().min(1).max(120),
  role: RoleSchema,
  stance: StanceSchema,
  inPilot: z.boolean(),
  isFacilitator: z.boolean(),
  /** For the task trackers' imports (Jira's assignee); absent in older files and when not known. */
  email: z.string().max(MAX_EMAIL_LENGTH).regex(EMAIL_PATTERN, 'an e-mail address').optional(),
});

export const FactValueSchema = z.union([z.number().finite(), z.boolean(), shortText, z.null()]);
/** Keyed by the fact ids of shared/framework/facts.ts; Frame and the gap stages share the values. */
export const FactsSchema = z.record(z.string().max(64), FactValueSchema);

export const KpiSchema = z.strictObject({
  id,
  name: z.string().max(200),
  kind: z.enum(['business', 'model']),
  baseline: shortText,
  pilotResult: shortText,
  productionTarget: shortText,
  threshold: shortText,
  measuredInProduction: z.boolean().nullable(),
});

export const StageKindSchema = z.enum(SESSION_STAGE_KINDS);
export const StageSchema = z.strictObject({
  id,
  kind: StageKindSchema,
  gapId: GapIdSchema.nullable(),
  timeboxMinutes: z.number().int().min(0).max(600),
  startedAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
});

export const VoteScoreSchema = z.union([LevelSchema, z.literal('unsure')]);
export const VoteSchema = z.strictObject({
  participantId: id,
  score: VoteScoreSchema,
  confidence: z.enum(['low', 'medium', 'high']).nullable(),
  comment: z.string().max(1000),
  source: z.enum(['grid', 'private', 'phone']),
  at: timestamp,
});

export const RoundSchema = z.strictObject({
  id,
  gapId: GapIdSchema,
  /** 1 for the first round on a gap, 2 for its first re-vote, … */
  number: z.number().int().min(1),
  status: z.enum(['open', 'revealed']),
  openedAt: timestamp,
  revealedAt: timestamp.nullable(),
  votes: z.array(VoteSchema).max(200),
});

export const NoteItemSchema = z.strictObject({
  id,
  text: z.string().min(1).max(2000),
  createdAt: timestamp,
});

export const RiskSchema = NoteItemSchema.extend({ severity: z.enum(['low', 'medium', 'high']) });

export const ConsensusSchema = z.strictObject({
  level: LevelSchema,
  rationale: shortText,
  roundId: id.nullable(),
  confirmedAt: timestamp,
});

export const GapAssessmentSchema = z.strictObject({
  consensus: ConsensusSchema.nullable(),
  evidence: z.array(NoteItemSchema).max(500),
  risks: z.array(RiskSchema).max(500),
  notes: longText,
});

export const OwnershipSchema = z.strictObject({
  businessOwner: shortText,
  ownerHasBudget: z.boolean().nullable(),
  ownerHasAuthority: z.boolean().nullable(),
  supportOwner: shortText,
  monitoring: shortText,
  humanReview: shortText,
  escalationPath: shortText,
  rollbackPlan: shortText,
  expansionCriteria: shortText,
  timeline: shortText,
  handoverPlan: shortText,
});

export const ActionSchema = z.strictObject({
  id,
  title: z.string().min(1).max(300),
  description: longText,
  gapId: GapIdSchema.nullable(),
  owner: z.string().max(120),
  dueDate: isoDate.nullable(),
  priority: z.enum(['high', 'medium', 'low']),
  status: z.enum(['open', 'in-progress', 'done']),
  successMeasure: shortText,
  suggestionId: z.string().max(80).nullable(),
  createdAt: timestamp,
  /** The client's notes, kept between workshops (the tracker's Notes column); absent in older files. */
  notes: longText.optional(),
});

export const VerdictValueSchema = z.enum(['go', 'go-with-conditions', 'not-yet']);
export const VerdictOverrideSchema = z.strictObject({
  value: VerdictValueSchema,
  reason: z.string().min(1).max(2000),
  at: timestamp,
});

export const FirmSchema = z.strictObject({
  name: z.string().max(120),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** The firm's logo on the documents' covers (optional: older files have none). */
  logo: FirmLogoSchema.optional(),
});

export const SettingsSchema = z.strictObject({
  anonymous: z.boolean(),
  facilitatorVotes: z.boolean(),
  /** Spread (max − min of the levels voted) from which the room is said to disagree. */
  divergenceSpread: z.number().min(1).max(4),
  /** Champions' mean minus skeptics' mean from which a gap shows a champion–skeptic split. */
  championSkepticGap: z.number().min(0.5).max(4),
});

/**
 * The session's phone room, kept with the session so that reopening it (after a restart of the
 * app) gives the same address, port and key: phones already in the room reconnect by themselves.
 */
export const RoomSettingsSchema = z.strictObject({
  /** The secret in the QR address (base64url, ≥ 128 bits). Rotating it makes the old QR code useless. */
  key: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  /** The secret phones' participant tokens are signed with; kept when the key rotates. */
  tokenSecret: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  port: z.number().int().min(1).max(65535),
  network: z.enum(['lan', 'loopback']),
  /** The address the QR code shows (null: the best one found), and its interface's name. */
  address: z.string().max(64).nullable(),
  interfaceName: z.string().max(120).nullable(),
  /** The room was open when the session was last used: it opens again when the app starts. */
  open: z.boolean(),
  /** How many times a participant's phone was handed to another phone (old phones' tokens stop working). */
  handovers: z.record(z.string().max(64), z.number().int().min(0).max(1_000_000)).optional(),
});

/** The fields of one assessment: a session as the room leaves it, without its room or its history. */
const assessmentFields = {
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  archivedAt: timestamp.nullable(),
  /** Soft delete, so "undo" can bring it back and the mirror never resurrects it. */
  deletedAt: timestamp.nullable(),
  initiative: z.string().min(1).max(200),
  client: z.string().max(200),
  useCase: shortText,
  facilitator: z.string().max(120),
  workshopDate: isoDate,
  firm: FirmSchema,
  facts: FactsSchema,
  participants: z.array(ParticipantSchema).max(200),
  kpis: z.array(KpiSchema).max(100),
  agenda: z.array(StageSchema).min(1).max(50),
  currentStageId: id,
  rounds: z.array(RoundSchema).max(1000),
  /** One assessment per gap of the session's framework, keyed by its id (the refinement below). */
  gaps: z.record(GapIdSchema, GapAssessmentSchema),
  ownership: OwnershipSchema,
  actions: z.array(ActionSchema).max(2000),
  verdictOverride: VerdictOverrideSchema.nullable(),
  settings: SettingsSchema,
  /** The earlier session this one re-assesses, for the comparison. */
  previousSessionId: id.nullable(),
  /**
   * The client's language (a catalogue's tag): the projector, the phones and the documents speak
   * it. Absent in sessions written before languages existed, which were English (sessionLanguage()).
   */
  language: z.string().regex(LANGUAGE_TAG).optional(),
  /**
   * The framework the session was made from, copied in whole so later edits to the template never
   * change it and a colleague without the template opens it intact. Absent: the built-in one.
   */
  framework: FrameworkSchema.optional(),
};

type AssessmentShape = { framework?: z.infer<typeof FrameworkSchema>; gaps: Record<string, unknown>; rounds: { gapId: string }[]; actions: { gapId: string | null }[]; agenda: { gapId: string | null }[] };

function refineGapsToFramework(session: AssessmentShape, ctx: z.RefinementCtx): void {
  // The gaps are the framework's: one assessment for each, and nothing names a gap it lacks.
  const gapIds = sessionGapIds(session);
  const known = new Set(gapIds);
  for (const gapId of gapIds) {
    if (!Object.hasOwn(session.gaps, gapId)) ctx.addIssue({ code: 'custom', path: ['gaps', gapId], message: 'a gap of the framework has no assessment' });
  }
  for (const gapId of Object.keys(session.gaps)) {
    if (!known.has(gapId)) ctx.addIssue({ code: 'custom', path: ['gaps', gapId], message: 'a gap the framework does not have' });
  }
  const unknownGap = (gapId: string | null) => gapId !== null && !known.has(gapId);
  session.rounds.forEach((round, index) => {
    if (unknownGap(round.gapId)) ctx.addIssue({ code: 'custom', path: ['rounds', index, 'gapId'], message: 'a gap the framework does not have' });
  });
  session.actions.forEach((action, index) => {
    if (unknownGap(action.gapId)) ctx.addIssue({ code: 'custom', path: ['actions', index, 'gapId'], message: 'a gap the framework does not have' });
  });
  session.agenda.forEach((stage, index) => {
    if (unknownGap(stage.gapId)) ctx.addIssue({ code: 'custom', path: ['agenda', index, 'gapId'], message: 'a gap the framework does not have' });
  });
}

/**
 * An earlier assessment of the same initiative, frozen when the re-assessment was started: a whole
 * session without its phone room (its secrets stay behind) and without its own history.
 */
export const AssessmentSchema = z.strictObject(assessmentFields).superRefine(refineGapsToFramework);

export const SessionSchema = z
  .strictObject({
    ...assessmentFields,
    /** The phone room's address and secrets (absent until the room was first opened). */
    room: RoomSettingsSchema.optional(),
    /**
     * The earlier assessments this one is compared with, oldest first; the last is its baseline.
     * The file carries them, so the comparison exports from the file alone. Absent: a first assessment.
     */
    earlier: z.array(AssessmentSchema).max(MAX_EARLIER_ASSESSMENTS).optional(),
  })
  .superRefine(refineGapsToFramework);


export type Role = z.infer<typeof RoleSchema>;
export type RoomSettings = z.infer<typeof RoomSettingsSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type FactValue = z.infer<typeof FactValueSchema>;
export type Facts = z.infer<typeof FactsSchema>;
export type Kpi = z.infer<typeof KpiSchema>;
export type StageKind = z.infer<typeof StageKindSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type VoteScore = z.infer<typeof VoteScoreSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type NoteItem = z.infer<typeof NoteItemSchema>;
export type Risk = z.infer<typeof RiskSchema>;
export type Consensus = z.infer<typeof ConsensusSchema>;
export type GapAssessment = z.infer<typeof GapAssessmentSchema>;
export type Ownership = z.infer<typeof OwnershipSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type VerdictValue = z.infer<typeof VerdictValueSchema>;
export type VerdictOverride = z.infer<typeof VerdictOverrideSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
