/**
 * One golden file per format version, committed once and never regenerated: every later version
 * of the app must still open them. When format version N+1 arrives, add session-v(N+1).rrsession
 * and keep these tests as they are (their expectations are about the content, not the model).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../../../shared/format/envelope';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { SessionSchema } from '../../../../shared/model/session';

const fixtures = path.resolve(__dirname, '../../../fixtures');
const golden = readdirSync(fixtures).filter((name) => /^session-v\d+\.rrsession$/.test(name));

describe('golden session files', () => {
  it('has one per format version up to the current one', () => {
    const versions = golden.map((name) => Number(/-v(\d+)\./.exec(name)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it.each(golden)('%s loads in this version without repairs', (name) => {
    const bytes = readFileSync(path.join(fixtures, name));
    const result = loadSessionText(bytes.toString('utf8'), bytes.byteLength);
    expect(result).toMatchObject({ ok: true, repairs: [] });
    if (result.ok) expect(SessionSchema.safeParse(result.session).success).toBe(true);
  });

  it('session-v1.rrsession keeps its whole content', () => {
    const result = loadSessionText(readFileSync(path.join(fixtures, 'session-v1.rrsession'), 'utf8'));
    if (!result.ok) throw new Error(result.message.id);
    const s = result.session;
    expect(result.version).toBe(1);
    expect(result.savedAt).toBe('2026-03-12T09:30:00.000Z');
    expect(s.id).toBe('golden-v1-4f7a9c2e-6b1d-4e8a-9c3f-2d5e8a1b7c40');
    expect([s.initiative, s.client, s.facilitator, s.workshopDate]).toEqual(['Voice agent for customer service', 'Harbourline Energy', 'Claire Martin', '2026-03-12']);
    expect(s.participants.map((p) => p.name)).toEqual(['Claire Martin', 'Marta Okafor', 'Priya Shah', 'Alex Moreau', 'Daniel Reyes', 'Sam Carter', 'Tom Becker', 'Lena Fischer']);
    expect(s.participants.filter((p) => p.stance === 'skeptic')).toHaveLength(2);
    expect(s.kpis).toHaveLength(4);
    expect(s.kpis.map((k) => k.measuredInProduction)).toEqual([false, true, null, false]);
    expect(s.rounds).toHaveLength(7);
    expect(s.rounds.reduce((n, r) => n + r.votes.length, 0)).toBe(46);
    expect(s.rounds.find((r) => r.number === 2)?.votes[0]?.comment).toBe('Évaluation honnête — naïve café ✓ 日本語 "quoted"');
    expect(s.gaps.data!.consensus?.level).toBe(2);
    expect(s.gaps.data!.notes).toBe('Line one\nLine two with a tab\tand a backslash \\ .');
    expect(s.gaps.integration!.consensus?.level).toBe(1);
    expect(s.gaps.support!.consensus).toBeNull();
    expect(s.actions.map((a) => a.status)).toEqual(['in-progress', 'open', 'open', 'done', 'open']);
    expect(s.verdictOverride).toMatchObject({ value: 'not-yet' });
    expect(s.facts['production.records']).toBe(120_000);
    expect(s.facts['pilot.usersVolunteers']).toBe(true);
    expect(s.agenda.map((stage) => stage.id)).toContain('gap-support');
    expect(s.currentStageId).toBe('gap-support');
    expect(s.previousSessionId).toBe('golden-v1-earlier-session');
  });
});
