/** One gap: the briefing, its facts, the scoring round, then evidence, risks and actions. */
import { useRef } from 'react';
import { GapFacts } from '../facts/GapFacts';
import { FlagList } from '../flags/FlagList';
import { GapNotes } from '../notes/GapNotes';
import { ScoringRound } from '../scoring/ScoringRound';
import { scrollStageTo } from './stageScroll';
import { GapBriefing } from './stages/GapBriefing';
import type { GapStageProps } from './stageProps';
import { useI18n } from '../../i18n/TranslatorContext';
import type { MessageId } from '../../../../shared/i18n';

const SECTIONS = [
  { id: 'briefing', label: 'workshop.gap.section.briefing' },
  { id: 'facts', label: 'workshop.gap.section.facts' },
  { id: 'scoring', label: 'workshop.gap.section.scoring' },
  { id: 'notes', label: 'workshop.gap.section.notes' },
] as const satisfies readonly { id: string; label: MessageId }[];

export function GapStage(props: GapStageProps) {
  const root = useRef<HTMLDivElement>(null);
  const i18n = useI18n();
  // Buttons, not #anchors: the URL's hash belongs to the app's routing.
  const jump = (id: string) => {
    const target = root.current?.querySelector<HTMLElement>(`[data-section="${id}"]`);
    if (!target) return;
    scrollStageTo(target);
    target.focus({ preventScroll: true });
  };
  return (
    <div className="stage-grid" ref={root}>
      <nav className="stage-jump" aria-label={i18n.t('workshop.gap.sections')}>
        <span className="label">{i18n.t('workshop.gap.jumpTo')}</span>
        {SECTIONS.map((s) => (
          <button key={s.id} type="button" className="btn btn-small" onClick={() => jump(s.id)}>
            {i18n.t(s.label)}
          </button>
        ))}
      </nav>
      <FlagList session={props.session} gapId={props.gapId} goTo={props.goTo} />
      <section className="gap-section" data-section="briefing" tabIndex={-1} aria-label={i18n.t('workshop.gap.section.briefing')}>
        <GapBriefing gapId={props.gapId} session={props.session} />
      </section>
      <section className="gap-section" data-section="facts" tabIndex={-1} aria-label={i18n.t('workshop.gap.section.facts')}>
        <GapFacts {...props} />
      </section>
      <section className="gap-section" data-section="scoring" tabIndex={-1} aria-label={i18n.t('workshop.gap.section.scoring')}>
        <ScoringRound {...props} />
      </section>
      <section className="gap-section" data-section="notes" tabIndex={-1} aria-label={i18n.t('workshop.gap.section.notesLong')}>
        <GapNotes {...props} />
      </section>
    </div>
  );
}
