/** Success criteria the room can pick from before judging. Business KPIs decide go/no-go; model metrics only explain. */
import type { KpiSuggestion } from './types';

export const KPI_SUGGESTIONS: readonly KpiSuggestion[] = [
  {
    id: 'kpi.containmentRate',
    name: 'Containment rate',
    kind: 'business',
    hint: 'Share of contacts resolved end to end with no hand-off to a person. A caller who hangs up and rings back the same day was not contained.',
  },
  {
    id: 'kpi.costPerTransaction',
    name: 'Cost per call or transaction',
    kind: 'business',
    hint: 'The all-in cost of one handled contact: model, hosting, telephony, licences and the human time still needed. Compare it with what the same contact costs today.',
  },
  {
    id: 'kpi.csatChange',
    name: 'CSAT change',
    kind: 'business',
    hint: 'Customer satisfaction against the current channel, for the same contact types and on the same scale, expressed as a difference in points.',
  },
  {
    id: 'kpi.escalationRate',
    name: 'Escalation rate',
    kind: 'business',
    hint: 'Share of contacts passed to a person. A high rate erases the savings even when the model understood the request.',
  },
  {
    id: 'kpi.criticalErrorRate',
    name: 'Error rate on critical cases',
    kind: 'business',
    hint: 'Errors on the rare cases that carry the risk (complaints, compliance, vulnerable customers, key accounts). They may be 2% of volume but most of the value, so measure them on their own.',
  },
  {
    id: 'kpi.intentAccuracy',
    name: 'Intent recognition accuracy',
    kind: 'model',
    hint: 'Useful for tuning, but not a go/no-go criterion on its own: an agent can recognise 85% of intents and still hand 40% of calls to a person. Pair it with a business KPI.',
  },
  {
    id: 'kpi.transcriptionAccuracy',
    name: 'Transcription accuracy (word error rate)',
    kind: 'model',
    hint: 'Shows how well speech becomes text, not whether the customer’s problem was solved. Check it on real calls with accents and noise, and never decide go or no-go on it alone.',
  },
];
