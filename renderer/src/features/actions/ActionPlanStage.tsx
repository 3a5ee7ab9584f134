import type { StageProps } from '../workshop/stageProps';

/** The action plan. (Being built.) */
export function ActionPlanStage(_props: StageProps) {
  return null;
}
