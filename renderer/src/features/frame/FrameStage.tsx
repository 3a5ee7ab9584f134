/** Frame: the initiative, the pilot's facts against production's with the jumps between them, and who is in the room. */
import type { StageProps } from '../workshop/stageProps';
import { InitiativeCard } from './InitiativeCard';
import { ParticipantsCard } from './ParticipantsCard';
import { PilotProductionCard } from './PilotProductionCard';
import './frame.css';

export function FrameStage({ session, update }: StageProps) {
  return (
    <div className="stage-grid frame-stage">
      <InitiativeCard session={session} update={update} />
      <PilotProductionCard session={session} update={update} />
      <ParticipantsCard session={session} update={update} />
    </div>
  );
}
