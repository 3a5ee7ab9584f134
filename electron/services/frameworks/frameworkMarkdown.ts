/**
 * A framework described in Markdown, for a consultant to read, review or send: its gaps with their
 * questions, ladders and suggested actions, the agenda, the verdict rules, the checks that apply
 * and the roles the room needs. The framework's own words are in the language asked for when it
 * holds it, else in the one it was written in; the headings speak the translator's language.
 */
import type { Framework, FrameworkGap } from '../../../shared/framework/frameworkSchema';
import { BUILT_IN_FRAMEWORK_ID } from '../../../shared/framework/builtInFramework';
import { LEVELS } from '../../../shared/framework/types';
import { checkTitle, type CheckId } from '../../../shared/scoring/checks';
import { WORK_ITEMS_TOKEN } from '../../../shared/framework/wording';
import type { MessageId, Translator } from '../../../shared/i18n';
import { ROLE_LABELS } from '../../../shared/model/participantLabels';

/** "pilot.records" → "pilotRecords", "governance.dpia-sign-off" → "governanceDpiaSignOff" (the text keys' form). */
function keySegment(id: string): string {
  return id.replace(/[.-]+(\w)/g, (_, c: string) => c.toUpperCase());
}

/** The words of a framework in one language, falling back to the language it was written in. */
function wordsOf(framework: Framework, language: string) {
  const own = framework.text[language] ?? {};
  const first = framework.text[framework.languages[0]!] ?? {};
  const items = (own.workItems ?? first.workItems ?? '').trim();
  return (key: string): string => {
    const text = own[key] ?? first[key] ?? '';
    return items ? text.split(WORK_ITEMS_TOKEN).join(items) : text;
  };
}

/** Plain text as Markdown: no line may start a heading or list by accident, and a table cell keeps to its cell. */
function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .trim();
}


/** A language's name in the reader's language ("German" for an English reader). */
function languageNameIn(locale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function checkName(i18n: Translator, id: CheckId): string {
  return i18n.text(checkTitle(id));
}

export interface FrameworkMarkdownOptions {
  /** The language the framework's own words should be in (when it holds them). */
  language: string;
  /** The headings and rules' words. */
  i18n: Translator;
}

export function frameworkMarkdown(framework: Framework, { language, i18n }: FrameworkMarkdownOptions): string {
  const words = wordsOf(framework, framework.text[language] ? language : framework.languages[0]!);
  const t = (id: MessageId, values?: Record<string, string | number>) => i18n.t(id, values);
  const lines: string[] = [];
  const gapName = (gapId: string | null) => (gapId ? inline(words(`gap.${gapId}.name`)) || gapId : '');

  lines.push(`# ${inline(words('name')) || framework.id}`, '');
  if (words('description')) lines.push(inline(words('description')), '');
  const [first, ...others] = framework.languages;
  const languageName = (tag: string) => languageNameIn(i18n.locale, tag);
  lines.push(
    t('frameworkFiles.markdown.about', {
      revision: framework.revision,
      basedOn: framework.basedOn === null ? 'none' : framework.basedOn === BUILT_IN_FRAMEWORK_ID ? 'builtIn' : 'other',
      first: languageName(first!),
      others: others.map(languageName).join(', ') || 'none',
    }),
    '',
  );

  lines.push(`## ${t('frameworkFiles.markdown.gaps', { count: framework.gaps.length })}`, '');
  framework.gaps.forEach((gap, index) => lines.push(...gapSection(gap, index + 1, framework, words, t)));

  lines.push(`## ${t('frameworkFiles.markdown.agenda')}`, '');
  lines.push(`| # | ${t('frameworkFiles.markdown.stage')} | ${t('frameworkFiles.markdown.minutes')} |`, '|---:|---|---:|');
  framework.agenda.forEach((stage, index) => {
    const title = stage.kind === 'gap' ? gapName(stage.gapId) : t(`workshop.stage.${stage.kind}.title` as MessageId);
    lines.push(`| ${index + 1} | ${title} | ${stage.timeboxMinutes} |`);
  });
  lines.push('', t('frameworkFiles.markdown.totalMinutes', { minutes: framework.agenda.reduce((sum, stage) => sum + stage.timeboxMinutes, 0) }), '');

  const rules = framework.verdictRules;
  lines.push(`## ${t('frameworkFiles.markdown.verdictRules')}`, '');
  lines.push(`- ${t('frameworkFiles.markdown.rule.notYet', { level: rules.notYetAtOrBelow })}`);
  lines.push(`- ${t('frameworkFiles.markdown.rule.atRisk', { level: rules.atRiskAtOrBelow })}`);
  lines.push(`- ${t('frameworkFiles.markdown.rule.go', { level: rules.goAtOrAbove })}`);
  lines.push(`- ${t('frameworkFiles.markdown.rule.blocking', { count: rules.blockingChecks.length, checks: rules.blockingChecks.map((id) => checkName(i18n, id)).join(', ') })}`, '');

  lines.push(`## ${t('frameworkFiles.markdown.checks')}`, '');
  if (framework.checks.length === 0) lines.push(t('frameworkFiles.markdown.noChecks'));
  for (const id of framework.checks) lines.push(`- ${checkName(i18n, id)}`);
  lines.push('');

  lines.push(`## ${t('frameworkFiles.markdown.requiredRoles')}`, '');
  if (framework.requiredRoles.length === 0) lines.push(t('frameworkFiles.markdown.noRequiredRoles'));
  for (const role of framework.requiredRoles) lines.push(`- ${i18n.text(ROLE_LABELS[role])}`);
  lines.push('');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function gapSection(gap: FrameworkGap, n: number, framework: Framework, words: (key: string) => string, t: (id: MessageId, values?: Record<string, string | number>) => string): string[] {
  const key = (part: string) => words(`gap.${gap.id}.${part}`);
  const out = [`### ${n}. ${inline(key('name')) || gap.id}`, ''];
  if (key('tagline')) out.push(`*${inline(key('tagline'))}*`, '');
  if (key('pilotUsuallyHad')) out.push(`- ${t('frameworkFiles.markdown.pilotUsuallyHad', { text: inline(key('pilotUsuallyHad')) })}`);
  if (key('productionMeans')) out.push(`- ${t('frameworkFiles.markdown.productionMeans', { text: inline(key('productionMeans')) })}`);
  const facts = gap.factIds.map((factId) => {
    const fact = framework.facts.find((f) => f.id === factId);
    const label = inline(words(`fact.${keySegment(factId)}.label`)) || factId;
    const unit = fact?.unitKind ? words(`unit.${fact.unitKind}`) : '';
    return unit ? `${label} (${inline(unit)})` : label;
  });
  if (facts.length) out.push(`- ${t('frameworkFiles.markdown.facts', { facts: facts.join('; ') })}`);
  out.push('');
  if (gap.questionCount > 0) {
    out.push(`#### ${t('frameworkFiles.markdown.questions')}`, '');
    for (let q = 1; q <= gap.questionCount; q++) out.push(`${q}. ${inline(key(`question.${q}`))}`);
    out.push('');
  }
  out.push(`#### ${t('frameworkFiles.markdown.ladder')}`, '');
  out.push(`| ${t('frameworkFiles.markdown.level')} | ${t('frameworkFiles.markdown.levelName')} | ${t('frameworkFiles.markdown.descriptor')} |`, '|---:|---|---|');
  for (const level of LEVELS) out.push(`| ${level} | ${inline(words(`level.${level}.name`))} | ${inline(key(`ladder.${level}`))} |`);
  out.push('');
  if (gap.suggestedActions.length) {
    out.push(`#### ${t('frameworkFiles.markdown.suggestedActions')}`, '');
    for (const action of gap.suggestedActions) {
      const part = (p: string) => inline(words(`gap.${gap.id}.action.${keySegment(action.id.slice(action.id.indexOf('.') + 1))}.${p}`));
      out.push(`- ${t('frameworkFiles.markdown.action', { title: part('title') || action.id, priority: action.priority, description: part('description'), measure: part('successMeasure') })}`);
    }
    out.push('');
  }
  return out;
}
