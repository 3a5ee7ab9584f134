/** How each stage of the agenda is named and introduced on screen. */
import { localizeFramework } from '../../../../shared/framework/localize';
import type { IconName } from '../../../../shared/framework/icons';
import type { Stage, StageKind } from '../../../../shared/model/session';
import { useAppStore } from '../../store/appStore';

interface StageInfo {
  title: string;
  icon: IconName;
  purpose: string;
}

const INFO: Record<Exclude<StageKind, 'gap'>, StageInfo> = {
  frame: { title: 'Frame', icon: 'frame', purpose: 'The initiative, the pilot’s facts, what production will demand, and who is in the room.' },
  criteria: { title: 'Success criteria', icon: 'target', purpose: 'Agree the business KPIs and their go/no-go thresholds before anyone judges the pilot.' },
  ownership: { title: 'Ownership & path', icon: 'key', purpose: 'Who owns it with budget and authority, who runs and supports it, and how it reaches production safely.' },
  verdict: { title: 'Verdict', icon: 'scale', purpose: 'Go, go with conditions, or not yet — drafted from the scores and checks, confirmed by the facilitator.' },
  actions: { title: 'Action plan', icon: 'list', purpose: 'Every action with an owner, a due date, a priority and a measure of success.' },
  export: { title: 'Export', icon: 'download', purpose: 'The report, the steering-committee deck, the tracker and the calendar for the client to keep.' },
};

export function stageInfo(stage: Stage): StageInfo {
  if (stage.kind === 'gap' && stage.gapId) {
    const gap = localizeFramework(useAppStore.getState().windowTranslator!).gapById(stage.gapId); // the window's language (loaded before the first render)
    return { title: gap.name, icon: gap.icon, purpose: gap.tagline };
  }
  if (stage.kind === 'gap') return { title: 'Gap', icon: 'flag', purpose: '' };
  return INFO[stage.kind];
}
