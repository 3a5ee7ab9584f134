import { describe, expect, it } from 'vitest';
import { refusalInEnglish } from '../inEnglish';
import * as ops from '../../../../shared/actions/actionOps';
import { addedSuggestionIds, findSuggestion, type NewActionInput } from '../../../../shared/actions/actionOps';
import { sessionOf } from '../../../../shared/model/opResult';
import { GAPS } from '../../../../shared/framework/gaps';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { NOW, baseSession } from '../scoring/sessionBuilder';
import { localizeFramework } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

// The operations answer with one result shape; these unwrap it for readable tests.
const addAction = (...a: Parameters<typeof ops.addAction>) => sessionOf(ops.addAction(...a));
const updateAction = (...a: Parameters<typeof ops.updateAction>) => sessionOf(ops.updateAction(...a));
const removeAction = (...a: Parameters<typeof ops.removeAction>) => sessionOf(ops.removeAction(...a));
const addFromSuggestion = (...a: Parameters<typeof ops.addFromSuggestion>) => sessionOf(ops.addFromSuggestion(...a));
function createAction(input: NewActionInput) {
  const action = ops.createAction(input);
  if (!action) throw new Error('blank title');
  return action;
}

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
    expect(ops.createAction({ id: 'x', now: NOW, title: '   ' })).toBeNull();
    expect(refusalInEnglish(ops.addNewAction(baseSession(), { id: 'x', now: NOW, title: '   ' }))).toEqual({ code: 'no-title', message: 'An action needs a title.' });
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

describe('removeAction', () => {
  it('takes the action out and keeps the others in order', () => {
    expect(titles(removeAction(withThree(), 'a2'))).toEqual(['Action 1', 'Action 3']);
  });

  it('refuses an unknown id with a sentence', () => {
    expect(refusalInEnglish(ops.removeAction(withThree(), 'nope'))).toEqual({ code: 'not-found', message: 'This action is no longer in the plan.' });
  });
});

describe('suggestions', () => {
  it('finds a suggestion and its gap', () => {
    expect(findSuggestion('load.peak-load-test', EN)?.gapId).toBe('load');
    expect(findSuggestion('nope', EN)).toBeNull();
  });

  it('adds a suggestion linked to its gap, with its description, measure and priority', () => {
    const s = addFromSuggestion(baseSession(), 'data.profile-production', { id: 'n1', now: NOW }, EN);
    const suggestion = EN.gapById('data').suggestedActions.find((x) => x.id === 'data.profile-production')!;
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
    const s = addFromSuggestion(baseSession(), 'data.profile-production', { id: 'n1', now: NOW }, EN);
    expect(addFromSuggestion(s, 'data.profile-production', { id: 'n2', now: NOW }, EN)).toBe(s);
    expect(ops.addFromSuggestion(s, 'nope', { id: 'n3', now: NOW }, EN)).toMatchObject({ ok: false, refusal: { code: 'unknown-suggestion' } });
  });

  it('every suggestion of every gap makes a valid session', () => {
    let s = buildSampleWorkshop('sample', NOW);
    const before = s.actions.length;
    const ids = GAPS.flatMap((g) => g.suggestedActions.map((x) => x.id));
    ids.forEach((id, i) => (s = addFromSuggestion(s, id, { id: `s${i}`, now: NOW }, EN)));
    const alreadyInSample = buildSampleWorkshop('sample', NOW).actions.filter((a) => a.suggestionId).length;
    expect(s.actions).toHaveLength(before + ids.length - alreadyInSample);
    expect(SessionSchema.safeParse(s).success).toBe(true);
  });
});

