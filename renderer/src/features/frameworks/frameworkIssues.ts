/**
 * What is wrong with a draft, each said in a sentence and placed next to the field it is about:
 * the framework's rules (frameworkProblems, which say where each problem is fixed), then whatever
 * the file format's schema refuses that those rules do not already name. Fields are named like
 * the draft's words ("gap.gap-7.name", "name"), or by place ("gap.gap-7.ladder", "agenda.4",
 * "verdict.goAtOrAbove", "checks", "roles"); an issue about a language other than the one being
 * written, or with no field on screen, is listed above the editor.
 */
import { msg, type Message } from '../../../../shared/i18n';
import { FrameworkSchema, type Framework } from '../../../../shared/framework/frameworkSchema';
import { frameworkTextKeys } from '../../../../shared/framework/localize';
import { frameworkProblems, type FrameworkProblemPlace } from '../../../../shared/framework/validateFramework';

export interface FieldIssue {
  /** The field it is about, or null when it is shown above the editor. */
  field: string | null;
  /** The part of the editor it belongs to ("general", "agenda", "rules", "gap.<id>"), to mark it in the navigation. */
  section: string;
  message: Message;
}

function placeField(where: FrameworkProblemPlace, language: string): string | null {
  if (where.language !== undefined && where.language !== language) return null;
  switch (where.section) {
    case 'general':
      return where.field ?? null;
    case 'gap':
      if (where.gapId === undefined) return null;
      return where.field === 'name' ? frameworkTextKeys.gap(where.gapId, 'name') : where.field === 'ladder' ? `gap.${where.gapId}.ladder` : `gap.${where.gapId}`;
    case 'agenda':
      return where.stageIndex !== undefined ? `agenda.${where.stageIndex}` : null;
    case 'rules':
      return where.field ? `verdict.${where.field}` : null;
    case 'checks':
      return 'checks';
    case 'roles':
      return 'roles';
    default:
      return null;
  }
}

function sectionOf(where: FrameworkProblemPlace): string {
  if (where.section === 'gap' && where.gapId !== undefined) return `gap.${where.gapId}`;
  if (where.section === 'checks' || where.section === 'roles') return 'rules';
  return where.section;
}

function fieldOfPath(framework: Framework, path: readonly PropertyKey[], language: string): { field: string | null; section: string } {
  const [head, second, third] = path;
  if (head === 'text' && typeof third === 'string') {
    const gap = /^gap\.([^.]+)\./.exec(third);
    return { field: second === language ? third : null, section: gap ? `gap.${gap[1]}` : 'general' };
  }
  if (head === 'agenda' && typeof second === 'number') return { field: `agenda.${second}`, section: 'agenda' };
  if (head === 'gaps' && typeof second === 'number' && framework.gaps[second]) return { field: `gap.${framework.gaps[second].id}`, section: `gap.${framework.gaps[second].id}` };
  if (head === 'verdictRules' && typeof second === 'string') return { field: `verdict.${second}`, section: 'rules' };
  return { field: null, section: 'general' };
}

/** Every issue of the draft, placed for the language being written. */
export function frameworkIssues(framework: Framework, language: string): FieldIssue[] {
  const issues: FieldIssue[] = frameworkProblems(framework).map((problem) => ({ field: placeField(problem.where, language), section: sectionOf(problem.where), message: problem.message }));
  const parsed = FrameworkSchema.safeParse(framework);
  if (parsed.success) return issues;
  // The schema's objections the rules above have not named already (a text too long, a wrong id).
  const named = new Set(issues.map((issue) => issue.field).filter((field) => field !== null));
  for (const issue of parsed.error.issues) {
    const place = fieldOfPath(framework, issue.path, language);
    if (place.field !== null && named.has(place.field)) continue;
    issues.push({ ...place, message: msg('frameworkEditor.validation.notAccepted') });
  }
  return issues;
}
