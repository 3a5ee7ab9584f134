/** One gap: the briefing, its facts, the scoring round, then evidence, risks and actions. */
import { GapFacts } from '../facts/GapFacts';
import { FlagList } from '../flags/FlagList';
import { GapNotes } from '../notes/GapNotes';
import { ScoringRound } from '../scoring/ScoringRound';
import { GapBriefing } from './stages/GapBriefing';
import type { GapStageProps } from './stageProps';

export function GapStage(props: GapStageProps) {
  return (
    <div className="stage-grid">
      <FlagList session={props.session} gapId={props.gapId} goTo={props.goTo} />
      <GapBriefing gapId={props.gapId} />
      <GapFacts {...props} />
      <ScoringRound {...props} />
      <GapNotes {...props} />
    </div>
  );
}
