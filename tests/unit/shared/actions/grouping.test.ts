import { describe, expect, it } from 'vitest';
import { en } from '../inEnglish';
import { GROUPINGS, groupActions } from '../../../../shared/actions/grouping';
import type { Action } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { NOW } from '../scoring/sessionBuilder';

let n = 0;
function action(partial: Partial<Action>): Action {
  n += 1;
  return {
    id: `a${n}`,
    title: `Action ${n}`,
    description: '',
    gapId: null,
    owner: '',
    dueDate: null,
    priority: 'medium',
    status: 'open',
    successMeasure: '',
    suggestionId: null,
    createdAt: NOW,
    ...partial,
  };
}

const summary = (groups: ReturnType<typeof groupActions>) => groups.map((g) => [en(g.label), g.actions.map((a) => a.title)]);

describe('groupActions by gap', () => {
  it('puts unlinked actions first, then gaps in framework order, skipping empty gaps', () => {
    const actions = [
      action({ title: 'Support drill', gapId: 'support' }),
      action({ title: 'Raw sample', gapId: 'data' }),
      action({ title: 'Loose end' }),
      action({ title: 'Profile data', gapId: 'data' }),
    ];
    const groups = groupActions(actions, 'gap');
    expect(summary(groups)).toEqual([
      ['Not linked to a gap', ['Loose end']],
      ['1. Data quality', ['Raw sample', 'Profile data']],
      ['6. Support model', ['Support drill']],
    ]);
    expect(groups.map((g) => g.needsAttention)).toEqual([true, false, false]);
    expect(groups.map((g) => g.key)).toEqual(['none', 'data', 'support']);
  });
});

describe('groupActions by owner', () => {
  it('puts "No owner" first, then owners alphabetically, merging spacing and case variants', () => {
    const actions = [
      action({ title: 'A', owner: 'Priya Shah' }),
      action({ title: 'B', owner: '  ' }),
      action({ title: 'C', owner: 'daniel  reyes' }),
      action({ title: 'D', owner: 'Daniel Reyes' }),
      action({ title: 'E', owner: '' }),
    ];
    expect(summary(groupActions(actions, 'owner'))).toEqual([
      ['No owner', ['B', 'E']],
      ['daniel reyes', ['C', 'D']],
      ['Priya Shah', ['A']],
    ]);
  });

  it('has no "No owner" group when everyone is named', () => {
    expect(groupActions([action({ owner: 'Ana' })], 'owner').map((g) => g.key)).toEqual(['ana']);
  });
});

describe('groupActions by due date', () => {
  const actions = [
    action({ title: 'May late', dueDate: '2025-05-20' }),
    action({ title: 'Undated' }),
    action({ title: 'March', dueDate: '2025-03-20' }),
    action({ title: 'Past, open', dueDate: '2025-03-01' }),
    action({ title: 'Past, done', dueDate: '2025-02-01', status: 'done' }),
    action({ title: 'May early', dueDate: '2025-05-02' }),
  ];

  it('puts undated first, then overdue open actions, then months in order, earliest first within', () => {
    expect(summary(groupActions(actions, 'dueDate', '2025-03-10'))).toEqual([
      ['No due date', ['Undated']],
      ['Overdue', ['Past, open']],
      ['February 2025', ['Past, done']],
      ['March 2025', ['March']],
      ['May 2025', ['May early', 'May late']],
    ]);
  });

  it('without a today, nothing is overdue', () => {
    expect(groupActions(actions, 'dueDate').map((g) => g.key)).toEqual(['no-date', '2025-02', '2025-03', '2025-05']);
  });
});

describe('every grouping', () => {
  it('shows every action of the sample exactly once', () => {
    const sample = buildSampleWorkshop('s', NOW).actions;
    for (const grouping of GROUPINGS) {
      const ids = groupActions(sample, grouping, '2025-03-10').flatMap((g) => g.actions.map((a) => a.id));
      expect(ids.sort()).toEqual(sample.map((a) => a.id).sort());
    }
  });

  it('gives no groups for an empty plan', () => {
    for (const grouping of GROUPINGS) expect(groupActions([], grouping)).toEqual([]);
  });

  it('labels month groups as "December 2026"', () => {
    const groups = groupActions([action({ dueDate: '2026-12-04' })], 'dueDate');
    expect(groups.map((g) => en(g.label))).toEqual(['December 2026']);
  });
});
