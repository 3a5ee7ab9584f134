import { translatorNow } from '../../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { en, refusalInEnglish } from '../inEnglish';
import { createSession } from '../../../../shared/model/createSession';
import {
  addParticipant,
  duplicateIds,
  duplicateWarning,
  nameError,
  normaliseName,
  participantCounts,
  participantSummary,
  removeParticipant,
  votesCastBy,
  updateParticipant,
  MAX_PARTICIPANTS,
  type ParticipantDraft,
} from '../../../../shared/model/participantOps';
import { SessionSchema, type Session } from '../../../../shared/model/session';

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);

function session(): Session {
  return createSession({ initiative: 'Voice agent', client: 'Northwind', id: 's1', now: NOW });
}

function draft(name: string, extra: Partial<ParticipantDraft> = {}): ParticipantDraft {
  return { name, role: 'other', stance: 'neutral', inPilot: false, isFacilitator: false, ...extra };
}

function added(s: Session, name: string, id: string, extra: Partial<ParticipantDraft> = {}): Session {
  const result = addParticipant(s, draft(name, extra), id);
  if (!result.ok) throw new Error(en(result.refusal.message));
  return result.session;
}

describe('names', () => {
  it('normalises whitespace', () => {
    expect(normaliseName('  Ana   Silva ')).toBe('Ana Silva');
  });
  it('refuses empty and overlong names with a message', () => {
    expect(en(nameError('   '))).toMatch(/type a name/i);
    expect(en(nameError('x'.repeat(121)))).toMatch(/120/);
    expect(nameError('Ana')).toBeNull();
  });
  it('warns about duplicates, case- and space-insensitively, but not about oneself', () => {
    const s = added(session(), 'Ana Silva', 'p1');
    expect(en(duplicateWarning(s.participants, ' ana  silva'))).toMatch(/two people called “ana silva”/);
    expect(duplicateWarning(s.participants, 'Ana Silva', 'p1')).toBeNull();
    expect(duplicateWarning(s.participants, 'Bo')).toBeNull();
  });
});

describe('addParticipant', () => {
  it('adds a trimmed participant that the schema accepts', () => {
    const result = addParticipant(session(), draft('  Ana ', { role: 'it', stance: 'skeptic', inPilot: true }), 'p1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warning).toBeUndefined();
    expect(result.session.participants).toEqual([{ id: 'p1', name: 'Ana', role: 'it', stance: 'skeptic', inPilot: true, isFacilitator: false }]);
    expect(SessionSchema.safeParse(result.session).success).toBe(true);
  });

  it('refuses an empty name and leaves the session untouched', () => {
    const s = session();
    const result = addParticipant(s, draft(' \t '), 'p1');
    expect(refusalInEnglish(result)).toEqual({ code: 'bad-name', message: expect.stringMatching(/type a name/i) });
  });

  it('adds a duplicate name but warns', () => {
    const s = added(session(), 'Ana', 'p1');
    const result = addParticipant(s, draft('ANA'), 'p2');
    expect(result.ok && result.session.participants.length).toBe(2);
    expect(result.ok && en(result.warning)).toMatch(/two people/);
  });

  it('refuses a reused id and a full room', () => {
    const s = added(session(), 'Ana', 'p1');
    expect(addParticipant(s, draft('Bo'), 'p1').ok).toBe(false);
    let full = session();
    for (let i = 0; i < MAX_PARTICIPANTS; i++) full = added(full, `P${i}`, `p${i}`);
    const result = addParticipant(full, draft('One more'), 'extra');
    expect(refusalInEnglish(result)).toEqual({ code: 'full', message: expect.stringMatching(/at most 200/) });
  });
});

describe('updateParticipant', () => {
  it('edits fields in place and keeps the order', () => {
    let s = added(added(session(), 'Ana', 'p1'), 'Bo', 'p2');
    const result = updateParticipant(s, 'p1', { stance: 'champion', role: 'business-owner' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    s = result.session;
    expect(s.participants.map((p) => [p.id, p.stance, p.role])).toEqual([
      ['p1', 'champion', 'business-owner'],
      ['p2', 'neutral', 'other'],
    ]);
  });

  it('refuses an empty name and keeps the old one', () => {
    const s = added(session(), 'Ana', 'p1');
    expect(refusalInEnglish(updateParticipant(s, 'p1', { name: '  ' }))).toEqual({ code: 'no-name', message: expect.stringMatching(/previous one is kept/) });
  });

  it('warns when a rename creates a duplicate, not when only the case changes', () => {
    const s = added(added(session(), 'Ana', 'p1'), 'Bo', 'p2');
    const clash = updateParticipant(s, 'p2', { name: 'ana' });
    expect(clash.ok && en(clash.warning)).toMatch(/two people/);
    const recase = updateParticipant(s, 'p1', { name: 'ANA' });
    expect(recase.ok && en(recase.warning)).toBeUndefined();
    expect(recase.ok && recase.session.participants[0]!.name).toBe('ANA');
  });

  it('reports a participant that is gone', () => {
    expect(updateParticipant(session(), 'nobody', { stance: 'skeptic' }).ok).toBe(false);
  });
});

describe('removeParticipant', () => {
  function withVotes(): Session {
    const s = added(added(added(session(), 'Ana', 'p1'), 'Bo', 'p2'), 'Cy', 'p3');
    const vote = (participantId: string, at: number) => ({ participantId, score: 3 as const, confidence: null, comment: '', source: 'grid' as const, at });
    return {
      ...s,
      rounds: [
        { id: 'r1', gapId: 'data', number: 1, status: 'revealed', openedAt: NOW, revealedAt: NOW + 10, votes: [vote('p1', 1), vote('p2', 2), vote('p3', 3)] },
        { id: 'r2', gapId: 'users', number: 1, status: 'open', openedAt: NOW, revealedAt: null, votes: [vote('p1', 4)] },
      ],
    };
  }

  it('removes the person and their votes (Undo is the command history’s, over the recorded change)', () => {
    const before = withVotes();
    expect(votesCastBy(before, 'p2')).toBe(1);
    expect(votesCastBy(before, 'p1')).toBe(2);
    const removal = removeParticipant(before, 'p2');
    expect(removal.ok).toBe(true);
    if (!removal.ok) return;
    const after = removal.session;
    expect(after.participants.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(after.rounds[0]!.votes.map((v) => v.participantId)).toEqual(['p1', 'p3']);
    expect(after.rounds[1]).toBe(before.rounds[1]);
  });

  it('refuses to remove someone who is not in the list', () => {
    expect(refusalInEnglish(removeParticipant(withVotes(), 'nobody'))).toEqual({ code: 'not-found', message: 'This participant is no longer in the list.' });
  });
});

describe('counts', () => {
  it('counts stances, pilot people and duplicates', () => {
    let s = session();
    s = added(s, 'Ana', 'p1', { stance: 'champion', inPilot: true });
    s = added(s, 'Bo', 'p2', { stance: 'champion' });
    s = added(s, 'Cy', 'p3', { stance: 'skeptic', inPilot: true });
    s = added(s, 'ana', 'p4', { isFacilitator: true });
    expect(participantCounts(s.participants)).toEqual({ total: 4, champions: 2, neutral: 1, skeptics: 1, inPilot: 2, facilitators: 1 });
    expect(translatorNow('en').text(participantSummary(s.participants))).toBe('4 participants · 2 champions · 1 skeptic · 2 took part in the pilot');
    expect(translatorNow('en').text(participantSummary([]))).toBe('No participants yet');
    expect([...duplicateIds(s.participants)].sort()).toEqual(['p1', 'p4']);
  });
});
