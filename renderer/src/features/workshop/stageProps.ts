import type { GapId } from '../../../../shared/framework/types';
import type { Session } from '../../../../shared/model/session';
import type { UpdateSession } from './useSessionUpdater';

/** What every stage screen receives. */
export interface StageProps {
  session: Session;
  update: UpdateSession;
  /** Moves the workshop to another stage (used by "fix it" links). */
  goTo(stageId: string): void;
}

export interface GapStageProps extends StageProps {
  gapId: GapId;
}
