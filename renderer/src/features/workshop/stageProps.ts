import type { GapId } from '../../../../shared/framework/types';
import type { Session } from '../../../../shared/model/session';
import type { UpdateSession } from './useSessionUpdater';

/** What every stage screen receives. */
export interface StageProps {
  session: Session;
  update: UpdateSession;
  /** Moves the workshop to another stage (used by "fix it" links). */
  goTo(stageId: string): void;
  /**
   * True while the screen shows the stage it was opened on (a start or a reload), until the room
   * moves: a stage may then put focus on its next thing to do instead of the stage title.
   */
  resumed?: boolean;
}

export interface GapStageProps extends StageProps {
  gapId: GapId;
}
