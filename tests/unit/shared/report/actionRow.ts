/** An action as the report model lists it, for tests: open, medium, owned by Dana, undated unless told. */
import type { ActionRow } from '../../../../shared/report/reportModel';

export function actionRow(over: Partial<ActionRow> & { ref: string }): ActionRow {
  return {
    id: over.ref,
    title: `Title ${over.ref}`,
    description: '',
    gap: null,
    owner: 'Dana',
    ownerEmail: null,
    dueDate: null,
    dueLabel: over.dueDate ?? '',
    priority: 'medium',
    priorityLabel: 'Medium',
    status: 'open',
    statusLabel: 'Open',
    successMeasure: '',
    notes: '',
    attention: '',
    ...over,
  };
}
