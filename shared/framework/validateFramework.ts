/**
 * What a framework must satisfy beyond its schema, answered in sentences: the editor shows each
 * one next to its field, a framework file that breaks one is refused with it, and a template is
 * saved only when there is none.
 *
 * It reads a framework the editor is still shaping as readily as a parsed one: the fields a person
 * types (names, ladders, timeboxes) are checked here even where the schema checks them too, so a
 * timebox of 0 is named in a sentence before the draft is ever parsed. Messages hold plain values
 * only (numbers, strings, nested messages), so they may cross IPC.
 */
import { languageName, msg, type Message, type MessageValue } from '../i18n';
import { ROLE_LABELS } from '../model/participantLabels';
import { checkTitle } from '../scoring/checks';
import { listMessage, quotedMessage } from '../scoring/words';
import { FrameworkStageSchema, type Framework, type FrameworkGap } from './frameworkSchema';
import { BUILT_IN_TEXT_PREFIX } from './builtInFramework';
import { frameworkIds } from './localize';
import { LEVELS } from './types';

/** Where a problem is fixed in the editor. */
export interface FrameworkProblemPlace {
  section: 'general' | 'gap' | 'agenda' | 'facts' | 'rules' | 'checks' | 'roles';
  /** The gap the problem is about (section "gap"). */
  gapId?: string;
  /** The agenda stage, counted from 0 (section "agenda"). */
  stageIndex?: number;
  /** The language whose text is missing or clashes. */
  language?: string;
  /** The field: "name", "ladder", "timeboxMinutes", a fact or ratio id, a rule's name, a role. */
  field?: string;
}

export interface FrameworkProblem {
  message: Message;
  where: FrameworkProblemPlace;
}

/** The keys of a framework's words: the built-in catalogue ids without their prefix. */
const frameworkTextKeys = {
  name: () => 'name',
  gap: (gapId: string, part: 'name') => frameworkIds.gap(gapId as never, part).slice(BUILT_IN_TEXT_PREFIX.length),
  ladder: (gapId: string, level: (typeof LEVELS)[number]) => frameworkIds.ladder(gapId as never, level).slice(BUILT_IN_TEXT_PREFIX.length),
};

// The timebox bounds are the schema's, so the sentence and the file format agree.
const timeboxSchema = FrameworkStageSchema.shape.timeboxMinutes;
const MIN_TIMEBOX = timeboxSchema.minValue ?? 1;
const MAX_TIMEBOX = timeboxSchema.maxValue ?? 600;

/** A language named in the reader's language where the catalogue knows it, else in its own. */
function languageMessage(tag: string): Message {
  return msg('framework.validation.language', { tag, name: languageName(tag) });
}

function textOf(framework: Framework, language: string, key: string): string {
  const text = framework.text[language]?.[key];
  return typeof text === 'string' ? text.trim() : '';
}

/** A gap by its place and, where it has one, its name in the first language that gives it. */
function gapMessage(framework: Framework, gap: FrameworkGap): Message {
  const number = framework.gaps.indexOf(gap) + 1;
  const name = framework.languages.map((language) => textOf(framework, language, frameworkTextKeys.gap(gap.id, 'name'))).find((text) => text !== '');
  return name === undefined ? msg('framework.validation.gap', { number, named: 'no' }) : msg('framework.validation.gap', { number, named: 'yes', name: quotedMessage(name) });
}

/** Every problem, in the order of the editor's sections. */
export function frameworkProblems(framework: Framework): FrameworkProblem[] {
  return [...textProblems(framework), ...gapIdProblems(framework), ...agendaProblems(framework), ...factProblems(framework), ...ruleProblems(framework), ...roleProblems(framework)];
}

/** The problems as sentences, for callers that need no place (a file refused, a save refused). */
export function validateFramework(framework: Framework): Message[] {
  return frameworkProblems(framework).map((problem) => problem.message);
}

function textProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  for (const language of framework.languages) {
    const inLanguage = languageMessage(language);
    if (textOf(framework, language, frameworkTextKeys.name()) === '') {
      problems.push({ message: msg('framework.validation.noName', { language: inLanguage }), where: { section: 'general', language, field: 'name' } });
    }
    const byName = new Map<string, FrameworkGap>();
    for (const gap of framework.gaps) {
      const name = textOf(framework, language, frameworkTextKeys.gap(gap.id, 'name'));
      if (name === '') {
        problems.push({ message: msg('framework.validation.gapNoName', { gap: gapMessage(framework, gap), language: inLanguage }), where: { section: 'gap', gapId: gap.id, language, field: 'name' } });
      } else {
        const key = name.toLocaleLowerCase(language);
        const first = byName.get(key);
        if (first === undefined) byName.set(key, gap);
        else {
          problems.push({
            message: msg('framework.validation.duplicateGapName', { first: gapMessage(framework, first), second: gapMessage(framework, gap), language: inLanguage }),
            where: { section: 'gap', gapId: gap.id, language, field: 'name' },
          });
        }
      }
      const missing = LEVELS.filter((level) => textOf(framework, language, frameworkTextKeys.ladder(gap.id, level)) === '');
      if (missing.length > 0) {
        problems.push({
          message: msg('framework.validation.gapLadder', { gap: gapMessage(framework, gap), language: inLanguage, count: missing.length, levels: listMessage(missing) }),
          where: { section: 'gap', gapId: gap.id, language, field: 'ladder' },
        });
      }
    }
  }
  return problems;
}

function gapIdProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  framework.gaps.forEach((gap, index) => {
    const first = framework.gaps.findIndex((other) => other.id === gap.id);
    if (first < index) {
      problems.push({
        message: msg('framework.validation.duplicateGapId', { first: gapMessage(framework, framework.gaps[first]!), second: gapMessage(framework, gap), id: gap.id }),
        where: { section: 'gap', gapId: gap.id },
      });
    }
  });
  return problems;
}

function agendaProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const gapIds = new Set(framework.gaps.map((gap) => gap.id));
  framework.agenda.forEach((stage, stageIndex) => {
    const number = stageIndex + 1;
    const where = { section: 'agenda', stageIndex } as const;
    const minutes: unknown = stage.timeboxMinutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes)) {
      problems.push({ message: msg('framework.validation.timeboxMissing', { number, min: MIN_TIMEBOX, max: MAX_TIMEBOX }), where: { ...where, field: 'timeboxMinutes' } });
    } else if (!Number.isInteger(minutes) || minutes < MIN_TIMEBOX || minutes > MAX_TIMEBOX) {
      problems.push({ message: msg('framework.validation.timebox', { number, minutes, min: MIN_TIMEBOX, max: MAX_TIMEBOX }), where: { ...where, field: 'timeboxMinutes' } });
    }
    if (stage.kind !== 'gap') return;
    if (stage.gapId === null) {
      problems.push({ message: msg('framework.validation.stageWithoutGap', { number }), where: { ...where, field: 'gapId' } });
    } else if (!gapIds.has(stage.gapId)) {
      problems.push({ message: msg('framework.validation.stageUnknownGap', { number, gapId: quotedMessage(stage.gapId) }), where: { ...where, field: 'gapId' } });
    }
  });
  for (const gap of framework.gaps) {
    const count = framework.agenda.filter((stage) => stage.kind === 'gap' && stage.gapId === gap.id).length;
    if (count === 0) {
      problems.push({ message: msg('framework.validation.gapNotOnAgenda', { gap: gapMessage(framework, gap) }), where: { section: 'agenda', gapId: gap.id } });
    } else if (count > 1) {
      problems.push({ message: msg('framework.validation.gapTwiceOnAgenda', { gap: gapMessage(framework, gap), count }), where: { section: 'agenda', gapId: gap.id } });
    }
  }
  return problems;
}

function factProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const factIds = new Set(framework.facts.map((fact) => fact.id));
  const ratioIds = new Set(framework.ratios.map((ratio) => ratio.id));
  for (const gap of framework.gaps) {
    for (const factId of gap.factIds.filter((id) => !factIds.has(id))) {
      problems.push({ message: msg('framework.validation.gapUnknownFact', { gap: gapMessage(framework, gap), fact: quotedMessage(factId) }), where: { section: 'gap', gapId: gap.id, field: factId } });
    }
    for (const ratioId of gap.ratioIds.filter((id) => !ratioIds.has(id))) {
      problems.push({ message: msg('framework.validation.gapUnknownRatio', { gap: gapMessage(framework, gap), ratio: quotedMessage(ratioId) }), where: { section: 'gap', gapId: gap.id, field: ratioId } });
    }
  }
  for (const ratio of framework.ratios) {
    const missing = [ratio.numeratorFactId, ratio.denominatorFactId].filter((id, index, ids) => !factIds.has(id) && ids.indexOf(id) === index);
    if (missing.length > 0) {
      problems.push({
        message: msg('framework.validation.ratioUnknownFact', { ratio: quotedMessage(ratio.id), facts: listMessage(missing.map((id) => quotedMessage(id))), count: missing.length }),
        where: { section: 'facts', field: ratio.id },
      });
    }
  }
  return problems;
}

function ruleProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const { notYetAtOrBelow: notYet, atRiskAtOrBelow: atRisk, goAtOrAbove: go, blockingChecks } = framework.verdictRules;
  if (atRisk >= go) {
    problems.push({ message: msg('framework.validation.atRiskNotBelowGo', { atRisk, go }), where: { section: 'rules', field: 'atRiskAtOrBelow' } });
  }
  if (notYet > atRisk) {
    problems.push({ message: msg('framework.validation.notYetAboveAtRisk', { notYet, atRisk }), where: { section: 'rules', field: 'notYetAtOrBelow' } });
  }
  for (const id of new Set(blockingChecks)) {
    if (!framework.checks.includes(id)) {
      problems.push({ message: msg('framework.validation.blockingCheckOff', { check: quotedMessage(checkTitle(id)) }), where: { section: 'checks', field: id } });
    }
  }
  return problems;
}

function roleProblems(framework: Framework): FrameworkProblem[] {
  const twice = framework.requiredRoles.filter((role, index, roles) => roles.indexOf(role) !== index);
  return [...new Set(twice)].map((role) => ({ message: msg('framework.validation.duplicateRole', { role: ROLE_LABELS[role] as MessageValue }), where: { section: 'roles', field: role } }));
}
