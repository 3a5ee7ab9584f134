import { describe, expect, it } from 'vitest';
import { de, en } from '../inEnglish';
import { attentionSentence, countByStatus, missingParts, needsOwnerOrDate } from '../../../../shared/actions/actionSummary';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { NOW } from '../scoring/sessionBuilder';

describe('action summary', () => {
  const sample = buildSampleWorkshop('s', NOW).actions;

  it('finds what each action is missing', () => {
    const crm = sample.find((a) => a.title.startsWith('Connect the CRM'))!;
    const support = sample.find((a) => a.title.startsWith('Name an internal support owner'))!;
    expect(missingParts(crm)).toEqual({ owner: true, dueDate: true });
    expect(missingParts(support)).toEqual({ owner: false, dueDate: true });
    expect(needsOwnerOrDate(sample[0]!)).toBe(false);
  });

  it('does not nag about done actions', () => {
    const crm = { ...sample.find((a) => a.owner === '')!, status: 'done' as const };
    expect(needsOwnerOrDate(crm)).toBe(false);
  });

  it('counts per status and says how many need an owner or a date', () => {
    const actions = [...sample, { ...sample[0]!, id: 'x', status: 'done' as const }, { ...sample[0]!, id: 'y', status: 'in-progress' as const }];
    expect(countByStatus(actions)).toEqual({ open: 5, 'in-progress': 1, done: 1 });
    expect(en(attentionSentence(sample))).toBe('2 actions need an owner or a date');
    expect(de(attentionSentence(sample)!)).toBe('2 Maßnahmen brauchen eine verantwortliche Person oder ein Datum');
    expect(en(attentionSentence(sample.slice(2, 3)))).toBe('1 action needs an owner or a date');
    expect(attentionSentence(sample.slice(0, 2))).toBeNull();
  });
});
