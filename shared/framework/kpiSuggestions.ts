/**
 * Success criteria the room can pick from before judging. Business KPIs decide go/no-go; model
 * metrics only explain. Worded for any AI pilot (framework.default.kpi.<id>.name and .hint in the
 * catalogue): a channel's own measures (containment, word error rate) are the session's to add.
 */
import type { KpiSuggestionDefinition } from './types';

export const KPI_SUGGESTIONS: readonly KpiSuggestionDefinition[] = [
  { id: 'kpi.straightThroughRate', kind: 'business' },
  { id: 'kpi.costPerCase', kind: 'business' },
  { id: 'kpi.cycleTime', kind: 'business' },
  { id: 'kpi.satisfactionChange', kind: 'business' },
  { id: 'kpi.handOffRate', kind: 'business' },
  { id: 'kpi.criticalErrorRate', kind: 'business' },
  { id: 'kpi.modelAccuracy', kind: 'model' },
  { id: 'kpi.inputReadingAccuracy', kind: 'model' },
];
