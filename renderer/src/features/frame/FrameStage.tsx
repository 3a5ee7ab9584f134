import type { StageProps } from '../workshop/stageProps';

/** Frame: initiative, pilot and production facts with ratios, participants. (Being built.) */
export function FrameStage(_props: StageProps) {
  return null;
}
