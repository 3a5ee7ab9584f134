import type { Stage } from '../../../../../shared/model/session';
import { stageInfo } from '../stageInfo';
import { useI18n } from '../../../i18n/TranslatorContext';

/** What a stage is for, shown above its tools so the room knows why it is there. */
export function StageIntro({ stage }: { stage: Stage }) {
  const i18n = useI18n();
  return <p className="stage-purpose">{stageInfo(stage, i18n).purpose}</p>;
}
