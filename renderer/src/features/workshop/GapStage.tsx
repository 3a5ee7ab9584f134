/** One gap: the briefing, its facts, the scoring round, then evidence, risks and actions. */
import { useRef } from 'react';
import { GapFacts } from '../facts/GapFacts';
import { FlagList } from '../flags/FlagList';
import { GapNotes } from '../notes/GapNotes';
import { ScoringRound } from '../scoring/ScoringRound';
import { scrollStageTo } from './stageScroll';
import { GapBriefing } from './stages/GapBriefing';
import type { GapStageProps } from './stageProps';

const SECTIONS = [
  { id: 'briefing', label: 'Briefing' },
  { id: 'facts', label: 'Facts' },
  { id: 'scoring', label: 'Scoring round' },
  { id: 'notes', label: 'Evidence, risks & actions' },
] as const;

export function GapStage(props: GapStageProps) {
  const root = useRef<HTMLDivElement>(null);
  // Buttons, not #anchors: the URL's hash belongs to the app's routing.
  const jump = (id: string) => {
    const target = root.current?.querySelector<HTMLElement>(`[data-section="${id}"]`);
    if (!target) return;
    scrollStageTo(target);
    target.focus({ preventScroll: true });
  };
  return (
    <div className="stage-grid" ref={root}>
      <nav className="stage-jump" aria-label="Sections of this gap">
        <span className="label">Jump to</span>
        {SECTIONS.map((s) => (
          <button key={s.id} type="button" className="btn btn-small" onClick={() => jump(s.id)}>
            {s.label}
          </button>
        ))}
      </nav>
      <FlagList session={props.session} gapId={props.gapId} goTo={props.goTo} />
      <section className="gap-section" data-section="briefing" tabIndex={-1} aria-label="Briefing">
        <GapBriefing gapId={props.gapId} session={props.session} />
      </section>
      <section className="gap-section" data-section="facts" tabIndex={-1} aria-label="Facts">
        <GapFacts {...props} />
      </section>
      <section className="gap-section" data-section="scoring" tabIndex={-1} aria-label="Scoring round">
        <ScoringRound {...props} />
      </section>
      <section className="gap-section" data-section="notes" tabIndex={-1} aria-label="Evidence, risks and actions">
        <GapNotes {...props} />
      </section>
    </div>
  );
}
