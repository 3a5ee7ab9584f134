/**
 * The room protocol: every message between a phone and the laptop's room server, as strict zod
 * schemas. Small on purpose: a phone can join, resume and vote, nothing else. Nothing a phone
 * sends can open, reveal or close a round; those moves exist only on the laptop.
 *
 * Every message carries `v` (the protocol version). After joining, every message a phone sends
 * carries its participant token.
 */
import { z } from 'zod';
import { FrameworkItemIdSchema, MAX_GAPS } from '../framework/frameworkSchema';
import { LANGUAGE_TAG } from '../i18n/languages';
import { msg, type Message } from '../i18n/message';
import { MessageSchema } from '../i18n/messageSchema';
import { cleanName } from './cleanName';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  MAX_MESSAGE_BYTES,
  PHONE_COMMENT_MAX,
  PHONE_NAME_MAX,
  ROOM_PROTOCOL_VERSION,
} from './roomConstants';

export * from './roomConstants';

/** base64url; the room key has ≥ 128 bits (22+ characters), participant tokens 256 bits (43). */
const RoomKeySchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'a room key');
/** `<participant id, base64url>.<handovers>.<signature>`: the laptop checks it without keeping a list. */
export const ParticipantTokenSchema = z.string().max(160).regex(/^[A-Za-z0-9_-]{2,88}\.[0-9]{1,7}\.[A-Za-z0-9_-]{43}$/, 'a participant token');
const ParticipantIdSchema = z.string().min(1).max(64);
export const JoinCodeSchema = z
  .string()
  .max(16)
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'a six-character room code'));
/** A phone's own id for one vote it sends, so a resend after a lost connection counts once. */
const VoteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'a vote id');
const RoundIdSchema = z.string().min(1).max(64);
export const PhoneScoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('unsure')]);
const version = z.literal(ROOM_PROTOCOL_VERSION);

/** Invisible and direction-changing characters removed, whitespace folded; empty means "no name". */
const PhoneNameSchema = z
  .string()
  .max(PHONE_NAME_MAX * 2)
  .transform(cleanName)
  .pipe(z.string().max(PHONE_NAME_MAX, `a name of at most ${PHONE_NAME_MAX} characters`));

// ---------------------------------------------------------------------------------------------
// Phone → laptop

/** Sent first, with the QR key: the laptop answers with the lobby (who can be joined as). */
export const HelloMessageSchema = z.strictObject({
  v: version,
  type: z.literal('hello'),
  key: RoomKeySchema,
});

export const JoinMessageSchema = z.strictObject({
  v: version,
  type: z.literal('join'),
  /** The secret from the QR address, or the short code typed by hand (rate limited). */
  credential: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('key'), key: RoomKeySchema }),
    z.strictObject({ kind: z.literal('code'), code: JoinCodeSchema }),
  ]),
  /** null (or empty) joins anonymously. */
  name: PhoneNameSchema.nullable(),
  /** Joins as this participant of the session (one the lobby offered). */
  as: ParticipantIdSchema.nullable().optional(),
  /** The name is held by another phone: ask the facilitator to let this phone in as that person. */
  ask: z.boolean().optional(),
});

export const ResumeMessageSchema = z.strictObject({
  v: version,
  type: z.literal('resume'),
  token: ParticipantTokenSchema,
  /** The name this phone joined with, in case the laptop let a new participant go meanwhile. */
  name: PhoneNameSchema.nullable().optional(),
});

export const VoteMessageSchema = z.strictObject({
  v: version,
  type: z.literal('vote'),
  token: ParticipantTokenSchema,
  voteId: VoteIdSchema,
  roundId: RoundIdSchema,
  score: PhoneScoreSchema,
  comment: z.string().max(PHONE_COMMENT_MAX * 2).transform((c) => c.trim()).pipe(z.string().max(PHONE_COMMENT_MAX, `a comment of at most ${PHONE_COMMENT_MAX} characters`)),
});

export const PhoneMessageSchema = z.discriminatedUnion('type', [HelloMessageSchema, JoinMessageSchema, ResumeMessageSchema, VoteMessageSchema]);

// ---------------------------------------------------------------------------------------------
// Laptop → phone

/** The longest gap name and level descriptor a phone is sent; a framework's longer words are shortened. */
export const GAP_NAME_MAX = 80;
export const DESCRIPTOR_MAX = 600;
export const LEVEL_NAME_MAX = 60;

export const LevelBriefSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  name: z.string().max(LEVEL_NAME_MAX),
  descriptor: z.string().max(DESCRIPTOR_MAX),
});

/** What a phone needs to vote in a round: the gap, the question and the five levels, nothing else. */
export const RoundBriefSchema = z.strictObject({
  id: RoundIdSchema,
  gapId: FrameworkItemIdSchema,
  gapNumber: z.number().int().min(1).max(MAX_GAPS),
  /** How many gaps the session's framework has ("Gap 3 of 7"). */
  gapCount: z.number().int().min(1).max(MAX_GAPS),
  gapName: z.string().max(GAP_NAME_MAX),
  gapColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** 1 for the first round on the gap, 2 for a re-vote, … */
  roundNumber: z.number().int().min(1).max(1000),
  levels: z.array(LevelBriefSchema).length(5),
});

export const DistributionSchema = z.strictObject({
  1: z.number().int().min(0),
  2: z.number().int().min(0),
  3: z.number().int().min(0),
  4: z.number().int().min(0),
  5: z.number().int().min(0),
  unsure: z.number().int().min(0),
});

export const MyVoteSchema = z.strictObject({ score: PhoneScoreSchema, comment: z.string().max(PHONE_COMMENT_MAX) });

export const PhoneStateSchema = z.discriminatedUnion('phase', [
  /** Joined; no round is open. */
  z.strictObject({ phase: z.literal('waiting') }),
  /** A round is open: vote, or change the vote already received. */
  z.strictObject({ phase: z.literal('voting'), round: RoundBriefSchema, myVote: MyVoteSchema.nullable() }),
  /** Voting has closed; the distribution is there only when the facilitator revealed it. */
  z.strictObject({
    phase: z.literal('round-closed'),
    round: RoundBriefSchema.pick({ id: true, gapId: true, gapNumber: true, gapCount: true, gapName: true, gapColor: true, roundNumber: true }),
    myVote: MyVoteSchema.nullable(),
    distribution: DistributionSchema.nullable(),
  }),
  /** The facilitator closed the room. */
  z.strictObject({ phase: z.literal('room-closed') }),
]);

export const REFUSAL_CODES = [
  'bad-message',
  'bad-key',
  'bad-code',
  'code-locked',
  'too-many-attempts',
  'unknown-participant',
  'room-full',
  'not-joined',
  'round-closed',
  'slow-down',
  'not-saved',
  'room-closed',
  'not-counted',
  'name-taken',
  'asking',
  'ask-refused',
  'replaced',
  'too-many-joins',
] as const;
export const RefusalCodeSchema = z.enum(REFUSAL_CODES);

export const WelcomeMessageSchema = z.strictObject({
  v: version,
  type: z.literal('welcome'),
  token: ParticipantTokenSchema,
  /** The phone's own name; null when it joined anonymously or the room is anonymous (names stay on the laptop). */
  name: z.string().max(PHONE_NAME_MAX).nullable(),
  anonymous: z.boolean(),
  /** Sent after a join by short code, so the phone can come back later without typing it again. */
  roomKey: RoomKeySchema.optional(),
});

/** The answer to hello: whether names are used, and the session's people who have no phone yet. */
export const LobbyMessageSchema = z.strictObject({
  v: version,
  type: z.literal('lobby'),
  anonymous: z.boolean(),
  /** Empty in an anonymous room: names never leave the laptop there. */
  people: z.array(z.strictObject({ id: ParticipantIdSchema, name: z.string().max(PHONE_NAME_MAX) })).max(200),
  /** The session cannot take one more participant: only the people listed can still join. */
  full: z.boolean(),
});

/** A language tag of a catalogue ("en", "de"): the session's language, which the phone page speaks unless its person chose another. */
export const RoomLanguageSchema = z.string().max(16).regex(LANGUAGE_TAG, 'a language tag');

export const StateMessageSchema = z.strictObject({
  v: version,
  type: z.literal('state'),
  state: PhoneStateSchema,
  /** The session's language: the phone page speaks it unless its person chose another on that phone. */
  language: RoomLanguageSchema,
});

export const AckMessageSchema = z.strictObject({
  v: version,
  type: z.literal('ack'),
  voteId: VoteIdSchema,
  roundId: RoundIdSchema,
  vote: MyVoteSchema,
});

export const RefusedMessageSchema = z.strictObject({
  v: version,
  type: z.literal('refused'),
  code: RefusalCodeSchema,
  /** What the phone tells its person: a message id and plain values, translated on the phone. */
  message: MessageSchema,
  /** The vote this refusal answers, when it answers one. */
  voteId: VoteIdSchema.optional(),
});

export const LaptopMessageSchema = z.discriminatedUnion('type', [WelcomeMessageSchema, LobbyMessageSchema, StateMessageSchema, AckMessageSchema, RefusedMessageSchema]);

export type PhoneScore = z.infer<typeof PhoneScoreSchema>;
export type HelloMessage = z.infer<typeof HelloMessageSchema>;
export type JoinMessage = z.infer<typeof JoinMessageSchema>;
export type LobbyMessage = z.infer<typeof LobbyMessageSchema>;
export type ResumeMessage = z.infer<typeof ResumeMessageSchema>;
export type VoteMessage = z.infer<typeof VoteMessageSchema>;
export type PhoneMessage = z.infer<typeof PhoneMessageSchema>;
export type LevelBrief = z.infer<typeof LevelBriefSchema>;
export type RoundBrief = z.infer<typeof RoundBriefSchema>;
export type RoomDistribution = z.infer<typeof DistributionSchema>;
export type MyVote = z.infer<typeof MyVoteSchema>;
export type PhoneState = z.infer<typeof PhoneStateSchema>;
export type RefusalCode = z.infer<typeof RefusalCodeSchema>;
export type WelcomeMessage = z.infer<typeof WelcomeMessageSchema>;
export type AckMessage = z.infer<typeof AckMessageSchema>;
export type RefusedMessage = z.infer<typeof RefusedMessageSchema>;
export type LaptopMessage = z.infer<typeof LaptopMessageSchema>;
/** A message as sent, before the phone's input types are narrowed by parsing. */
export type PhoneMessageInput = z.input<typeof PhoneMessageSchema>;

/**
 * Parses one text frame from a phone. Returns the message, or a refusal that says what was wrong
 * as a message the phone translates (never the parser's internals).
 */
export function parsePhoneMessage(text: string): { ok: true; message: PhoneMessage } | { ok: false; message: Message } {
  if (text.length > MAX_MESSAGE_BYTES) return { ok: false, message: msg('roomProtocol.parse.tooLarge') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: msg('roomProtocol.parse.unreadable') };
  }
  if (typeof raw === 'object' && raw !== null && 'v' in raw && (raw as { v: unknown }).v !== ROOM_PROTOCOL_VERSION) {
    return { ok: false, message: msg('roomProtocol.parse.otherVersion') };
  }
  const parsed = PhoneMessageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length ? issue.path.map(String).join('.').slice(0, 80) : null;
    return { ok: false, message: field ? msg('roomProtocol.parse.notUnderstoodAt', { field }) : msg('roomProtocol.parse.notUnderstood') };
  }
  return { ok: true, message: parsed.data };
}
