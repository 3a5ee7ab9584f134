import { describe, expect, it } from 'vitest';
import { translatorNow } from '../../../../shared/i18n';
import { SessionSchema } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const NOW = Date.UTC(2026, 2, 12, 9);

describe('the sample workshop', () => {
  it('is English by default, for tests and tools', () => {
    const sample = buildSampleWorkshop('s', NOW);
    expect(sample.language).toBe('en');
    expect(sample.initiative).toBe('Voice agent for customer service');
    expect(sample.facts['scope.workItems']).toBe('calls');
    expect(sample.participants.map((p) => p.name)).toContain('Marta Okafor');
  });

  it('is created in the language of the new session and reads like a German client’s workshop', () => {
    const sample = buildSampleWorkshop('s', NOW, translatorNow('de'));
    expect(sample.language).toBe('de');
    expect(sample.initiative).toBe('Sprachassistent für den Kundenservice');
    expect(sample.facts['scope.workItems']).toBe('Anrufe');
    expect(sample.facilitator).toBe(sample.participants.find((p) => p.isFacilitator)?.name);
    // Owners of actions are people in the room, so the plan groups by real names.
    const names = new Set(sample.participants.map((p) => p.name));
    for (const action of sample.actions) if (action.owner) expect(names).toContain(action.owner);
    // Figures written the German way.
    expect(sample.kpis.find((k) => k.id === 's-kpi2')?.baseline).toBe('4,10 €');
    expect(sample.gaps.load!.risks[0]?.text).toContain('6.000');
    expect(sample.gaps.data!.consensus?.rationale).toMatch(/Produktivdaten/);
  });

  it('has the same structure in every language: votes, rounds, consensus, actions', () => {
    const english = buildSampleWorkshop('s', NOW);
    const german = buildSampleWorkshop('s', NOW, translatorNow('de'));
    const shape = (s: typeof english) => ({
      rounds: s.rounds.map((r) => [r.gapId, r.status, r.votes.map((v) => v.score)]),
      consensus: Object.values(s.gaps).map((g) => g.consensus?.level ?? null),
      actions: s.actions.map((a) => [a.gapId, a.priority, a.dueDate, a.suggestionId, a.owner === '']),
      facts: Object.keys(s.facts),
    });
    expect(shape(german)).toEqual(shape(english));
    expect(SessionSchema.safeParse(german).success).toBe(true);
  });
});
