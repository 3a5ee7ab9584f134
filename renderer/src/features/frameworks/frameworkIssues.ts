/**
 * What is wrong with a draft, each said in a sentence and placed next to the field it is about.
 * Fields are named like the draft's words ("gap.gap-7.ladder.3", "name") or by place
 * ("agenda.4", "verdict.goAtOrAbove", "gap.gap-7"); an issue with no field is shown above the editor.
 */
import { msg, type Message } from '../../../../shared/i18n';
import { FrameworkSchema, type Framework } from '../../../../shared/framework/frameworkSchema';

export interface FieldIssue {
  /** The field it is about, or null when it concerns the framework as a whole. */
  field: string | null;
  message: Message;
}

function fieldOfPath(framework: Framework, path: readonly PropertyKey[]): string | null {
  const [head, second, third] = path;
  if (head === 'text' && typeof third === 'string') return third;
  if (head === 'agenda' && typeof second === 'number') return `agenda.${second}`;
  if (head === 'gaps' && typeof second === 'number') return framework.gaps[second] ? `gap.${framework.gaps[second].id}` : null;
  if (head === 'verdictRules' && typeof second === 'string') return `verdict.${second}`;
  return null;
}

/** The schema's objections, each placed at its field with a plain sentence. */
export function frameworkIssues(framework: Framework): FieldIssue[] {
  const parsed = FrameworkSchema.safeParse(framework);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = fieldOfPath(framework, issue.path);
    if (field?.startsWith('agenda.') && issue.path[2] === 'timeboxMinutes') return { field, message: msg('frameworkEditor.validation.timebox') };
    return { field, message: msg('frameworkEditor.validation.notAccepted') };
  });
}

/** The issues of one field (and, for a gap, of every field inside it). */
export function issuesAt(issues: readonly FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((issue) => issue.field === field);
}
