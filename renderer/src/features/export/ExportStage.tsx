import type { StageProps } from '../workshop/stageProps';

/** Export. (Being built.) */
export function ExportStage(_props: StageProps) {
  return null;
}
