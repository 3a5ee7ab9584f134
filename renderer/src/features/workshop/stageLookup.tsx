/** Maps a stage kind to its screen (phases are data; screens are looked up, not hard-wired). */
import type { ReactNode } from 'react';
import type { Session, Stage } from '../../../../shared/model/session';
import { GapBriefing } from './stages/GapBriefing';

export function renderStage(stage: Stage, _session: Session): ReactNode {
  switch (stage.kind) {
    case 'gap':
      return stage.gapId ? <GapBriefing gapId={stage.gapId} /> : null;
    default:
      return null;
  }
}
