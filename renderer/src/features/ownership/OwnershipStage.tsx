import type { StageProps } from '../workshop/stageProps';

/** Ownership and production path. (Being built.) */
export function OwnershipStage(_props: StageProps) {
  return null;
}
