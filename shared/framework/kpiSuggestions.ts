/**
 * Success criteria the room can pick from before judging. Business KPIs decide go/no-go; model
 * metrics only explain. Worded for any AI pilot: a channel's own measures (containment, word error
 * rate) are the session's to add.
 */
import type { KpiSuggestion } from './types';

export const KPI_SUGGESTIONS: readonly KpiSuggestion[] = [
  {
    id: 'kpi.straightThroughRate',
    name: 'Straight-through rate',
    kind: 'business',
    hint: 'Share of cases completed end to end with no person stepping in. A case that comes back reopened or has to be redone was not straight through.',
  },
  {
    id: 'kpi.costPerCase',
    name: 'Cost per case handled',
    kind: 'business',
    hint: 'The all-in cost of one case: model, hosting, licences and the human time still needed. Compare it with what the same case costs today.',
  },
  {
    id: 'kpi.cycleTime',
    name: 'Time to complete',
    kind: 'business',
    hint: 'Elapsed time from a case arriving to it being done, at the 90th percentile as well as the median: an average hides the cases that wait for days.',
  },
  {
    id: 'kpi.satisfactionChange',
    name: 'Customer or user satisfaction change',
    kind: 'business',
    hint: 'Satisfaction against the current process, for the same kinds of case and on the same scale, expressed as a difference in points.',
  },
  {
    id: 'kpi.handOffRate',
    name: 'Hand-off rate',
    kind: 'business',
    hint: 'Share of cases passed to a person. A high rate erases the savings even when the model read the case correctly.',
  },
  {
    id: 'kpi.criticalErrorRate',
    name: 'Error rate on critical cases',
    kind: 'business',
    hint: 'Errors on the rare cases that carry the risk (complaints, compliance, vulnerable customers, key accounts). They may be 2% of volume but most of the value, so measure them on their own.',
  },
  {
    id: 'kpi.modelAccuracy',
    name: 'Model accuracy on a labelled sample',
    kind: 'model',
    hint: 'Precision and recall, or plain accuracy, on cases with a known right answer. Useful for tuning, not a go/no-go criterion on its own: a model can be right nine times in ten and still leave half the work to a person. Pair it with a business KPI.',
  },
  {
    id: 'kpi.inputReadingAccuracy',
    name: 'Input reading accuracy (extraction, OCR or transcription)',
    kind: 'model',
    hint: 'How faithfully raw inputs become data the model can use. Measure it on raw production inputs, the messy ones included, and never decide go or no-go on it alone.',
  },
];
