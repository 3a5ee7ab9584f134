import type { StageProps } from '../workshop/stageProps';

/** Success criteria: the KPI table with suggestions. (Being built.) */
export function CriteriaStage(_props: StageProps) {
  return null;
}
