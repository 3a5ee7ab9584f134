/**
 * A phone's vote as the laptop keeps it: appended to the room journal on disk before the phone is
 * told "received", then handed to the window, which stores it in the round and confirms it.
 */
import { z } from 'zod';
import { PHONE_COMMENT_MAX, PHONE_NAME_MAX } from './roomConstants';
import { PhoneScoreSchema } from './protocol';

export const RoomVoteEntrySchema = z.strictObject({
  /** The journal's id for this entry; the window confirms by it. */
  entryId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  sessionId: z.string().min(1).max(64),
  roundId: z.string().min(1).max(64),
  /** The participant the phone votes as: one of the session's, or a new one (`phone-…`) it adds. */
  phoneId: z.string().min(1).max(64),
  /** The name the phone gave; null when it joined anonymously. Stays on the laptop. */
  name: z.string().min(1).max(PHONE_NAME_MAX).nullable(),
  score: PhoneScoreSchema,
  comment: z.string().max(PHONE_COMMENT_MAX),
  /** When the laptop received the vote (ms since 1970). */
  at: z.number().int().nonnegative(),
});

export type RoomVoteEntry = z.infer<typeof RoomVoteEntrySchema>;

/** What became of a journal entry in the window. */
export const RoomVoteOutcomeSchema = z.enum([
  /** Stored in its round (or already there). */
  'stored',
  /** Its round had been revealed or removed before the window could store it. */
  'late',
  /** The session could not take one more participant. */
  'full',
]);
export type RoomVoteOutcome = z.infer<typeof RoomVoteOutcomeSchema>;
