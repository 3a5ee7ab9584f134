import type { GapId } from '../../../../shared/framework/types';
import type { Session } from '../../../../shared/model/session';

export interface FlagListProps {
  session: Session;
  /** Only the flags of this gap; undefined for all of them. */
  gapId?: GapId;
  goTo(stageId: string): void;
}

/** The open pilot-trap flags, each with its plain sentence and a link to where it is fixed. (Being built.) */
export function FlagList(_props: FlagListProps) {
  return null;
}
