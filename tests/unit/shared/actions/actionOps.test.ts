import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAction,
  addFromSuggestion,
  addedSuggestionIds,
  createAction,
  findSuggestion,
  removeAction,
  restoreAction,
  updateAction,
} from '../../../../shared/actions/actionOps';
import { GAPS, gapById } from '../../../../shared/framework/gaps';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { NOW, baseSession } from '../scoring/sessionBuilder';

function withThree(): Session {
  let s = baseSession();
  for (const n of [1, 2, 3]) s = addAction(s, createAction({ id: `a${n}`, now: NOW + n, title: `Action ${n}` }));
  return s;
}

const titles = (s: Session) => s.actions.map((a) => a.title);

describe('createAction', () => {
  it('makes an open, medium, unowned and undated action by default', () => {
    const a = createAction({ id: 'x', now: NOW, title: '  Map the CRM fields  ' });
    expect(a).toEqual({
      id: 'x',
      title: 'Map the CRM fields',
      description: '',
      gapId: null,
      owner: '',
      dueDate: null,
      priority: 'medium',
      status: 'open',
      successMeasure: '',
      suggestionId: null,
      createdAt: NOW,
    });
  });

  it('refuses a blank title with a readable message', () => {
    expect(() => createAction({ id: 'x', now: NOW, title: '   ' })).toThrow('An action needs a title.');
  });

  it('drops a malformed due date and clips an overlong title', () => {
    const a = createAction({ id: 'x', now: NOW, title: 'T'.repeat(400), dueDate: '2025-02-30' });
    expect(a.dueDate).toBeNull();
    expect(a.title).toHaveLength(300);
  });
});

describe('addAction', () => {
  it('appends, or inserts at an index clamped to the list', () => {
    const s = withThree();
    expect(titles(addAction(s, createAction({ id: 'n', now: NOW, title: 'New' }), 1))).toEqual(['Action 1', 'New', 'Action 2', 'Action 3']);
    expect(titles(addAction(s, createAction({ id: 'n', now: NOW, title: 'New' }), 99))).toEqual(['Action 1', 'Action 2', 'Action 3', 'New']);
    expect(titles(addAction(s, createAction({ id: 'n', now: NOW, title: 'New' }), -5))[0]).toBe('New');
  });

  it('does not add the same id twice', () => {
    const s = withThree();
    expect(addAction(s, s.actions[0]!)).toBe(s);
  });

  it('leaves the original session untouched', () => {
    const s = withThree();
    const before = structuredClone(s);
    addAction(s, createAction({ id: 'n', now: NOW, title: 'New' }));
    expect(s).toEqual(before);
  });
});

describe('updateAction', () => {
  it('changes the given fields only', () => {
    const s = updateAction(withThree(), 'a2', { owner: ' Priya Shah ', dueDate: '2025-04-30', status: 'in-progress', priority: 'high' });
    expect(s.actions[1]).toMatchObject({ title: 'Action 2', owner: 'Priya Shah', dueDate: '2025-04-30', status: 'in-progress', priority: 'high' });
    expect(s.actions[0]).toEqual(withThree().actions[0]);
  });

  it('keeps the old title when the new one is blank, and clears the date on an empty string', () => {
    let s = updateAction(withThree(), 'a1', { dueDate: '2025-05-01' });
    s = updateAction(s, 'a1', { title: '  ', dueDate: '' });
    expect(s.actions[0]).toMatchObject({ title: 'Action 1', dueDate: null });
  });

  it('ignores an impossible date rather than storing it', () => {
    const s = updateAction(withThree(), 'a1', { dueDate: '2025-13-01' });
    expect(s.actions[0]!.dueDate).toBeNull();
  });

  it('returns the same session when nothing changes or the id is unknown', () => {
    const s = withThree();
    expect(updateAction(s, 'a1', { title: 'Action 1' })).toBe(s);
    expect(updateAction(s, 'nope', { title: 'Other' })).toBe(s);
  });
});

describe('removeAction and restoreAction', () => {
  it('returns the removed action and its index, and Undo puts it back at the same place', () => {
    const s = withThree();
    const { session, removed, index } = removeAction(s, 'a2');
    expect(titles(session)).toEqual(['Action 1', 'Action 3']);
    expect(removed?.title).toBe('Action 2');
    expect(index).toBe(1);
    expect(restoreAction(session, removed!, index)).toEqual(s);
  });

  it('reports nothing removed for an unknown id', () => {
    const s = withThree();
    expect(removeAction(s, 'nope')).toEqual({ session: s, removed: null, index: -1 });
  });

  it('restores at the end when the plan has shrunk meanwhile', () => {
    const s = withThree();
    const third = removeAction(s, 'a3');
    const afterMore = removeAction(third.session, 'a1').session;
    expect(titles(restoreAction(afterMore, third.removed!, third.index))).toEqual(['Action 2', 'Action 3']);
  });

  it('remove then restore is the identity for any plan and any action (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), (count, pick) => {
        let s = baseSession();
        for (let i = 0; i < count; i++) s = addAction(s, createAction({ id: `a${i}`, now: NOW, title: `Action ${i}` }));
        const id = `a${pick % count}`;
        const { session, removed, index } = removeAction(s, id);
        expect(session.actions).toHaveLength(count - 1);
        expect(restoreAction(session, removed!, index)).toEqual(s);
      }),
    );
  });
});

describe('suggestions', () => {
  it('finds a suggestion and its gap', () => {
    expect(findSuggestion('load.peak-load-test')?.gapId).toBe('load');
    expect(findSuggestion('nope')).toBeNull();
  });

  it('adds a suggestion linked to its gap, with its description, measure and priority', () => {
    const s = addFromSuggestion(baseSession(), 'data.profile-production', { id: 'n1', now: NOW });
    const suggestion = gapById('data').suggestedActions.find((x) => x.id === 'data.profile-production')!;
    expect(s.actions).toEqual([
      expect.objectContaining({
        id: 'n1',
        title: suggestion.title,
        description: suggestion.description,
        successMeasure: suggestion.successMeasure,
        priority: suggestion.priority,
        gapId: 'data',
        suggestionId: 'data.profile-production',
        owner: '',
        dueDate: null,
        status: 'open',
      }),
    ]);
    expect(addedSuggestionIds(s)).toEqual(new Set(['data.profile-production']));
  });

  it('does not add an unknown or already-added suggestion', () => {
    const s = addFromSuggestion(baseSession(), 'data.profile-production', { id: 'n1', now: NOW });
    expect(addFromSuggestion(s, 'data.profile-production', { id: 'n2', now: NOW })).toBe(s);
    expect(addFromSuggestion(s, 'nope', { id: 'n3', now: NOW })).toBe(s);
  });

  it('every suggestion of every gap makes a valid session', () => {
    let s = buildSampleWorkshop('sample', NOW);
    const before = s.actions.length;
    const ids = GAPS.flatMap((g) => g.suggestedActions.map((x) => x.id));
    ids.forEach((id, i) => (s = addFromSuggestion(s, id, { id: `s${i}`, now: NOW })));
    const alreadyInSample = buildSampleWorkshop('sample', NOW).actions.filter((a) => a.suggestionId).length;
    expect(s.actions).toHaveLength(before + ids.length - alreadyInSample);
    expect(SessionSchema.safeParse(s).success).toBe(true);
  });
});

