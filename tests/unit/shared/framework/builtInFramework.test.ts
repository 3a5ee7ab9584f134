import { describe, expect, it } from 'vitest';
import de from '../../../../shared/i18n/catalogues/de.json';
import en from '../../../../shared/i18n/catalogues/en.json';
import { BUILT_IN_FRAMEWORK_ID, builtInFramework, DEFAULT_VERDICT_RULES } from '../../../../shared/framework/builtInFramework';
import { FrameworkSchema } from '../../../../shared/framework/frameworkSchema';
import { GAP_IDS } from '../../../../shared/framework/types';

describe('the built-in framework as data', () => {
  it('is a valid framework with its words in English and German', () => {
    const framework = builtInFramework({ en, de });
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
    expect(framework.id).toBe(BUILT_IN_FRAMEWORK_ID);
    expect(framework.languages).toEqual(['en', 'de']);
    expect(framework.gaps.map((gap) => gap.id)).toEqual([...GAP_IDS]);
    expect(framework.text.en!['gap.data.name']).toBe(en['framework.default.gap.data.name']);
    expect(framework.text.de!['gap.data.ladder.3']).toBe(de['framework.default.gap.data.ladder.3']);
    // Only the framework's own words travel, never the rest of the catalogue.
    expect(Object.keys(framework.text.en!).every((key) => !key.startsWith('framework.'))).toBe(true);
    expect(Object.keys(framework.text.en!).length).toBe(Object.keys(framework.text.de!).length);
  });

  it('keeps the product verdict rules and a stage per gap in the agenda', () => {
    const framework = builtInFramework();
    expect(framework.verdictRules).toEqual(DEFAULT_VERDICT_RULES);
    expect(framework.agenda.filter((stage) => stage.kind === 'gap').map((stage) => stage.gapId)).toEqual([...GAP_IDS]);
    expect(framework.text).toEqual({});
  });

  it('refuses keys a framework does not know, as a session file does', () => {
    const framework = { ...builtInFramework(), extra: true };
    expect(FrameworkSchema.safeParse(framework).success).toBe(false);
    const gaps = [{ ...builtInFramework().gaps[0]!, color: '#123456' }];
    expect(FrameworkSchema.safeParse({ ...builtInFramework(), gaps }).success).toBe(false);
  });
});

describe('the built-in framework copied from a catalogue the build parsed', () => {
  it('keeps the same words, "{items}" and all', async () => {
    const { compileCatalogue } = await import('../../../../shared/i18n/compileCatalogue');
    const fromSource = builtInFramework({ en });
    const fromParsed = builtInFramework({ en: compileCatalogue(en) });
    expect(fromParsed.text).toEqual(fromSource.text);
    expect(Object.values(fromParsed.text.en!).some((words) => words.includes('{items}'))).toBe(true);
  });
});
