import { readFileSync } from 'node:fs';
import { enAll } from '../inEnglish';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';

const GOLDEN = JSON.parse(readFileSync(path.resolve(__dirname, '../../../fixtures/session-v1.rrsession'), 'utf8')) as { session: Record<string, unknown> };

type Container = Record<string, unknown> | unknown[];

/** The container holding the last step of a dotted path ("actions.0.priority"), and that step. */
function locate(root: unknown, dotted: string): [Container, string] {
  const steps = dotted.split('.');
  let node = root;
  for (const step of steps.slice(0, -1)) node = (node as Record<string, unknown>)[step];
  return [node as Container, steps.at(-1)!];
}
const get = (root: unknown, dotted: string): unknown => {
  const [parent, key] = locate(root, dotted);
  return (parent as Record<string, unknown>)[key];
};
const set = (root: unknown, dotted: string, value: unknown): void => {
  const [parent, key] = locate(root, dotted);
  (parent as Record<string, unknown>)[key] = value;
};
const del = (root: unknown, dotted: string): void => {
  const [parent, key] = locate(root, dotted);
  delete (parent as Record<string, unknown>)[key];
};
const push = (root: unknown, dotted: string, value: unknown): void => void (get(root, dotted) as unknown[]).push(value);
const clone = (value: unknown): Record<string, unknown> => structuredClone(value) as Record<string, unknown>;

/** Loads the golden file after `damage` was done to a copy of its session. */
function loadDamaged(damage: (session: Record<string, unknown>) => void) {
  const copy = structuredClone(GOLDEN);
  damage(copy.session);
  const result = loadSessionText(JSON.stringify(copy));
  if (!result.ok) throw new Error(`refused: ${result.message.id}`);
  return { ...result, repairs: enAll(result.repairs) };
}

describe('restoring a damaged session', () => {
  it('fills in a missing or unreadable field of a list entry instead of dropping the entry', () => {
    const { session, repairs } = loadDamaged((s) => {
      set(s, 'actions.0.priority', 'urgent!!');
      del(s, 'actions.1.status');
      set(s, 'participants.2.stance', 42);
    });
    expect(session.actions).toHaveLength(5);
    expect(session.actions[0]!.priority).toBe('medium');
    expect(session.actions[1]!.status).toBe('open');
    expect(session.participants[2]!.stance).toBe('neutral');
    expect(repairs).toContain('2 action entries had missing or unreadable details, which were filled in.');
    expect(repairs).toContain('1 participant entry had missing or unreadable details, which was filled in.');
  });

  it('leaves out entries that lost their identity, and duplicates', () => {
    const { session, repairs } = loadDamaged((s) => {
      del(s, 'actions.0.id');
      push(s, 'kpis', clone(get(s, 'kpis.0')));
      push(s, 'participants', 'not a person');
    });
    expect(session.actions).toHaveLength(4);
    expect(session.kpis).toHaveLength(4);
    expect(repairs).toEqual(
      expect.arrayContaining(['1 damaged action entry was left out.', '1 duplicate KPI entry was left out.', '1 damaged participant entry was left out.']),
    );
  });

  it('repairs one broken vote without losing its round', () => {
    const { session, repairs } = loadDamaged((s) => {
      set(s, 'rounds.0.votes.1.score', 9);
      set(s, 'rounds.0.votes.2.source', 'telepathy');
    });
    expect(session.rounds[0]!.votes).toHaveLength(6);
    expect(session.rounds[0]!.votes[1]!.source).toBe('grid');
    expect(repairs.join(' ')).toMatch(/1 damaged vote entry was left out/);
  });

  it('shortens over-long texts and resets unreadable single values', () => {
    const { session, repairs } = loadDamaged((s) => {
      set(s, 'initiative', 'x'.repeat(5000));
      set(s, 'workshopDate', 'next Tuesday');
      set(s, 'verdictOverride', { value: 'maybe' });
      set(s, 'settings.divergenceSpread', 99);
      set(s, 'gaps.load.consensus', { level: 12 });
      set(s, 'gaps.load.notes', 'n'.repeat(30_000));
      (get(s, 'facts') as Record<string, unknown>)['pilot.records'] = { nested: true };
    });
    expect(session.initiative).toHaveLength(200);
    expect(session.workshopDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(session.verdictOverride).toBeNull();
    expect(session.settings.divergenceSpread).toBe(2);
    expect(session.gaps.load!.consensus).toBeNull();
    expect(session.gaps.load!.notes).toHaveLength(20_000);
    expect(session.facts['pilot.records']).toBeUndefined();
    expect(session.facts['production.records']).toBe(120_000);
    expect(repairs).toEqual(
      expect.arrayContaining([
        'The field "initiative" was too long and was shortened.',
        'The unreadable field "workshopDate" was reset.',
        'The verdict override was unreadable and was removed.',
        '1 setting field was missing or unreadable and was filled in.',
        'The consensus score of the Infrastructure load gap was unreadable and was cleared.',
        'The notes of the Infrastructure load gap were too long and were shortened.',
        '1 unreadable fact was left out.',
      ]),
    );
  });

  it('drops unknown keys everywhere and says so', () => {
    const { session, repairs } = loadDamaged((s) => {
      set(s, 'surprise', 1);
      set(s, 'ownership.bonus', 'x');
      set(s, 'gaps.extra', {});
      set(s, 'participants.0.shoeSize', 44);
    });
    expect(session).not.toHaveProperty('surprise');
    expect(session.ownership).not.toHaveProperty('bonus');
    expect(session.gaps).not.toHaveProperty('extra');
    expect(session.participants[0]).not.toHaveProperty('shoeSize');
    expect(repairs).toEqual(expect.arrayContaining(['Unknown field "surprise" dropped.', 'Unknown ownership field "bonus" dropped.', 'Unknown gap "extra" dropped.']));
  });

  it('rebuilds an unreadable agenda and moves the current stage into it', () => {
    const { session, repairs } = loadDamaged((s) => {
      set(s, 'agenda', 'lost');
      set(s, 'currentStageId', 'nowhere');
    });
    expect(session.agenda.length).toBeGreaterThan(5);
    expect(session.currentStageId).toBe('frame');
    expect(repairs).toEqual(expect.arrayContaining(['The agenda stage list was unreadable and was emptied.', 'The agenda was empty and was reset to the default one.']));
  });

  it('keeps lists within what the schema accepts', () => {
    const { session, repairs } = loadDamaged((s) => {
      set(s, 'kpis', Array.from({ length: 130 }, (_, i) => ({ ...clone(get(s, 'kpis.0')), id: `k${i}` })));
    });
    expect(session.kpis).toHaveLength(100);
    expect(repairs).toContain('The KPI list had 130 entries; only the first 100 were kept.');
  });

  it('refuses a session whose id is unreadable only if nothing else can stand in', () => {
    const copy = structuredClone(GOLDEN);
    copy.session.id = '';
    const result = loadSessionText(JSON.stringify(copy));
    // An id is the one thing restore cannot invent from the file: it falls back to a fixed one.
    expect(result.ok && result.session.id).toBe('restored');
  });
});
