/**
 * .rrframework files: the golden file of each format version keeps loading with its whole content,
 * hostile files are refused with a sentence, small damage to the bookkeeping is repaired and said,
 * and the migration chain runs step by step.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_FRAMEWORK_FORMAT_VERSION, FRAMEWORK_FILE_TYPE, makeFrameworkEnvelope, serializeFrameworkEnvelope } from '../../../../shared/format/frameworkEnvelope';
import { loadFrameworkText } from '../../../../shared/format/loadFrameworkFile';
import { migrateFramework } from '../../../../shared/format/migrations/framework';
import { builtInFramework } from '../../../../shared/framework/builtInFramework';
import { FrameworkSchema } from '../../../../shared/framework/frameworkSchema';
import { msg } from '../../../../shared/i18n';
import { FIXTURES_DIR, GOLDEN_FRAMEWORK_ID, changedGolden, goldenFrameworkText, hostileFrameworkFiles } from '../../../fixtures/hostileFrameworkFiles';
import { en as english, enAll } from '../inEnglish';
import en from '../../../../shared/i18n/catalogues/en.json';

describe('golden framework files', () => {
  const golden = readdirSync(FIXTURES_DIR).filter((name) => /^framework-v\d+\.rrframework$/.test(name));

  it('has one per format version up to the current one', () => {
    const versions = golden.map((name) => Number(/-v(\d+)\./.exec(name)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_FRAMEWORK_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it('framework-v1.rrframework loads without repairs and keeps its seven gaps, ladders, agenda and rules', () => {
    const result = loadFrameworkText(goldenFrameworkText());
    if (!result.ok) throw new Error(english(result.message));
    expect(result).toMatchObject({ version: 1, repairs: [], savedAt: '2026-11-20T16:41:00.000Z', deletedAt: null });
    const f = result.framework;
    expect(FrameworkSchema.safeParse(f).success).toBe(true);
    expect([f.id, f.revision, f.basedOn, f.languages]).toEqual([GOLDEN_FRAMEWORK_ID, 4, 'default', ['en', 'de']]);
    expect(f.gaps.map((g) => g.id)).toEqual(['data', 'users', 'load', 'integration', 'change', 'support', 'governance']);
    expect(f.gaps.at(-1)).toEqual({ id: 'governance', icon: 'scale', color: '#882255', factIds: ['readiness.dpiaSigned'], ratioIds: [], questionCount: 3, suggestedActions: [{ id: 'governance.dpia-sign-off', priority: 'high' }] });
    expect(f.text.en!['gap.governance.name']).toBe('Governance & legal');
    expect(f.text.de!['gap.governance.name']).toBe('Governance & Recht');
    expect([1, 2, 3, 4, 5].map((level) => f.text.en![`gap.governance.ladder.${level}`])).toHaveLength(5);
    expect([1, 2, 3, 4, 5].every((level) => f.text.de![`gap.governance.ladder.${level}`]!.length > 10)).toBe(true);
    expect(f.agenda.filter((s) => s.kind === 'gap').map((s) => s.gapId)).toEqual(f.gaps.map((g) => g.id));
    expect(f.agenda.map((s) => s.timeboxMinutes)).toEqual([15, 15, 25, 25, 25, 25, 25, 25, 20, 20, 15, 25, 5]);
    expect(f.verdictRules).toEqual({ notYetAtOrBelow: 1, atRiskAtOrBelow: 2, goAtOrAbove: 4, blockingChecks: ['metric-mirage', 'ownership-vacuum', 'missing-voices'] });
    expect(f.requiredRoles).toEqual(['it', 'operations', 'support', 'legal']);
  });
});

describe('loading a framework file', () => {
  it('round-trips a saved framework deep-equal', () => {
    const base = builtInFramework({ en });
    const framework = { ...base, id: 'own-method', basedOn: 'default', text: { en: { ...base.text.en, name: 'Own method' } } };
    const result = loadFrameworkText(serializeFrameworkEnvelope(makeFrameworkEnvelope(framework, '0.1.0', new Date(Date.UTC(2026, 10, 22)))));
    expect(result).toMatchObject({ ok: true, version: CURRENT_FRAMEWORK_FORMAT_VERSION, repairs: [] });
    expect(result.ok && result.framework).toEqual(framework);
  });

  it.each(hostileFrameworkFiles().map((file) => [file.name, file] as const))('refuses a hostile file (%s) with a sentence', (_name, file) => {
    const result = typeof file.content === 'string' ? loadFrameworkText(file.content) : loadFrameworkText('{}', file.content.bytes);
    expect(result).toMatchObject({ ok: false, code: file.code });
    if (!result.ok) expect(english(result.message)).toMatch(file.says);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('says which rule a framework breaks, and how many more', () => {
    const rules = () => [msg('frameworkFiles.library.gone'), msg('frameworkFiles.library.gone')];
    const result = loadFrameworkText(goldenFrameworkText(), undefined, { rules });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(english(result.message)).toMatch(/cannot be used as it is: .*\(and one more problem\) Nothing was changed\./);
  });

  it('repairs the bookkeeping (revision, dates, rules, roles, unknown fields) and says so', () => {
    const text = changedGolden((_envelope, framework) => {
      delete framework.revision;
      framework.updatedAt = -5;
      delete framework.requiredRoles;
      framework.sponsor = 'Acme';
    });
    const result = loadFrameworkText(text, undefined, { now: Date.UTC(2026, 10, 30) });
    if (!result.ok) throw new Error(english(result.message));
    expect(result.framework.revision).toBe(1);
    expect(result.framework.updatedAt).toBe(Date.UTC(2026, 10, 30));
    expect(result.framework.requiredRoles).toEqual(['it', 'operations', 'support', 'legal']);
    expect(result.framework).not.toHaveProperty('sponsor');
    const said = enAll(result.repairs).join(' ');
    expect(said).toMatch(/“revision” was missing/);
    expect(said).toMatch(/“requiredRoles”/);
    expect(said).toMatch(/Unknown framework field "sponsor" dropped/);
  });

  it('never guesses the method itself: a broken gap or agenda is refused, not repaired', () => {
    const text = changedGolden((_envelope, framework) => {
      (framework.agenda as Array<Record<string, unknown>>)[0]!.timeboxMinutes = 0;
    });
    const result = loadFrameworkText(text);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(english(result.message)).toMatch(/agenda\.0\.timeboxMinutes/);
  });

  it('refuses a file without a framework, or with an unreadable version', () => {
    expect(loadFrameworkText(JSON.stringify({ type: FRAMEWORK_FILE_TYPE, version: 1 }))).toMatchObject({ ok: false, code: 'invalid' });
    expect(loadFrameworkText(JSON.stringify({ type: FRAMEWORK_FILE_TYPE, version: '1', framework: {} }))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('never throws on random JSON, and answers a framework or a clear sentence', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadFrameworkText(JSON.stringify({ type: FRAMEWORK_FILE_TYPE, version: 1, framework: value }));
        return result.ok || english(result.message).length > 0;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the framework migration chain', () => {
  it('runs each step from the file’s version to the current one, in order', () => {
    const steps = { 1: (f: Record<string, unknown>) => ({ ...f, trail: ['1→2'] }), 2: (f: Record<string, unknown>) => ({ ...f, trail: [...((f.trail as string[] | undefined) ?? []), '2→3'] }) };
    expect(migrateFramework({ id: 'x' }, 1, steps, 3)).toEqual({ id: 'x', trail: ['1→2', '2→3'] });
    expect(migrateFramework({ id: 'x' }, 2, steps, 3)).toEqual({ id: 'x', trail: ['2→3'] });
    expect(() => migrateFramework({ id: 'x' }, 1, {}, 2)).toThrow(/No migration from framework format version 1/);
  });

  it('leaves a current framework as it is', () => {
    const framework = { id: 'x' };
    expect(migrateFramework(framework, CURRENT_FRAMEWORK_FORMAT_VERSION)).toBe(framework);
  });
});
