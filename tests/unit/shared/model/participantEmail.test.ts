import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { createSession } from '../../../../shared/model/createSession';
import { MAX_EMAIL_LENGTH, emailError } from '../../../../shared/model/participantEmail';
import { addParticipant, updateParticipant, type ParticipantDraft } from '../../../../shared/model/participantOps';
import { ParticipantSchema, SessionSchema, type Session } from '../../../../shared/model/session';
import { roomRosterOf } from '../../../../shared/room/roomRoster';
import { en, enAll, refusalInEnglish } from '../inEnglish';

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
const GOLDEN = path.resolve(__dirname, '../../../fixtures/session-v1.rrsession');

function session(): Session {
  return createSession({ initiative: 'Voice agent', client: 'Northwind', id: 's1', now: NOW });
}
function draft(name: string, extra: Partial<ParticipantDraft> = {}): ParticipantDraft {
  return { name, role: 'other', stance: 'neutral', inPilot: false, isFacilitator: false, ...extra };
}
const person = { id: 'p1', name: 'Ana Silva', role: 'it', stance: 'skeptic', inPilot: true, isFacilitator: false } as const;

describe('a participant’s e-mail address', () => {
  it('is optional: a participant without one, as in older files, is valid as it is', () => {
    expect(ParticipantSchema.parse(person)).toEqual(person);
    const golden = loadSessionText(readFileSync(GOLDEN, 'utf8'));
    expect(golden.ok && golden.repairs).toEqual([]);
    expect(golden.ok && golden.session.participants.every((p) => p.email === undefined)).toBe(true);
  });

  it('accepts ordinary and international addresses, up to 254 characters', () => {
    for (const email of ['ana.silva@harbourline.example', 'o+tag@sub.example.co.uk', 'zoë@bücher.de', 'ليلى@مثال.شبكة']) {
      expect(emailError(email), email).toBeNull();
      expect(ParticipantSchema.safeParse({ ...person, email }).success, email).toBe(true);
    }
    const longest = `${'a'.repeat(64)}@${'b'.repeat(MAX_EMAIL_LENGTH - 64 - 1 - 4)}.com`;
    expect(longest).toHaveLength(MAX_EMAIL_LENGTH);
    expect(emailError(longest)).toBeNull();
    expect(ParticipantSchema.safeParse({ ...person, email: longest }).success).toBe(true);
    expect(ParticipantSchema.safeParse({ ...person, email: `a${longest}` }).success).toBe(false);
  });

  it('refuses a malformed address with a sentence that says how to write it', () => {
    for (const email of ['ana', 'ana@', '@example.com', 'ana silva@example.com', 'ana@example', 'a@b@example.com', 'ana@example..com', '<ana@example.com>']) {
      expect(emailError(email), email).not.toBeNull();
      expect(ParticipantSchema.safeParse({ ...person, email }).success, email).toBe(false);
    }
    expect(en(emailError('ana@example')!)).toBe('“ana@example” is not an e-mail address. Write it as name@company.com, or leave the field empty.');
    expect(en(emailError(`${'a'.repeat(250)}@example.com`)!)).toBe('An e-mail address has at most 254 characters.');
  });

  it('is stored trimmed when added or edited, removed when emptied, and refused when malformed', () => {
    const added = addParticipant(session(), draft('Ana Silva', { email: '  ana@harbourline.example ' }), 'p1');
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.session.participants[0]!.email).toBe('ana@harbourline.example');
    expect(SessionSchema.safeParse(added.session).success).toBe(true);

    expect(refusalInEnglish(addParticipant(session(), draft('Bo', { email: 'bo at example' }), 'p2'))).toMatchObject({ code: 'bad-email', message: expect.stringContaining('is not an e-mail address') });
    expect(refusalInEnglish(updateParticipant(added.session, 'p1', { email: 'ana@' }))).toMatchObject({ code: 'bad-email' });

    const changed = updateParticipant(added.session, 'p1', { email: 'ana.silva@harbourline.example' });
    expect(changed.ok && changed.session.participants[0]!.email).toBe('ana.silva@harbourline.example');
    const emptied = updateParticipant(added.session, 'p1', { email: '   ' });
    expect(emptied.ok && 'email' in emptied.session.participants[0]!).toBe(false);
    // Adding without an e-mail leaves no key behind (the file stays as older versions wrote it).
    const plain = addParticipant(session(), draft('Cy', { email: '' }), 'p3');
    expect(plain.ok && Object.keys(plain.session.participants[0]!)).not.toContain('email');
  });

  it('never reaches the phones: the room roster has no e-mail', () => {
    const added = addParticipant(session(), draft('Ana Silva', { email: 'ana@harbourline.example' }), 'p1');
    if (!added.ok) throw new Error('refused');
    expect(JSON.stringify(roomRosterOf(added.session))).not.toContain('harbourline');
  });

  it('survives a damaged file: a participant keeps their place, a malformed address is left out', () => {
    const file = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { session: { participants: Array<Record<string, unknown>>; actions: Array<Record<string, unknown>> } };
    file.session.participants[0]!.email = 'not an address';
    file.session.participants[1]!.email = 'lena@example.com';
    delete file.session.actions[0]!.status; // damage elsewhere, so the file goes through repair
    const loaded = loadSessionText(JSON.stringify(file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session.participants).toHaveLength(file.session.participants.length);
    expect(loaded.session.participants[0]!.email).toBeUndefined();
    expect(loaded.session.participants[1]!.email).toBe('lena@example.com');
    expect(enAll(loaded.repairs)).toContain('1 participant entry had missing or unreadable details, which was filled in.');
  });
});
