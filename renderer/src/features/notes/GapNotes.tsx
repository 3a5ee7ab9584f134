import type { GapStageProps } from '../workshop/stageProps';

/** Evidence, risks and actions of one gap. (Being built.) */
export function GapNotes(_props: GapStageProps) {
  return null;
}
