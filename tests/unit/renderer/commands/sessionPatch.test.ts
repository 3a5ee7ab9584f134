/** The recorded patch of a command is what undoes it: applied backwards to the session as it is now. */
import { msg } from '../../../../shared/i18n';
import { refusalInEnglish } from '../../shared/inEnglish';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffSessions, invertPatch, mergePatches } from '../../../../renderer/src/commands/sessionPatch';
import { addAction, createAction, removeAction, updateAction } from '../../../../shared/actions/actionOps';
import { removeEvidence } from '../../../../shared/model/noteOps';
import { sessionOf } from '../../../../shared/model/opResult';
import { removeParticipant, updateParticipant } from '../../../../shared/model/participantOps';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { castVote, confirmConsensus, openRound, revealRound } from '../../../../shared/scoring/roundOps';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const LABEL = msg('command.editSession');

const NOW = Date.UTC(2026, 2, 12, 9, 0, 0);
const sample = (): Session => buildSampleWorkshop('s1', NOW);

/** Runs `change`, then undoes it through the patch; returns both ends. */
function undoOf(before: Session, after: Session): Session {
  return sessionOf(applyPatch(after, invertPatch(diffSessions(before, after)), LABEL));
}

describe('diff, invert and apply', () => {
  it('a session unchanged but for its stamp has an empty patch', () => {
    const s = sample();
    expect(diffSessions(s, { ...s, updatedAt: s.updatedAt + 5 })).toEqual([]);
  });

  it('a fact edit is one step, and undo puts the old value back (also when the fact was unset)', () => {
    const before = sample();
    const after = { ...before, facts: { ...before.facts, 'pilot.records': 999, 'new.fact': 'x' } };
    expect(diffSessions(before, after)).toHaveLength(2);
    expect(undoOf(before, after)).toEqual(before);
  });

  it('removing a participant takes their votes; undo brings both back in place', () => {
    const before = sample();
    const id = before.rounds[0]!.votes[1]!.participantId;
    const after = sessionOf(removeParticipant(before, id));
    const undone = undoOf(before, after);
    expect(undone.participants).toEqual(before.participants);
    expect(undone.rounds).toEqual(before.rounds);
  });

  it('an overwritten vote and a confirmed consensus come back exactly', () => {
    let before = sample();
    const gap = before.rounds.find((r) => r.status === 'open')!;
    const voter = gap.votes[0]!;
    const overwritten = sessionOf(castVote(before, gap.id, { ...voter, score: voter.score === 1 ? 2 : 1, at: NOW + 1 }));
    expect(diffSessions(before, overwritten).every((s) => s.op === 'set')).toBe(true);
    expect(undoOf(before, overwritten)).toEqual(before);

    before = sessionOf(revealRound(overwritten, gap.id, NOW + 2));
    const confirmed = sessionOf(confirmConsensus(before, gap.gapId, 3, 'Because.', gap.id, NOW + 3));
    expect(undoOf(before, confirmed)).toEqual(before);
  });

  it('redo is the patch itself', () => {
    const before = sample();
    const after = sessionOf(removeEvidence(before, 'data', before.gaps.data!.evidence[0]!.id));
    const patch = diffSessions(before, after);
    const undone = sessionOf(applyPatch(after, invertPatch(patch), LABEL));
    expect(sessionOf(applyPatch(undone, patch, LABEL))).toEqual(after);
  });

  it('undo leaves alone what changed elsewhere meanwhile (a phone vote on another gap, a stage move)', () => {
    const before = sample();
    const after = sessionOf(updateParticipant(before, before.participants[1]!.id, { stance: 'skeptic' }));
    const patch = diffSessions(before, after);
    const opened = sessionOf(openRound(after, 'users', 'new-round', NOW + 10));
    const later = { ...opened, currentStageId: opened.agenda[0]!.id };
    const undone = sessionOf(applyPatch(later, invertPatch(patch), LABEL));
    expect(undone.participants).toEqual(before.participants);
    expect(undone.rounds.some((r) => r.id === 'new-round')).toBe(true);
    expect(undone.currentStageId).toBe(later.currentStageId);
  });

  it('refuses (changing nothing) when that part of the session changed since', () => {
    const before = sample();
    const action = before.actions[0]!;
    const after = sessionOf(updateAction(before, action.id, { owner: 'Priya' }));
    const patch = diffSessions(before, after);
    const changedAgain = sessionOf(updateAction(after, action.id, { owner: 'Sam' }));
    expect(refusalInEnglish(applyPatch(changedAgain, invertPatch(patch), msg('command.updateAction')))).toEqual({
      code: 'changed-since',
      message: '“Edit an action” cannot be undone or redone: that part of the session has changed since.',
    });
    const gone = sessionOf(removeAction(after, action.id));
    expect(applyPatch(gone, invertPatch(patch), LABEL).ok).toBe(false);
  });

  it('any chain of plan edits undone step by step returns the first session (property)', () => {
    const start = sample();
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), title: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '') }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('owner' as const), pick: fc.nat(), owner: fc.string({ maxLength: 10 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const states = [start];
        const patches = [];
        let n = 0;
        for (const o of ops) {
          const s = states[states.length - 1]!;
          const target = s.actions[('pick' in o ? o.pick : 0) % Math.max(1, s.actions.length)];
          let next = s;
          if (o.kind === 'add') next = sessionOf(addAction(s, createAction({ id: `n${n++}`, now: NOW, title: o.title })!));
          else if (target && o.kind === 'remove') next = sessionOf(removeAction(s, target.id));
          else if (target && o.kind === 'owner') next = sessionOf(updateAction(s, target.id, { owner: o.owner }));
          patches.push(diffSessions(s, next));
          states.push(next);
        }
        let current = states[states.length - 1]!;
        for (const patch of patches.reverse()) current = sessionOf(applyPatch(current, invertPatch(patch), LABEL));
        expect(current).toEqual(start);
        expect(SessionSchema.safeParse(current).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('mergePatches', () => {
  it('folds typing in one field into one step, and to nothing when typed back', () => {
    const a = sample();
    const b = { ...a, client: 'North' };
    const c = { ...b, client: 'Northwind' };
    const merged = mergePatches(diffSessions(a, b), diffSessions(b, c))!;
    expect(merged).toEqual([{ op: 'set', path: ['client'], from: a.client, to: 'Northwind' }]);
    expect(mergePatches(diffSessions(a, b), diffSessions(b, a))).toEqual([]);
  });

  it('does not fold edits of different fields', () => {
    const a = sample();
    const b = { ...a, client: 'North' };
    const c = { ...b, useCase: 'Other' };
    expect(mergePatches(diffSessions(a, b), diffSessions(b, c))).toBeNull();
  });
});
