import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  FACTS,
  GAPS,
  GAP_IDS,
  KPI_SUGGESTIONS,
  LEVELS,
  RATIOS,
  factById,
  factLabel,
  gapById,
  gapName,
  gapNameMessage,
  levelName,
  localizeFramework,
  ratioById,
  type FactKind,
} from '../../../../shared/framework';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');
const de = translatorNow('de');
const EN = localizeFramework(en);
const DE = localizeFramework(de);

const ALLOWED_ICONS = ['database', 'users', 'gauge', 'plug', 'compass', 'lifebuoy'];

/** The fact ids other code depends on, with their kind and side. */
const REQUIRED_FACTS: ReadonlyArray<[string, FactKind, 'pilot' | 'production' | 'readiness']> = [
  ['pilot.durationWeeks', 'number', 'pilot'],
  ['pilot.records', 'number', 'pilot'],
  ['pilot.sampleRandom', 'boolean', 'pilot'],
  ['pilot.transactionsPerDay', 'number', 'pilot'],
  ['pilot.users', 'number', 'pilot'],
  ['pilot.usersVolunteers', 'boolean', 'pilot'],
  ['pilot.systemsIntegrated', 'number', 'pilot'],
  ['production.records', 'number', 'production'],
  ['production.peakTransactionsPerDay', 'number', 'production'],
  ['production.concurrentUsers', 'number', 'production'],
  ['production.users', 'number', 'production'],
  ['production.systemsNeeded', 'number', 'production'],
  ['data.missingFieldRatePct', 'number', 'readiness'],
  ['data.rawDataTested', 'boolean', 'readiness'],
  ['data.driftMonitoring', 'boolean', 'readiness'],
  ['users.skepticsIncluded', 'boolean', 'readiness'],
  ['users.trainingPlan', 'boolean', 'readiness'],
  ['load.loadTestAtPeak', 'boolean', 'readiness'],
  ['load.latencyCostTargets', 'text', 'readiness'],
  ['integration.failureModesTested', 'boolean', 'readiness'],
  ['change.rolloutPlan', 'boolean', 'readiness'],
  ['change.feedbackChannel', 'boolean', 'readiness'],
  ['change.adoptionMeasures', 'text', 'readiness'],
  ['support.owner', 'text', 'readiness'],
  ['support.responseTimes', 'text', 'readiness'],
  ['support.incidentsWithoutVendor', 'number', 'readiness'],
  ['support.runbooks', 'boolean', 'readiness'],
  ['support.rollbackDrill', 'boolean', 'readiness'],
  ['scope.hardCasesDeferred', 'boolean', 'readiness'],
];

const REQUIRED_RATIOS: ReadonlyArray<[string, string, string]> = [
  ['ratio.records', 'production.records', 'pilot.records'],
  ['ratio.volume', 'production.peakTransactionsPerDay', 'pilot.transactionsPerDay'],
  ['ratio.users', 'production.users', 'pilot.users'],
  ['ratio.systems', 'production.systemsNeeded', 'pilot.systemsIntegrated'],
];

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Every string anywhere in a value, with the path that leads to it. */
function collectStrings(value: unknown, at: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => collectStrings(item, `${at}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collectStrings(child, `${at}.${key}`, out);
  }
  return out;
}

/** The framework's words in one language (structure such as ids, icons and colours left out). */
function wordsOf(framework: typeof EN, language: string): Array<[string, string]> {
  return [
    ...collectStrings(framework.facts.map(({ label, hint, unit }) => ({ label, hint, unit })), `${language}.facts`),
    ...collectStrings(framework.ratios.map(({ label }) => label), `${language}.ratios`),
    ...collectStrings(
      framework.gaps.map(({ name, tagline, pilotUsuallyHad, productionMeans, questions, ladder, suggestedActions }) => ({
        name,
        tagline,
        pilotUsuallyHad,
        productionMeans,
        questions,
        ladder,
        actions: suggestedActions.map(({ title, description, successMeasure }) => ({ title, description, successMeasure })),
      })),
      `${language}.gaps`,
    ),
    ...collectStrings(framework.kpiSuggestions.map(({ name, hint }) => ({ name, hint })), `${language}.kpis`),
    ...collectStrings(framework.levelNames, `${language}.levels`),
  ];
}

const ALL_TEXT: Array<[string, string]> = wordsOf(EN, 'en');
const ALL_GERMAN: Array<[string, string]> = wordsOf(DE, 'de');

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('facts and ratios', () => {
  it('has every required fact with the right kind and side', () => {
    for (const [id, kind, side] of REQUIRED_FACTS) {
      const fact = factById(id);
      expect(fact, id).toBeDefined();
      expect(fact?.kind, id).toBe(kind);
      expect(fact?.side, id).toBe(side);
    }
    expect(factById('no.such.fact')).toBeUndefined();
  });

  it('has unique fact and ratio ids', () => {
    expect(duplicates(FACTS.map((f) => f.id))).toEqual([]);
    expect(duplicates(RATIOS.map((r) => r.id))).toEqual([]);
  });

  it('gives the missing-field rate a % unit', () => {
    expect(factById('data.missingFieldRatePct')?.unitKind).toBe('percent');
    expect(EN.factById('data.missingFieldRatePct')?.unit).toBe('%');
    expect(EN.factById('pilot.transactionsPerDay')?.unit).toBe('per day');
    expect(DE.factById('pilot.transactionsPerDay')?.unit).toBe('pro Tag');
  });

  it('has the required ratios, each production ÷ pilot over number facts', () => {
    expect(RATIOS.map((r) => r.id).sort()).toEqual(REQUIRED_RATIOS.map(([id]) => id).sort());
    for (const [id, numerator, denominator] of REQUIRED_RATIOS) {
      const ratio = ratioById(id);
      expect(ratio?.numeratorFactId, id).toBe(numerator);
      expect(ratio?.denominatorFactId, id).toBe(denominator);
    }
    for (const ratio of RATIOS) {
      const numerator = factById(ratio.numeratorFactId);
      const denominator = factById(ratio.denominatorFactId);
      expect(numerator?.kind, ratio.id).toBe('number');
      expect(denominator?.kind, ratio.id).toBe('number');
      expect(numerator?.side, ratio.id).toBe('production');
      expect(denominator?.side, ratio.id).toBe('pilot');
    }
  });
});

describe('gaps', () => {
  it('has six gaps in GAP_IDS order, numbered 1 to 6', () => {
    expect(GAPS.map((g) => g.id)).toEqual([...GAP_IDS]);
    GAPS.forEach((gap, i) => expect(gap.number).toBe(i + 1));
  });

  it('finds gaps by id and throws on an unknown id', () => {
    for (const id of GAP_IDS) expect(gapById(id).id).toBe(id);
    expect(() => gapById('nope' as never)).toThrow();
  });

  it('uses the expected names and one distinct allowed icon per gap', () => {
    expect(EN.gaps.map((g) => g.name)).toEqual([
      'Data quality',
      'User capability',
      'Infrastructure load',
      'Integration complexity',
      'Change management',
      'Support model',
    ]);
    for (const gap of GAPS) expect(ALLOWED_ICONS).toContain(gap.icon);
    expect(duplicates(GAPS.map((g) => g.icon))).toEqual([]);
  });

  it('has distinct valid hex colours with at least 3:1 contrast on white', () => {
    for (const gap of GAPS) {
      expect(gap.color, gap.id).toMatch(/^#[0-9a-fA-F]{6}$/);
      expect(contrastRatio(gap.color, '#ffffff'), `${gap.id} ${gap.color}`).toBeGreaterThanOrEqual(3);
    }
    expect(duplicates(GAPS.map((g) => g.color.toLowerCase()))).toEqual([]);
  });

  it('references only existing facts and ratios, without repeats', () => {
    for (const gap of GAPS) {
      for (const id of gap.factIds) expect(factById(id), `${gap.id} → ${id}`).toBeDefined();
      for (const id of gap.ratioIds) expect(ratioById(id), `${gap.id} → ${id}`).toBeDefined();
      expect(duplicates(gap.factIds)).toEqual([]);
      expect(duplicates(gap.ratioIds)).toEqual([]);
    }
  });

  it('shows the inputs of each of its ratios among its own facts', () => {
    for (const gap of GAPS) {
      for (const id of gap.ratioIds) {
        const ratio = ratioById(id);
        expect(gap.factIds, `${gap.id} → ${id}`).toContain(ratio?.numeratorFactId);
        expect(gap.factIds, `${gap.id} → ${id}`).toContain(ratio?.denominatorFactId);
      }
    }
  });

  it('has a five-rung ladder, 5 to 7 questions and 3 to 5 suggested actions', () => {
    for (const gap of [...EN.gaps, ...DE.gaps]) {
      expect(Object.keys(gap.ladder).map(Number).sort(), gap.id).toEqual([...LEVELS]);
      expect(gap.questions.length, gap.id).toBeGreaterThanOrEqual(5);
      expect(gap.questions.length, gap.id).toBeLessThanOrEqual(7);
      expect(gap.suggestedActions.length, gap.id).toBeGreaterThanOrEqual(3);
      expect(gap.suggestedActions.length, gap.id).toBeLessThanOrEqual(5);
      expect(duplicates(gap.questions)).toEqual([]);
      expect(duplicates(Object.values(gap.ladder))).toEqual([]);
    }
  });

  it('gives suggested actions unique ids prefixed by their gap id', () => {
    const ids = GAPS.flatMap((g) => g.suggestedActions.map((a) => a.id));
    expect(duplicates(ids)).toEqual([]);
    for (const gap of GAPS) {
      for (const action of gap.suggestedActions) {
        expect(action.id).toMatch(new RegExp(`^${gap.id}\\.[a-z0-9-]+$`));
        expect(['high', 'medium', 'low']).toContain(action.priority);
      }
    }
  });
});

describe('KPI suggestions', () => {
  it('has unique ids, at least five business KPIs and at least one model metric', () => {
    expect(duplicates(KPI_SUGGESTIONS.map((k) => k.id))).toEqual([]);
    expect(KPI_SUGGESTIONS.filter((k) => k.kind === 'business').length).toBeGreaterThanOrEqual(5);
    expect(KPI_SUGGESTIONS.filter((k) => k.kind === 'model').length).toBeGreaterThanOrEqual(1);
  });
});

describe('the framework in a language', () => {
  it('names the six gaps in German with the shared vocabulary', () => {
    expect(DE.gaps.map((g) => g.name)).toEqual([
      'Datenqualität',
      'Anwenderkompetenz',
      'Infrastrukturlast',
      'Integrationskomplexität',
      'Veränderungsmanagement',
      'Supportmodell',
    ]);
    expect(gapName(de, 'change')).toBe('Veränderungsmanagement');
    expect(de.text(gapNameMessage('support'))).toBe('Supportmodell');
    expect(levelName(de, 3)).toBe('Geplant');
    expect(factLabel(en, 'pilot.records')).toBe('Records used in the pilot');
    expect(factLabel(de, 'pilot.records')).toBe('Datensätze im Pilot');
    expect(factLabel(de, 'no.such.fact')).toBe('no.such.fact');
  });

  it('keeps the structure and words every text in both languages, none left as an id', () => {
    expect(DE.gaps.map((g) => [g.id, g.number, g.color, g.questions.length, g.suggestedActions.map((a) => a.id)])).toEqual(
      EN.gaps.map((g) => [g.id, g.number, g.color, g.questions.length, g.suggestedActions.map((a) => a.id)]),
    );
    expect(ALL_GERMAN.length).toBe(ALL_TEXT.length);
    for (const [at, text] of [...ALL_TEXT, ...ALL_GERMAN]) expect(text, at).not.toMatch(/^framework\./);
    const differ = ALL_GERMAN.filter(([, text], i) => text !== ALL_TEXT[i]![1]).length;
    expect(differ).toBeGreaterThan(ALL_TEXT.length - 5); // "%", "Median"-like words may match
  });

  it('leaves the unit of work as "{items}" wherever the English does, for the session to fill in', () => {
    ALL_TEXT.forEach(([at, text], i) => {
      const german = ALL_GERMAN[i]![1];
      expect(german.includes('{items}'), `${at}: ${german}`).toBe(text.includes('{items}'));
    });
  });

  it('is built once per translator', () => {
    expect(localizeFramework(en)).toBe(EN);
    expect(localizeFramework(de)).not.toBe(EN);
  });
});

describe('framework text', () => {
  it('has no empty or untrimmed text field', () => {
    expect(ALL_TEXT.length).toBeGreaterThan(100);
    for (const [at, text] of [...ALL_TEXT, ...ALL_GERMAN]) {
      expect(text.trim().length, at).toBeGreaterThan(0);
      expect(text, at).toBe(text.trim());
    }
  });

  const seedDir = path.resolve(process.cwd(), '../shared/seeds');
  const seedsPresent = fs.existsSync(seedDir);

  /** Lower case, straight quotes and apostrophes, plain hyphens, single spaces. */
  const normalise = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();

  const readSeeds = (): string[] =>
    fs
      .readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => normalise(fs.readFileSync(path.join(seedDir, name), 'utf8')));

  it.skipIf(!seedsPresent)('copies no sentence from the seed articles', () => {
    const seeds = readSeeds();
    expect(seeds.length).toBeGreaterThan(0);
    for (const [at, text] of ALL_TEXT) {
      const sentences = normalise(text)
        .split(/(?<=[.!?])\s+/)
        .map((s) => s.replace(/[.!?]+$/, '').trim())
        .filter((s) => s.length > 40);
      for (const sentence of sentences) {
        const copied = seeds.some((seed) => seed.includes(sentence));
        expect(copied, `${at}: "${sentence}"`).toBe(false);
      }
    }
  });

  it.skipIf(!seedsPresent)('copies no run of ten words from the seed articles', () => {
    const words = (s: string): string[] => normalise(s).replace(/[^a-z0-9%' ]+/g, ' ').split(' ').filter(Boolean);
    const RUN = 10;
    const seedRuns = new Set<string>();
    for (const seed of readSeeds()) {
      const w = words(seed);
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
    }
    for (const [at, text] of ALL_TEXT) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        expect(seedRuns.has(run), `${at}: "${run}"`).toBe(false);
      }
    }
  });
});
