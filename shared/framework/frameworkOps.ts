/**
 * Edits of a framework as pure functions: each takes a framework and returns a new one, or a
 * refusal in a sentence (never a throw for a move a person can make by mistake). The editor in the
 * window keeps a draft framework and applies these through its commands, so undo is a step back to
 * the draft before. What is still wrong after an edit (a gap with no ladder text, two gaps with one
 * name) is validation's business, not a refusal: a draft may be unfinished.
 */
import { msg, type Message } from '../i18n';
import { FRAMEWORK_CHECK_IDS, type FrameworkCheckId } from './checkIds';
import { MAX_GAPS, MIN_GAPS } from './frameworkLimits';
import type { Framework, FrameworkGap, FrameworkStage, VerdictRules } from './frameworkSchema';
import { GAP_COLORS, GAP_ICONS, type GapColor, type GapIcon } from './gapPalette';
import { frameworkTextKeys } from './localize';
import { ROLES, type RoleId } from './roles';
import type { Level } from './types';

export type FrameworkOpResult = { ok: true; framework: Framework } | { ok: false; refusal: { code: string; message: Message } };

const done = (framework: Framework): FrameworkOpResult => ({ ok: true, framework });
const refuse = (code: string, message: Message): FrameworkOpResult => ({ ok: false, refusal: { code, message } });

/** The framework of a result known to succeed (tests, and chains where a refusal is a bug). */
export function frameworkOf(result: FrameworkOpResult): Framework {
  if (!result.ok) throw new Error(`Refused (${result.refusal.code}): ${result.refusal.message.id}`);
  return result.framework;
}

export type ActionPriority = FrameworkGap['suggestedActions'][number]['priority'];


// ---------------------------------------------------------------------------------------------
// Whole frameworks

/** A new framework made from another: its own id, revision 1, every word and rule copied. */
export function duplicateFramework(source: Framework, { id, now, nameByLanguage = {} }: { id: string; now: number; nameByLanguage?: Readonly<Record<string, string>> }): Framework {
  // A framework is plain JSON (it travels in files), so this copy is whole and shares nothing.
  const copy = JSON.parse(JSON.stringify(source)) as Framework;
  for (const [language, name] of Object.entries(nameByLanguage)) {
    if (copy.text[language]) copy.text[language] = { ...copy.text[language], name };
  }
  return { ...copy, id, revision: 1, basedOn: source.id, createdAt: now, updatedAt: now };
}

const DEFAULT_TIMEBOX: Readonly<Record<FrameworkStage['kind'], number>> = { frame: 20, criteria: 20, gap: 25, ownership: 20, verdict: 15, actions: 25, export: 5 };

/**
 * A framework with one empty gap and the usual agenda, in one language: a start for a method that
 * owes nothing to the built-in one. The product's verdict rules, every check and the four roles
 * are the defaults a person changes from.
 */
export function blankFramework({ id, now, language, verdictRules, requiredRoles, checks }: {
  id: string;
  now: number;
  language: string;
  verdictRules: VerdictRules;
  requiredRoles: readonly RoleId[];
  checks: readonly FrameworkCheckId[];
}): Framework {
  const gap = newGap([]);
  const stage = (kind: FrameworkStage['kind'], gapId: string | null = null): FrameworkStage => ({ kind, gapId, timeboxMinutes: DEFAULT_TIMEBOX[kind] });
  return {
    id,
    revision: 1,
    basedOn: null,
    createdAt: now,
    updatedAt: now,
    languages: [language],
    text: { [language]: {} },
    gaps: [gap],
    facts: [],
    ratios: [],
    kpiSuggestions: [],
    agenda: [stage('frame'), stage('criteria'), stage('gap', gap.id), stage('ownership'), stage('verdict'), stage('actions'), stage('export')],
    verdictRules: { ...verdictRules, blockingChecks: [...verdictRules.blockingChecks] },
    checks: [...checks],
    requiredRoles: [...requiredRoles],
  };
}

// ---------------------------------------------------------------------------------------------
// Languages and words

/** Sets one word in one language; an empty text removes it (the other language then stands in). */
export function setText(framework: Framework, language: string, key: string, value: string): FrameworkOpResult {
  if (!framework.languages.includes(language)) return refuse('unknown-language', msg('frameworkEditor.refusal.unknownLanguage'));
  const words = { ...(framework.text[language] ?? {}) };
  const apply = (k: string) => {
    if (value === '') delete words[k];
    else words[k] = value;
  };
  apply(key);
  // A gap's hyphenated name (where charts may break a long word) follows its name.
  const gapName = /^gap\.([^.]+)\.name$/.exec(key);
  if (gapName) apply(frameworkTextKeys.gap(gapName[1]!, 'hyphenated'));
  return done({ ...framework, text: { ...framework.text, [language]: words } });
}

/** Adds a language with no words yet: until it has them, the first language's words stand in. */
export function addLanguage(framework: Framework, language: string): FrameworkOpResult {
  if (framework.languages.includes(language)) return refuse('language-present', msg('frameworkEditor.refusal.languagePresent'));
  return done({ ...framework, languages: [...framework.languages, language], text: { ...framework.text, [language]: framework.text[language] ?? {} } });
}

/** Removes a language and its words; a framework keeps at least one. */
export function removeLanguage(framework: Framework, language: string): FrameworkOpResult {
  if (!framework.languages.includes(language)) return refuse('unknown-language', msg('frameworkEditor.refusal.unknownLanguage'));
  if (framework.languages.length <= 1) return refuse('last-language', msg('frameworkEditor.refusal.lastLanguage'));
  const text = { ...framework.text };
  delete text[language];
  return done({ ...framework, languages: framework.languages.filter((l) => l !== language), text });
}

// ---------------------------------------------------------------------------------------------
// Gaps

function firstFree<T extends string>(palette: readonly T[], used: readonly string[]): T {
  return palette.find((item) => !used.includes(item)) ?? palette[used.length % palette.length]!;
}

/** The next gap: an id no gap has, the first icon and colour no gap uses, nothing written yet. */
function newGap(gaps: readonly FrameworkGap[]): FrameworkGap {
  const ids = new Set(gaps.map((gap) => gap.id));
  let n = gaps.length + 1;
  while (ids.has(`gap-${n}`)) n++;
  return {
    id: `gap-${n}`,
    icon: firstFree(GAP_ICONS, gaps.map((gap) => gap.icon)),
    color: firstFree(GAP_COLORS, gaps.map((gap) => gap.color)),
    factIds: [],
    ratioIds: [],
    questionCount: 0,
    suggestedActions: [],
  };
}

/**
 * Adds a gap at the end, with the next free icon and colour and an empty ladder, and a stage for
 * it in the agenda after the last gap stage (or before the ownership stage when there is none).
 */
export function addGap(framework: Framework): FrameworkOpResult & { gapId?: string } {
  if (framework.gaps.length >= MAX_GAPS) return refuse('too-many-gaps', msg('frameworkEditor.refusal.tooManyGaps', { max: MAX_GAPS }));
  const gap = newGap(framework.gaps);
  const stage: FrameworkStage = { kind: 'gap', gapId: gap.id, timeboxMinutes: DEFAULT_TIMEBOX.gap };
  const lastGapStage = framework.agenda.map((s) => s.kind).lastIndexOf('gap');
  const ownership = framework.agenda.findIndex((s) => s.kind === 'ownership');
  const at = lastGapStage >= 0 ? lastGapStage + 1 : ownership >= 0 ? ownership : framework.agenda.length;
  const agenda = [...framework.agenda.slice(0, at), stage, ...framework.agenda.slice(at)];
  return { ...done({ ...framework, gaps: [...framework.gaps, gap], agenda }), gapId: gap.id };
}

/** Removes a gap, its stage in the agenda and its words in every language. */
export function removeGap(framework: Framework, gapId: string): FrameworkOpResult {
  if (!framework.gaps.some((gap) => gap.id === gapId)) return refuse('unknown-gap', msg('frameworkEditor.refusal.unknownGap'));
  if (framework.gaps.length <= MIN_GAPS) return refuse('last-gap', msg('frameworkEditor.refusal.lastGap'));
  const prefix = frameworkTextKeys.gapPrefix(gapId);
  const text = Object.fromEntries(Object.entries(framework.text).map(([language, words]) => [language, Object.fromEntries(Object.entries(words).filter(([key]) => !key.startsWith(prefix)))]));
  return done({
    ...framework,
    gaps: framework.gaps.filter((gap) => gap.id !== gapId),
    agenda: framework.agenda.filter((stage) => stage.gapId !== gapId),
    text,
  });
}

/**
 * Moves a gap to another place. The agenda's gap stages keep their slots and follow the gaps'
 * new order, so the workshop assesses the gaps in the order they are listed.
 */
export function moveGap(framework: Framework, gapId: string, toIndex: number): FrameworkOpResult {
  const from = framework.gaps.findIndex((gap) => gap.id === gapId);
  if (from < 0) return refuse('unknown-gap', msg('frameworkEditor.refusal.unknownGap'));
  const to = Math.max(0, Math.min(framework.gaps.length - 1, toIndex));
  if (to === from) return done(framework);
  const gaps = [...framework.gaps];
  const [moved] = gaps.splice(from, 1);
  gaps.splice(to, 0, moved!);
  const order = gaps.map((gap) => gap.id);
  const gapStages = framework.agenda.filter((stage) => stage.kind === 'gap' && stage.gapId !== null && order.includes(stage.gapId));
  const sorted = [...gapStages].sort((a, b) => order.indexOf(a.gapId!) - order.indexOf(b.gapId!));
  let next = 0;
  const agenda = framework.agenda.map((stage) => (gapStages.includes(stage) ? sorted[next++]! : stage));
  return done({ ...framework, gaps, agenda });
}

function updateGap(framework: Framework, gapId: string, change: (gap: FrameworkGap) => FrameworkGap | FrameworkOpResult): FrameworkOpResult {
  const gap = framework.gaps.find((candidate) => candidate.id === gapId);
  if (!gap) return refuse('unknown-gap', msg('frameworkEditor.refusal.unknownGap'));
  const changed = change(gap);
  if ('ok' in changed) return changed;
  return done({ ...framework, gaps: framework.gaps.map((candidate) => (candidate.id === gapId ? changed : candidate)) });
}

/** Gives a gap an icon and a colour from the palette. */
export function setGapLook(framework: Framework, gapId: string, look: { icon?: GapIcon; color?: GapColor }): FrameworkOpResult {
  if (look.icon !== undefined && !GAP_ICONS.includes(look.icon)) return refuse('not-in-palette', msg('frameworkEditor.refusal.notInPalette'));
  if (look.color !== undefined && !GAP_COLORS.includes(look.color)) return refuse('not-in-palette', msg('frameworkEditor.refusal.notInPalette'));
  return updateGap(framework, gapId, (gap) => ({ ...gap, ...look }));
}

/** Adds an empty question at the end of a gap's questions. */
export function addQuestion(framework: Framework, gapId: string): FrameworkOpResult {
  return updateGap(framework, gapId, (gap) => (gap.questionCount >= 20 ? refuse('too-many-questions', msg('frameworkEditor.refusal.tooManyQuestions', { max: 20 })) : { ...gap, questionCount: gap.questionCount + 1 }));
}

/** Removes question n (1-based) in every language; the ones after it move up. */
export function removeQuestion(framework: Framework, gapId: string, n: number): FrameworkOpResult {
  const gap = framework.gaps.find((candidate) => candidate.id === gapId);
  if (!gap) return refuse('unknown-gap', msg('frameworkEditor.refusal.unknownGap'));
  if (!Number.isInteger(n) || n < 1 || n > gap.questionCount) return refuse('unknown-question', msg('frameworkEditor.refusal.unknownQuestion'));
  const text = Object.fromEntries(
    Object.entries(framework.text).map(([language, words]) => {
      const next = { ...words };
      for (let i = n; i <= gap.questionCount; i++) {
        const following = words[frameworkTextKeys.question(gapId, i + 1)];
        if (following === undefined || i === gap.questionCount) delete next[frameworkTextKeys.question(gapId, i)];
        else next[frameworkTextKeys.question(gapId, i)] = following;
      }
      return [language, next];
    }),
  );
  return done({ ...framework, text, gaps: framework.gaps.map((candidate) => (candidate.id === gapId ? { ...candidate, questionCount: candidate.questionCount - 1 } : candidate)) });
}

/** Adds a suggested action to a gap, with a fresh id and medium priority, its words still to write. */
export function addSuggestedAction(framework: Framework, gapId: string): FrameworkOpResult & { actionId?: string } {
  const gap = framework.gaps.find((candidate) => candidate.id === gapId);
  if (!gap) return refuse('unknown-gap', msg('frameworkEditor.refusal.unknownGap'));
  if (gap.suggestedActions.length >= 30) return refuse('too-many-actions', msg('frameworkEditor.refusal.tooManyActions', { max: 30 }));
  const taken = new Set(gap.suggestedActions.map((action) => action.id));
  let n = gap.suggestedActions.length + 1;
  while (taken.has(`${gapId}.action-${n}`)) n++;
  const actionId = `${gapId}.action-${n}`;
  const result = updateGap(framework, gapId, (g) => ({ ...g, suggestedActions: [...g.suggestedActions, { id: actionId, priority: 'medium' }] }));
  return result.ok ? { ...result, actionId } : result;
}

export function removeSuggestedAction(framework: Framework, gapId: string, actionId: string): FrameworkOpResult {
  const gap = framework.gaps.find((candidate) => candidate.id === gapId);
  if (!gap?.suggestedActions.some((action) => action.id === actionId)) return refuse('unknown-action', msg('frameworkEditor.refusal.unknownAction'));
  const keys = new Set((['title', 'description', 'successMeasure'] as const).map((part) => frameworkTextKeys.action(actionId, part)));
  const text = Object.fromEntries(Object.entries(framework.text).map(([language, words]) => [language, Object.fromEntries(Object.entries(words).filter(([key]) => !keys.has(key)))]));
  return done({ ...framework, text, gaps: framework.gaps.map((g) => (g.id === gapId ? { ...g, suggestedActions: g.suggestedActions.filter((action) => action.id !== actionId) } : g)) });
}

export function setActionPriority(framework: Framework, gapId: string, actionId: string, priority: ActionPriority): FrameworkOpResult {
  const gap = framework.gaps.find((candidate) => candidate.id === gapId);
  if (!gap?.suggestedActions.some((action) => action.id === actionId)) return refuse('unknown-action', msg('frameworkEditor.refusal.unknownAction'));
  return updateGap(framework, gapId, (g) => ({ ...g, suggestedActions: g.suggestedActions.map((action) => (action.id === actionId ? { ...action, priority } : action)) }));
}

// ---------------------------------------------------------------------------------------------
// Agenda

/** Moves a stage of the agenda to another place. */
export function moveStage(framework: Framework, fromIndex: number, toIndex: number): FrameworkOpResult {
  if (!Number.isInteger(fromIndex) || fromIndex < 0 || fromIndex >= framework.agenda.length) return refuse('unknown-stage', msg('frameworkEditor.refusal.unknownStage'));
  const to = Math.max(0, Math.min(framework.agenda.length - 1, toIndex));
  if (to === fromIndex) return done(framework);
  const agenda = [...framework.agenda];
  const [moved] = agenda.splice(fromIndex, 1);
  agenda.splice(to, 0, moved!);
  return done({ ...framework, agenda });
}

/**
 * Sets a stage's timebox in whole minutes. 0 is kept (validation then says the stage needs time),
 * so a person can clear and retype a number; a negative or fractional one is refused.
 */
export function setTimebox(framework: Framework, stageIndex: number, minutes: number): FrameworkOpResult {
  if (!Number.isInteger(stageIndex) || stageIndex < 0 || stageIndex >= framework.agenda.length) return refuse('unknown-stage', msg('frameworkEditor.refusal.unknownStage'));
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 600) return refuse('bad-timebox', msg('frameworkEditor.refusal.badTimebox', { max: 600 }));
  return done({ ...framework, agenda: framework.agenda.map((stage, i) => (i === stageIndex ? { ...stage, timeboxMinutes: minutes } : stage)) });
}

// ---------------------------------------------------------------------------------------------
// Verdict rules, checks, roles

export type VerdictThreshold = Exclude<keyof VerdictRules, 'blockingChecks'>;

export function setVerdictRule(framework: Framework, rule: VerdictThreshold, level: Level): FrameworkOpResult {
  if (![1, 2, 3, 4, 5].includes(level)) return refuse('bad-level', msg('frameworkEditor.refusal.badLevel'));
  return done({ ...framework, verdictRules: { ...framework.verdictRules, [rule]: level } });
}

function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}

/** Whether a check's flag holds the verdict at "Not yet"; making it blocking also switches it on. */
export function setBlockingCheck(framework: Framework, checkId: FrameworkCheckId, blocking: boolean): FrameworkOpResult {
  const blockingChecks = toggled(framework.verdictRules.blockingChecks, checkId, blocking, FRAMEWORK_CHECK_IDS);
  const checks = blocking ? toggled(framework.checks, checkId, true, FRAMEWORK_CHECK_IDS) : framework.checks;
  return done({ ...framework, checks, verdictRules: { ...framework.verdictRules, blockingChecks } });
}

/** Switches a check on or off for sessions of this framework; off also stops it blocking. */
export function setCheck(framework: Framework, checkId: FrameworkCheckId, on: boolean): FrameworkOpResult {
  const checks = toggled(framework.checks, checkId, on, FRAMEWORK_CHECK_IDS);
  const blockingChecks = on ? framework.verdictRules.blockingChecks : framework.verdictRules.blockingChecks.filter((id) => id !== checkId);
  return done({ ...framework, checks, verdictRules: { ...framework.verdictRules, blockingChecks } });
}

export function setRequiredRole(framework: Framework, role: RoleId, required: boolean): FrameworkOpResult {
  return done({ ...framework, requiredRoles: toggled(framework.requiredRoles, role, required, ROLES) });
}

// ---------------------------------------------------------------------------------------------
// Edits as data: what the editor's commands carry, replayable and describable.

export type FrameworkEdit =
  | { kind: 'setText'; language: string; key: string; value: string }
  | { kind: 'addLanguage'; language: string }
  | { kind: 'removeLanguage'; language: string }
  | { kind: 'addGap' }
  | { kind: 'removeGap'; gapId: string }
  | { kind: 'moveGap'; gapId: string; toIndex: number }
  | { kind: 'setGapLook'; gapId: string; icon?: GapIcon; color?: GapColor }
  | { kind: 'addQuestion'; gapId: string }
  | { kind: 'removeQuestion'; gapId: string; n: number }
  | { kind: 'addSuggestedAction'; gapId: string }
  | { kind: 'removeSuggestedAction'; gapId: string; actionId: string }
  | { kind: 'setActionPriority'; gapId: string; actionId: string; priority: ActionPriority }
  | { kind: 'moveStage'; fromIndex: number; toIndex: number }
  | { kind: 'setTimebox'; stageIndex: number; minutes: number }
  | { kind: 'setVerdictRule'; rule: VerdictThreshold; level: Level }
  | { kind: 'setBlockingCheck'; checkId: FrameworkCheckId; blocking: boolean }
  | { kind: 'setCheck'; checkId: FrameworkCheckId; on: boolean }
  | { kind: 'setRequiredRole'; role: RoleId; required: boolean };

/** Applies one edit. */
export function applyFrameworkEdit(framework: Framework, edit: FrameworkEdit): FrameworkOpResult {
  switch (edit.kind) {
    case 'setText':
      return setText(framework, edit.language, edit.key, edit.value);
    case 'addLanguage':
      return addLanguage(framework, edit.language);
    case 'removeLanguage':
      return removeLanguage(framework, edit.language);
    case 'addGap':
      return addGap(framework);
    case 'removeGap':
      return removeGap(framework, edit.gapId);
    case 'moveGap':
      return moveGap(framework, edit.gapId, edit.toIndex);
    case 'setGapLook':
      return setGapLook(framework, edit.gapId, { ...(edit.icon ? { icon: edit.icon } : {}), ...(edit.color ? { color: edit.color } : {}) });
    case 'addQuestion':
      return addQuestion(framework, edit.gapId);
    case 'removeQuestion':
      return removeQuestion(framework, edit.gapId, edit.n);
    case 'addSuggestedAction':
      return addSuggestedAction(framework, edit.gapId);
    case 'removeSuggestedAction':
      return removeSuggestedAction(framework, edit.gapId, edit.actionId);
    case 'setActionPriority':
      return setActionPriority(framework, edit.gapId, edit.actionId, edit.priority);
    case 'moveStage':
      return moveStage(framework, edit.fromIndex, edit.toIndex);
    case 'setTimebox':
      return setTimebox(framework, edit.stageIndex, edit.minutes);
    case 'setVerdictRule':
      return setVerdictRule(framework, edit.rule, edit.level);
    case 'setBlockingCheck':
      return setBlockingCheck(framework, edit.checkId, edit.blocking);
    case 'setCheck':
      return setCheck(framework, edit.checkId, edit.on);
    case 'setRequiredRole':
      return setRequiredRole(framework, edit.role, edit.required);
  }
}

/**
 * Typing in one field is one edit of the same key: successive edits with the same merge key fold
 * into one undo step. Null for edits that are each a step of their own.
 */
export function editMergeKey(edit: FrameworkEdit): string | null {
  if (edit.kind === 'setText') return `text:${edit.language}:${edit.key}`;
  if (edit.kind === 'setTimebox') return `timebox:${edit.stageIndex}`;
  return null;
}

/** What an edit did, for the history and the "Undone: …" toast (gap names as the draft words them). */
export function describeFrameworkEdit(edit: FrameworkEdit, gapName: (gapId: string) => string): Message {
  switch (edit.kind) {
    case 'addGap':
      return msg('frameworkEditor.history.addGap');
    case 'removeGap':
      return msg('frameworkEditor.history.removeGap', { name: gapName(edit.gapId) });
    case 'moveGap':
      return msg('frameworkEditor.history.moveGap', { name: gapName(edit.gapId) });
    case 'setTimebox':
      return msg('frameworkEditor.history.timebox');
    case 'moveStage':
      return msg('frameworkEditor.history.moveStage');
    case 'setText':
      return msg('frameworkEditor.history.text');
    default:
      return msg('frameworkEditor.history.other');
  }
}
