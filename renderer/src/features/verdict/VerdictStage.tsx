import type { StageProps } from '../workshop/stageProps';

/** Summary and verdict. (Being built.) */
export function VerdictStage(_props: StageProps) {
  return null;
}
