import { describe, expect, it } from 'vitest';
import de from '../../../../shared/i18n/catalogues/de.json';
import en from '../../../../shared/i18n/catalogues/en.json';
import { builtInFramework, DEFAULT_REQUIRED_ROLES, DEFAULT_VERDICT_RULES } from '../../../../shared/framework/builtInFramework';
import { FRAMEWORK_CHECK_IDS } from '../../../../shared/framework/checkIds';
import { frameworkIds, frameworkTextKeys } from '../../../../shared/framework/localize';
import {
  addGap,
  addLanguage,
  addQuestion,
  addSuggestedAction,
  applyFrameworkEdit,
  blankFramework,
  duplicateFramework,
  frameworkOf,
  moveGap,
  moveStage,
  removeGap,
  removeLanguage,
  removeQuestion,
  removeSuggestedAction,
  setBlockingCheck,
  setCheck,
  setGapLook,
  setRequiredRole,
  setText,
  setTimebox,
  setVerdictRule,
} from '../../../../shared/framework/frameworkOps';
import { FrameworkSchema, MAX_GAPS, type Framework } from '../../../../shared/framework/frameworkSchema';
import { GAP_COLORS, GAP_ICONS } from '../../../../shared/framework/gapPalette';

const NOW = Date.UTC(2026, 10, 30, 12);
const copy = (): Framework => duplicateFramework(builtInFramework({ en, de }), { id: 'firm-1', now: NOW, nameByLanguage: { en: 'Firm method', de: 'Methode der Firma' } });
const gapStages = (framework: Framework) => framework.agenda.filter((stage) => stage.kind === 'gap').map((stage) => stage.gapId);

describe('duplicating a framework', () => {
  it('copies every word and rule under a new id, at revision 1, and shares nothing with its source', () => {
    const source = builtInFramework({ en, de });
    const framework = copy();
    expect(framework).toMatchObject({ id: 'firm-1', revision: 1, basedOn: 'default', createdAt: NOW, updatedAt: NOW, languages: ['en', 'de'] });
    expect(framework.text.en!.name).toBe('Firm method');
    expect(framework.text.de!.name).toBe('Methode der Firma');
    expect(framework.text.de!['gap.data.ladder.3']).toBe(source.text.de!['gap.data.ladder.3']);
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
    framework.gaps[0]!.factIds.push('x.y');
    expect(source.gaps[0]!.factIds).not.toContain('x.y');
  });

  it('names its words with the one key builder the catalogue ids and validation use', () => {
    const copy = duplicateFramework(builtInFramework({ en, de }), { id: 'copy', now: 1 });
    const prefix = 'framework.default.';
    for (const gap of copy.gaps) {
      for (const key of [frameworkTextKeys.gap(gap.id, 'name'), frameworkTextKeys.gap(gap.id, 'tagline'), frameworkTextKeys.ladder(gap.id, 3), frameworkTextKeys.question(gap.id, 1)]) {
        expect(copy.text.en![key], key).toBe((en as Record<string, string>)[prefix + key]);
      }
      expect(frameworkIds.gap(gap.id, 'name')).toBe(prefix + frameworkTextKeys.gap(gap.id, 'name'));
    }
    expect(copy.text.de![frameworkTextKeys.levelName(2)]).toBe((de as Record<string, string>)[frameworkIds.levelName(2)]);
  });

  it('a blank framework has one empty gap in the usual agenda and the product defaults', () => {
    const framework = blankFramework({ id: 'blank', now: NOW, language: 'de', verdictRules: DEFAULT_VERDICT_RULES, requiredRoles: DEFAULT_REQUIRED_ROLES, checks: FRAMEWORK_CHECK_IDS });
    expect(framework.gaps).toHaveLength(1);
    expect(framework.languages).toEqual(['de']);
    expect(framework.agenda.map((stage) => stage.kind)).toEqual(['frame', 'criteria', 'gap', 'ownership', 'verdict', 'actions', 'export']);
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
  });
});

describe('gaps', () => {
  it('adds a gap with the next free icon and colour, an empty ladder and a stage after the last gap', () => {
    const result = addGap(copy());
    const framework = frameworkOf(result);
    const added = framework.gaps[6]!;
    expect(result.gapId).toBe(added.id);
    expect(added.icon).toBe(GAP_ICONS[6]);
    expect(added.color).toBe(GAP_COLORS[6]);
    expect(added).toMatchObject({ questionCount: 0, suggestedActions: [], factIds: [] });
    expect(Object.keys(framework.text.en!).some((key) => key.startsWith(`gap.${added.id}.`))).toBe(false);
    expect(gapStages(framework)).toEqual(['data', 'users', 'load', 'integration', 'change', 'support', added.id]);
    expect(framework.agenda[framework.agenda.findIndex((stage) => stage.gapId === added.id) + 1]!.kind).toBe('ownership');
  });

  it('refuses a thirteenth gap', () => {
    let framework = copy();
    while (framework.gaps.length < MAX_GAPS) framework = frameworkOf(addGap(framework));
    expect(new Set(framework.gaps.map((gap) => gap.color)).size).toBe(MAX_GAPS);
    const result = addGap(framework);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal.code).toBe('too-many-gaps');
  });

  it('removes a gap with its stage and its words in every language, but never the last one', () => {
    const framework = frameworkOf(removeGap(copy(), 'change'));
    expect(framework.gaps.map((gap) => gap.id)).not.toContain('change');
    expect(gapStages(framework)).not.toContain('change');
    for (const language of ['en', 'de']) expect(Object.keys(framework.text[language]!).filter((key) => key.startsWith('gap.change.'))).toEqual([]);
    expect(framework.text.en!['gap.data.name']).toBe(en['framework.default.gap.data.name']);
    let one = framework;
    for (const gap of framework.gaps.slice(1)) one = frameworkOf(removeGap(one, gap.id));
    expect(removeGap(one, one.gaps[0]!.id).ok).toBe(false);
  });

  it('moves a gap, and the agenda assesses the gaps in their new order', () => {
    const framework = frameworkOf(moveGap(copy(), 'support', 0));
    expect(framework.gaps.map((gap) => gap.id)).toEqual(['support', 'data', 'users', 'load', 'integration', 'change']);
    expect(gapStages(framework)).toEqual(['support', 'data', 'users', 'load', 'integration', 'change']);
    expect(framework.agenda[2]!.kind).toBe('gap');
    expect(moveGap(copy(), 'nope', 1).ok).toBe(false);
  });

  it('takes an icon and colour only from the palette', () => {
    expect(frameworkOf(setGapLook(copy(), 'data', { icon: 'scale', color: GAP_COLORS[8] })).gaps[0]).toMatchObject({ icon: 'scale', color: GAP_COLORS[8] });
    expect(setGapLook(copy(), 'data', { color: '#123456' as never }).ok).toBe(false);
  });

  it('removes a question and moves the later ones up in every language', () => {
    const framework = frameworkOf(removeQuestion(copy(), 'data', 1));
    const source = copy();
    expect(framework.gaps[0]!.questionCount).toBe(source.gaps[0]!.questionCount - 1);
    expect(framework.text.de![frameworkTextKeys.question('data', 1)]).toBe(source.text.de![frameworkTextKeys.question('data', 2)]);
    expect(framework.text.en![frameworkTextKeys.question('data', source.gaps[0]!.questionCount)]).toBeUndefined();
    expect(frameworkOf(addQuestion(framework, 'data')).gaps[0]!.questionCount).toBe(source.gaps[0]!.questionCount);
  });

  it('adds and removes a suggested action with its words', () => {
    const added = addSuggestedAction(copy(), 'data');
    const framework = frameworkOf(added);
    const actionId = added.actionId!;
    expect(framework.gaps[0]!.suggestedActions.at(-1)).toEqual({ id: actionId, priority: 'medium' });
    const titled = frameworkOf(setText(framework, 'en', frameworkTextKeys.action(actionId, 'title'), 'Sample the raw data'));
    expect(FrameworkSchema.safeParse(titled).success).toBe(true);
    const removed = frameworkOf(removeSuggestedAction(titled, 'data', actionId));
    expect(removed.text.en![frameworkTextKeys.action(actionId, 'title')]).toBeUndefined();
    expect(removed.gaps[0]!.suggestedActions).toEqual(copy().gaps[0]!.suggestedActions);
  });
});

describe('words and languages', () => {
  it('sets a word in one language, and a gap name carries its hyphenated form along', () => {
    const framework = frameworkOf(setText(copy(), 'de', 'gap.data.name', 'Datenlage'));
    expect(framework.text.de!['gap.data.name']).toBe('Datenlage');
    expect(framework.text.de!['gap.data.hyphenated']).toBe('Datenlage');
    expect(framework.text.en!['gap.data.name']).toBe(en['framework.default.gap.data.name']);
    expect(frameworkOf(setText(framework, 'de', 'gap.data.tagline', '')).text.de!['gap.data.tagline']).toBeUndefined();
    expect(setText(framework, 'fr', 'name', 'Méthode').ok).toBe(false);
  });

  it('adds and removes languages, keeping at least one', () => {
    const framework = frameworkOf(addLanguage(frameworkOf(removeLanguage(copy(), 'de')), 'fr'));
    expect(framework.languages).toEqual(['en', 'fr']);
    expect(framework.text.fr).toEqual({});
    expect(framework.text.de).toBeUndefined();
    expect(removeLanguage(frameworkOf(removeLanguage(framework, 'fr')), 'en').ok).toBe(false);
  });
});

describe('agenda, verdict rules, checks and roles', () => {
  it('moves stages and sets timeboxes, keeping 0 for validation to name and refusing what is no whole number', () => {
    const framework = frameworkOf(moveStage(copy(), 1, 0));
    expect(framework.agenda.slice(0, 2).map((stage) => stage.kind)).toEqual(['criteria', 'frame']);
    expect(frameworkOf(setTimebox(framework, 2, 15)).agenda[2]!.timeboxMinutes).toBe(15);
    const zero = frameworkOf(setTimebox(framework, 2, 0));
    expect(FrameworkSchema.safeParse(zero).success).toBe(false);
    expect(setTimebox(framework, 2, -1).ok).toBe(false);
    expect(setTimebox(framework, 2, 2.5).ok).toBe(false);
    expect(setTimebox(framework, 99, 5).ok).toBe(false);
  });

  it('sets thresholds, checks (off stops blocking, blocking switches on) and roles in a steady order', () => {
    let framework = frameworkOf(setVerdictRule(copy(), 'goAtOrAbove', 5));
    expect(framework.verdictRules.goAtOrAbove).toBe(5);
    framework = frameworkOf(setCheck(framework, 'metric-mirage', false));
    expect(framework.checks).not.toContain('metric-mirage');
    expect(framework.verdictRules.blockingChecks).toEqual(['ownership-vacuum']);
    framework = frameworkOf(setBlockingCheck(framework, 'metric-mirage', true));
    expect(framework.checks).toEqual([...FRAMEWORK_CHECK_IDS]);
    expect(framework.verdictRules.blockingChecks).toEqual(['metric-mirage', 'ownership-vacuum']);
    framework = frameworkOf(setRequiredRole(framework, 'business-owner', true));
    expect(framework.requiredRoles).toEqual(['business-owner', 'it', 'operations', 'legal', 'support']);
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
  });

  it('the issue’s edit: a seventh gap with its ladder, no change management, two shorter timeboxes', () => {
    const added = addGap(copy());
    let framework = frameworkOf(added);
    const gapId = added.gapId!;
    framework = frameworkOf(applyFrameworkEdit(framework, { kind: 'setText', language: 'en', key: 'gap.' + gapId + '.name', value: 'Governance & legal' }));
    for (const level of [1, 2, 3, 4, 5] as const) framework = frameworkOf(applyFrameworkEdit(framework, { kind: 'setText', language: 'en', key: frameworkTextKeys.ladder(gapId, level), value: `Rung ${level}` }));
    framework = frameworkOf(applyFrameworkEdit(framework, { kind: 'removeGap', gapId: 'change' }));
    framework = frameworkOf(applyFrameworkEdit(framework, { kind: 'setTimebox', stageIndex: 0, minutes: 10 }));
    framework = frameworkOf(applyFrameworkEdit(framework, { kind: 'setTimebox', stageIndex: 1, minutes: 15 }));
    expect(framework.gaps).toHaveLength(6);
    expect(gapStages(framework)).toEqual(['data', 'users', 'load', 'integration', 'support', gapId]);
    expect(framework.agenda.slice(0, 2).map((stage) => stage.timeboxMinutes)).toEqual([10, 15]);
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
  });
});
