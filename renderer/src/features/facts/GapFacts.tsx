import type { GapStageProps } from '../workshop/stageProps';

/** The facts of one gap, shared with Frame. (Being built.) */
export function GapFacts(_props: GapStageProps) {
  return null;
}
