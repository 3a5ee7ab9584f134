import type { GapStageProps } from '../workshop/stageProps';

/** The scoring round of one gap. (Being built.) */
export function ScoringRound(_props: GapStageProps) {
  return null;
}
