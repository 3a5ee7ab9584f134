/** Maps a stage kind to its screen (phases are data; screens are looked up, not hard-wired). */
import type { ReactNode } from 'react';
import type { Stage } from '../../../../shared/model/session';
import { ActionPlanStage } from '../actions/ActionPlanStage';
import { ComparisonStage } from '../comparison/ComparisonStage';
import { CriteriaStage } from '../criteria/CriteriaStage';
import { ExportStage } from '../export/ExportStage';
import { FrameStage } from '../frame/FrameStage';
import { OwnershipStage } from '../ownership/OwnershipStage';
import { VerdictStage } from '../verdict/VerdictStage';
import { GapStage } from './GapStage';
import type { StageProps } from './stageProps';

export function renderStage(stage: Stage, props: StageProps): ReactNode {
  switch (stage.kind) {
    case 'frame':
      return <FrameStage {...props} />;
    case 'criteria':
      return <CriteriaStage {...props} />;
    case 'gap':
      return stage.gapId ? <GapStage {...props} gapId={stage.gapId} /> : null;
    case 'ownership':
      return <OwnershipStage {...props} />;
    case 'comparison':
      return <ComparisonStage {...props} />;
    case 'verdict':
      return <VerdictStage {...props} />;
    case 'actions':
      return <ActionPlanStage {...props} />;
    case 'export':
      return <ExportStage {...props} />;
  }
}
