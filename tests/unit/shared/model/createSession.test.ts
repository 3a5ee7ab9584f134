import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupActions } from '../../../../shared/actions/grouping';
import { createSession } from '../../../../shared/model/createSession';
import type { Action } from '../../../../shared/model/session';
import { localDay } from '../../../../shared/text/dates';

// A facilitator in UTC+2 all year (POSIX signs are inverted), so the dates below do not move with daylight saving.
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.TZ;
  process.env.TZ = 'Etc/GMT-2';
});
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

const at = (utcHour: number, utcMinute: number) => Date.UTC(2026, 2, 12, utcHour, utcMinute);

describe('the workshop date is the facilitator’s day', () => {
  it('at 23:30 local time', () => {
    expect(createSession({ initiative: 'Invoice matching', client: '', id: 's1', now: at(21, 30) }).workshopDate).toBe('2026-03-12');
  });

  it('at 00:30 local time, when UTC is still on the day before', () => {
    expect(createSession({ initiative: 'Invoice matching', client: '', id: 's1', now: at(22, 30) }).workshopDate).toBe('2026-03-13');
  });

  it('is the same day that overdue actions are measured against', () => {
    const now = at(22, 30);
    const session = createSession({ initiative: 'Invoice matching', client: '', id: 's1', now });
    const due: Action = { id: 'a1', title: 'Due on the workshop day', description: '', gapId: null, owner: 'Ana', dueDate: session.workshopDate, priority: 'high', status: 'open', successMeasure: '', suggestionId: null, createdAt: now };
    const overdue = { ...due, id: 'a2', title: 'Due the day before', dueDate: '2026-03-12' };
    const groups = groupActions([due, overdue], 'dueDate', localDay(now));
    expect(groups.find((g) => g.key === 'overdue')?.actions.map((a) => a.id)).toEqual(['a2']);
  });
});
