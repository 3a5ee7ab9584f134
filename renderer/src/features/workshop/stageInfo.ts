/** How each stage of the agenda is named and introduced on screen, in the language of the translator given. */
import { localizeFramework } from '../../../../shared/framework/localize';
import type { IconName } from '../../../../shared/framework/icons';
import type { MessageId, Translator } from '../../../../shared/i18n';
import type { Stage, StageKind } from '../../../../shared/model/session';

interface StageInfo {
  title: string;
  icon: IconName;
  purpose: string;
}

const INFO: Record<Exclude<StageKind, 'gap'>, { title: MessageId; icon: IconName; purpose: MessageId }> = {
  frame: { title: 'workshop.stage.frame.title', icon: 'frame', purpose: 'workshop.stage.frame.purpose' },
  criteria: { title: 'workshop.stage.criteria.title', icon: 'target', purpose: 'workshop.stage.criteria.purpose' },
  ownership: { title: 'workshop.stage.ownership.title', icon: 'key', purpose: 'workshop.stage.ownership.purpose' },
  comparison: { title: 'workshop.stage.comparison.title', icon: 'trend', purpose: 'workshop.stage.comparison.purpose' },
  verdict: { title: 'workshop.stage.verdict.title', icon: 'scale', purpose: 'workshop.stage.verdict.purpose' },
  actions: { title: 'workshop.stage.actions.title', icon: 'list', purpose: 'workshop.stage.actions.purpose' },
  export: { title: 'workshop.stage.export.title', icon: 'download', purpose: 'workshop.stage.export.purpose' },
};

/**
 * `i18n`: the translator in force where the stage is shown (useI18n()); without it, the window's
 * (the presenter view passes the session's). Where no window exists (a component test), English.
 */
export function stageInfo(stage: Stage, i18n: Translator): StageInfo {
  if (stage.kind === 'gap' && stage.gapId) {
    const gap = localizeFramework(i18n).gapById(stage.gapId);
    return { title: gap.name, icon: gap.icon, purpose: gap.tagline };
  }
  if (stage.kind === 'gap') return { title: i18n.t('workshop.stage.gap.title'), icon: 'flag', purpose: '' };
  const info = INFO[stage.kind];
  return { title: i18n.t(info.title), icon: info.icon, purpose: i18n.t(info.purpose) };
}
