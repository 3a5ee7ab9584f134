import { describe, expect, it } from 'vitest';
import deCatalogue from '../../../../shared/i18n/catalogues/de.json';
import enCatalogue from '../../../../shared/i18n/catalogues/en.json';
import { builtInFramework } from '../../../../shared/framework/builtInFramework';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { frameworkProblems, validateFramework } from '../../../../shared/framework/validateFramework';
import { de, enAll } from '../inEnglish';

/** A copy of the built-in framework with its words in English and German, named: a framework with no problem. */
function framework(): Framework {
  const copy = builtInFramework({ en: enCatalogue, de: deCatalogue });
  copy.id = 'northwind-method';
  copy.basedOn = 'default';
  copy.text.en!.name = 'Northwind method';
  copy.text.de!.name = 'Northwind-Methode';
  return copy;
}

/** A deep copy changed by `edit`, as the editor hands over a draft. */
function edited(edit: (f: Framework) => void): Framework {
  const copy = structuredClone(framework());
  edit(copy);
  return copy;
}

function english(f: Framework): string[] {
  return enAll(validateFramework(f));
}

describe('validateFramework', () => {
  it('finds nothing wrong with a named copy of the built-in framework, in either language', () => {
    expect(validateFramework(framework())).toEqual([]);
    const english = edited((d) => {
      d.languages = ['en'];
      delete d.text.de;
    });
    expect(validateFramework(english)).toEqual([]);
  });

  it('says when the framework has no name in a language it holds', () => {
    const f = edited((d) => {
      d.text.de!.name = '   ';
    });
    expect(english(f)).toEqual(['The framework has no name in German.']);
    expect(de(validateFramework(f)[0]!)).toBe('Das Framework hat keinen Namen auf Deutsch.');
    expect(frameworkProblems(f)[0]!.where).toEqual({ section: 'general', language: 'de', field: 'name' });
  });

  it('names a language the catalogue does not know by its own name', () => {
    const f = edited((d) => {
      d.languages.push('fr');
      d.text.fr = { ...d.text.en, name: '' };
    });
    expect(english(f)).toEqual(['The framework has no name in Français.']);
  });

  it('says which gap lacks a name, in which language', () => {
    const f = edited((d) => {
      delete d.text.en!['gap.load.name'];
    });
    expect(english(f)).toEqual(['There is no name for gap 3 (“Infrastrukturlast”) in English.']);
    expect(de(validateFramework(f)[0]!)).toBe('Für Lücke 3 („Infrastrukturlast“) fehlt der Name auf Englisch.');
  });

  it('says which ladder descriptors a gap lacks, for each language it claims', () => {
    const f = edited((d) => {
      d.text.de!['gap.data.ladder.2'] = '';
      delete d.text.de!['gap.data.ladder.5'];
      delete d.text.en!['gap.users.ladder.4'];
    });
    expect(english(f)).toEqual([
      'The ladder of gap 2 (“User capability”) has no descriptor for level 4 in English; each of the five levels needs one.',
      'The ladder of gap 1 (“Data quality”) has no descriptor for levels 2 and 5 in German; each of the five levels needs one.',
    ]);
    expect(de(validateFramework(f)[1]!)).toBe(
      'In der Stufenleiter von Lücke 1 („Data quality“) fehlt auf Deutsch die Beschreibung für die Stufen 2 und 5; jede der fünf Stufen braucht eine.',
    );
    expect(frameworkProblems(f).map((p) => p.where)).toEqual([
      { section: 'gap', gapId: 'users', language: 'en', field: 'ladder' },
      { section: 'gap', gapId: 'data', language: 'de', field: 'ladder' },
    ]);
  });

  it('asks for ladders only in the languages the framework claims', () => {
    const f = edited((d) => {
      d.languages = ['en'];
      delete d.text.de;
    });
    expect(validateFramework(f)).toEqual([]);
  });

  it('finds two gaps with one name, per language and whatever the case', () => {
    const f = edited((d) => {
      d.text.en!['gap.support.name'] = ' data QUALITY ';
    });
    expect(english(f)).toEqual(['In English, gap 1 (“Data quality”) and gap 6 (“data QUALITY”) have the same name; each gap needs a name of its own.']);
    expect(frameworkProblems(f)[0]!.where).toMatchObject({ gapId: 'support', language: 'en' });
    // The same word in two languages is no clash.
    const across = edited((d) => {
      d.text.de!['gap.data.name'] = d.text.en!['gap.data.name']!;
    });
    expect(validateFramework(across)).toEqual([]);
  });

  it('finds two gaps with one id', () => {
    const f = edited((d) => {
      d.gaps[1] = { ...d.gaps[1]!, id: 'data' };
      d.agenda = d.agenda.filter((stage) => stage.gapId !== 'users');
    });
    expect(english(f)).toContain('Both gap 1 (“Data quality”) and gap 2 (“Data quality”) have the id data; each gap needs an id of its own.');
  });

  it('refuses a timebox of 0, a fraction of a minute, too long a stage, and one the editor holds empty', () => {
    const f = edited((d) => {
      d.agenda[0]!.timeboxMinutes = 0;
      d.agenda[1]!.timeboxMinutes = 2.5;
      d.agenda[2]!.timeboxMinutes = 601;
      (d.agenda[3] as { timeboxMinutes: unknown }).timeboxMinutes = Number.NaN;
    });
    expect(english(f)).toEqual([
      'Stage 1 of the agenda has a timebox of 0 minutes; each stage needs between 1 and 600 whole minutes.',
      'Stage 2 of the agenda has a timebox of 2.5 minutes; each stage needs between 1 and 600 whole minutes.',
      'Stage 3 of the agenda has a timebox of 601 minutes; each stage needs between 1 and 600 whole minutes.',
      'Stage 4 of the agenda has no timebox; each stage needs between 1 and 600 whole minutes.',
    ]);
    expect(de(validateFramework(f)[0]!)).toBe('Phase 1 der Agenda hat eine Zeitvorgabe von 0 Minuten; jede Phase braucht zwischen 1 und 600 ganzen Minuten.');
    expect(frameworkProblems(f)[0]!.where).toEqual({ section: 'agenda', stageIndex: 0, field: 'timeboxMinutes' });
  });

  it('finds an agenda naming a gap the framework lacks, a gap stage naming none, a gap left out and a gap twice', () => {
    const f = edited((d) => {
      const gapStages = d.agenda.filter((stage) => stage.kind === 'gap');
      gapStages[0]!.gapId = 'governance';
      gapStages[1]!.gapId = null;
      gapStages[2]!.gapId = 'support';
    });
    expect(english(f)).toEqual([
      'Stage 3 of the agenda assesses a gap the framework does not have (“governance”).',
      'Stage 4 of the agenda assesses a gap but does not say which.',
      'The agenda has no stage for gap 1 (“Data quality”), so a session would never assess it.',
      'The agenda has no stage for gap 2 (“User capability”), so a session would never assess it.',
      'The agenda has no stage for gap 3 (“Infrastructure load”), so a session would never assess it.',
      'The agenda has 2 stages for gap 6 (“Support model”); each gap is assessed in one stage.',
    ]);
  });

  it('finds a gap naming a fact or a ratio the framework lacks, and a ratio over a missing fact', () => {
    const f = edited((d) => {
      d.facts = d.facts.filter((fact) => fact.id !== 'pilot.records');
      d.gaps[5]!.factIds.push('support.onCall');
      d.gaps[5]!.ratioIds.push('ratio.tickets');
    });
    expect(english(f)).toEqual([
      'Among the facts of gap 1 (“Data quality”) is one the framework does not have: “pilot.records”.',
      'Among the facts of gap 6 (“Support model”) is one the framework does not have: “support.onCall”.',
      'Among the ratios of gap 6 (“Support model”) is one the framework does not have: “ratio.tickets”.',
      'The ratio “ratio.records” is worked out from a fact the framework does not have: “pilot.records”.',
    ]);
    expect(de(validateFramework(f)[3]!)).toBe('Die Verhältniszahl „ratio.records“ wird aus einem Fakt berechnet, den das Framework nicht hat: „pilot.records“.');
  });

  it('finds a blocking check that is switched off', () => {
    const f = edited((d) => {
      d.checks = d.checks.filter((id) => id !== 'ownership-vacuum');
    });
    expect(english(f)).toEqual(['The check “Ownership vacuum” is set to hold the verdict at Not yet, but it is switched off; switch it on, or let it stop holding the verdict.']);
    expect(frameworkProblems(f)[0]!.where).toEqual({ section: 'checks', field: 'ownership-vacuum' });
  });

  it('finds verdict thresholds that contradict each other', () => {
    const atRiskAtGo = edited((d) => {
      d.verdictRules.atRiskAtOrBelow = 4;
    });
    expect(english(atRiskAtGo)).toEqual(['The at-risk level (4) must lie below the level Go needs (4): a gap cannot be at risk and ready for Go at once.']);
    const notYetAboveRisk = edited((d) => {
      d.verdictRules.notYetAtOrBelow = 3;
    });
    expect(english(notYetAboveRisk)).toEqual(['The level that holds the verdict at Not yet (3) must not lie above the at-risk level (2): a gap that holds Not yet is at risk too.']);
    // Equal levels are allowed: no gap is then covered by actions alone.
    const equal = edited((d) => {
      d.verdictRules.notYetAtOrBelow = 2;
    });
    expect(validateFramework(equal)).toEqual([]);
  });

  it('finds a required role listed twice, once', () => {
    const f = edited((d) => {
      d.requiredRoles = ['it', 'legal', 'it', 'it'];
    });
    expect(english(f)).toEqual(['The role IT is listed twice among the roles the room needs; list each role once.']);
    expect(de(validateFramework(f)[0]!)).toBe('Die Rolle IT steht zweimal unter den Rollen, die die Runde braucht; nennen Sie jede Rolle nur einmal.');
  });

  it('gives plain data that survives a trip across IPC', () => {
    const f = edited((d) => {
      d.text.en!.name = '';
      d.agenda[0]!.timeboxMinutes = 0;
    });
    const messages = validateFramework(f);
    expect(structuredClone(messages)).toEqual(messages);
    expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
  });
});
