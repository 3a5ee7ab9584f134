import type { Stage } from '../../../../../shared/model/session';
import { stageInfo } from '../stageInfo';

/** What a stage is for, shown above its tools so the room knows why it is there. */
export function StageIntro({ stage }: { stage: Stage }) {
  return <p className="stage-purpose">{stageInfo(stage).purpose}</p>;
}
