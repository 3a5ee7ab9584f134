/** The schema of the room's round state (shared/room/roomRoundState.ts computes it), checked when the window sends it to main. */
import { z } from 'zod';
import { DistributionSchema, RoundBriefSchema } from './protocol';

export const ClosedRoundBriefSchema = RoundBriefSchema.pick({ id: true, gapId: true, gapNumber: true, gapCount: true, gapName: true, gapColor: true, roundNumber: true });

export const RoomRoundStateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('open'), round: RoundBriefSchema }),
  /** `distribution` is null unless the round was revealed. */
  z.strictObject({ kind: z.literal('closed'), round: ClosedRoundBriefSchema, distribution: DistributionSchema.nullable() }),
]);

export type RoomRoundState = z.infer<typeof RoomRoundStateSchema>;
export type ClosedRoundBrief = z.infer<typeof ClosedRoundBriefSchema>;
