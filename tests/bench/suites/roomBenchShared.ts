/** What the room benchmark's two processes agree on: the room key and the open round. */
import type { RoundBrief } from '../../../shared/room/protocol';

export const BENCH_ROOM_KEY = 'b'.repeat(32);

export function benchRound(): RoundBrief {
  return {
    id: 'bench-round',
    gapId: 'load',
    gapNumber: 3,
    gapCount: 6,
    gapName: 'Infrastructure load',
    gapColor: '#009E73',
    roundNumber: 1,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({ level, name: `Level ${level}`, descriptor: 'A descriptor of about the length the real ladder uses, so messages weigh what they weigh in the room.' })),
  };
}
