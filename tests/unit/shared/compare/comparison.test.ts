/** A re-assessment against its baseline: what carries over, and what the comparison reports. */
import { describe, expect, it } from 'vitest';
import { buildReassessmentPair, MOVED_DOWN, MOVED_UP, REASSESSMENT_NOW } from '../../../fixtures/reassessment';
import { buildLargeSession } from '../../../fixtures/largeSession';
import { customFramework, GOVERNANCE_GAP_ID } from '../../../fixtures/customFramework';
import { baselineOf, buildComparison } from '../../../../shared/compare/comparison';
import { makeEnvelope, serializeEnvelope } from '../../../../shared/format/envelope';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { assessmentNumber, createSession, startReassessment } from '../../../../shared/model/createSession';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { MAX_EARLIER_ASSESSMENTS } from '../../../../shared/model/sessionLimits';
import { runChecks } from '../../../../shared/scoring/checks';
import { computeVerdict } from '../../../../shared/scoring/verdict';

const ROOM = { key: 'k'.repeat(22), tokenSecret: 's'.repeat(22), port: 4242, network: 'lan' as const, address: null, interfaceName: null, open: true };

describe('starting a re-assessment', () => {
  const baseline: Session = { ...buildLargeSession({ participants: 8, roundsPerGap: 1, actions: 20 }), room: ROOM };
  const again = startReassessment(baseline, 'again', REASSESSMENT_NOW);

  it('keeps the initiative, its framework, people, facts and KPIs as the starting point', () => {
    expect(again.initiative).toBe(baseline.initiative);
    expect(again.client).toBe(baseline.client);
    expect(again.participants).toEqual(baseline.participants);
    expect(again.facts).toEqual(baseline.facts);
    expect(again.kpis).toEqual(baseline.kpis);
    expect(again.previousSessionId).toBe(baseline.id);
    expect(SessionSchema.safeParse(again).success).toBe(true);
  });

  it('adds the comparison to its agenda, just before the verdict; a first assessment has none', () => {
    const kinds = again.agenda.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'comparison')).toHaveLength(1);
    expect(kinds.indexOf('comparison')).toBe(kinds.indexOf('verdict') - 1);
    expect(baseline.agenda.some((s) => s.kind === 'comparison')).toBe(false);
    expect(startReassessment(again, 'third', REASSESSMENT_NOW + 1).agenda.filter((s) => s.kind === 'comparison')).toHaveLength(1);
  });

  it('starts with no rounds and no consensus, and on the first stage', () => {
    expect(again.rounds).toEqual([]);
    expect(Object.values(again.gaps).every((g) => g.consensus === null)).toBe(true);
    expect(again.currentStageId).toBe(again.agenda[0]!.id);
  });

  it('carries the open actions with their ids and status, and leaves the done ones behind', () => {
    const open = baseline.actions.filter((a) => a.status !== 'done');
    expect(open.length).toBeLessThan(baseline.actions.length);
    expect(again.actions.map((a) => [a.id, a.status])).toEqual(open.map((a) => [a.id, a.status]));
  });

  it('carries the baseline as its last earlier assessment, without the phone room', () => {
    expect(again.room).toBeUndefined();
    expect(again.earlier).toHaveLength(1);
    expect(baselineOf(again)?.id).toBe(baseline.id);
    expect(baselineOf(again)).not.toHaveProperty('room');
    expect(baselineOf(again)?.rounds).toEqual(baseline.rounds);
    expect(assessmentNumber(baseline)).toBe(1);
    expect(assessmentNumber(again)).toBe(2);
  });

  it('is not changed by later edits to the baseline', () => {
    baseline.participants[0]!.name = 'Renamed later';
    baseline.actions[0]!.title = 'Edited later';
    expect(again.participants[0]!.name).not.toBe('Renamed later');
    expect(baselineOf(again)?.actions[0]!.title).not.toBe('Edited later');
  });

  it('makes a chain, oldest first, bounded', () => {
    let chain = again;
    for (let i = 0; i < MAX_EARLIER_ASSESSMENTS + 2; i++) chain = startReassessment(chain, `again-${i}`, REASSESSMENT_NOW + i);
    expect(chain.earlier).toHaveLength(MAX_EARLIER_ASSESSMENTS);
    expect(chain.earlier!.at(-1)!.id).toBe(`again-${MAX_EARLIER_ASSESSMENTS}`);
    expect(chain.earlier!.every((a) => !('earlier' in a))).toBe(true);
    expect(SessionSchema.safeParse(chain).success).toBe(true);
  });

  it('travels in the session file with its baseline, so the comparison exports from the file alone', () => {
    const { reassessment } = buildReassessmentPair({ participants: 6 });
    const loaded = loadSessionText(serializeEnvelope(makeEnvelope(reassessment, '1.0.0', new Date(REASSESSMENT_NOW))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session.earlier).toEqual(reassessment.earlier);
    // Messages carry formatting functions, so the two comparisons are compared by what they decide.
    const decided = (session: Session) => {
      const c = buildComparison(session)!;
      return { gaps: c.gaps.map((g) => [g.gapId, g.then, g.now]), closed: c.flags.closed.map((f) => f.id), verdict: [c.verdict.then.value, c.verdict.now.value], actions: c.actions };
    };
    expect(decided(loaded.session)).toEqual(decided(reassessment));
  });

  it('a damaged earlier assessment is left out with a word, and the file still opens', () => {
    const { reassessment } = buildReassessmentPair({ participants: 6 });
    const damaged = { ...reassessment, earlier: [{ ...reassessment.earlier![0]!, gaps: 'broken' }, reassessment.earlier![0]!] };
    const loaded = loadSessionText(serializeEnvelope({ ...makeEnvelope(reassessment, '1.0.0', new Date(REASSESSMENT_NOW)), session: damaged as unknown as Session }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session.earlier).toHaveLength(1);
    expect(loaded.repairs.map((r) => r.id)).toContain('repair.earlier.dropped');
  });
});

describe('the comparison', () => {
  const { baseline, reassessment } = buildReassessmentPair({ participants: 12 });
  const comparison = buildComparison(reassessment)!;

  it('is absent for a first assessment', () => {
    expect(buildComparison(baseline)).toBeNull();
    expect(buildComparison(createSession({ initiative: 'A', client: '', id: 'a', now: REASSESSMENT_NOW }))).toBeNull();
  });

  it('names the two assessments it compares', () => {
    expect(comparison.then).toEqual({ sessionId: baseline.id, number: 1, workshopDate: baseline.workshopDate });
    expect(comparison.now).toEqual({ sessionId: reassessment.id, number: 2, workshopDate: reassessment.workshopDate });
  });

  it('shows exactly the gaps that moved, and which way, with the reason recorded', () => {
    const moved = (direction: string) => comparison.gaps.filter((g) => g.direction === direction).map((g) => g.gapId);
    expect(moved('up')).toEqual(MOVED_UP);
    expect(moved('down')).toEqual(MOVED_DOWN);
    expect(moved('same')).toEqual(['users', 'integration', 'change']);
    const data = comparison.gaps.find((g) => g.gapId === 'data')!;
    expect([data.then, data.now, data.change]).toEqual([2, 3, 1]);
    expect(data.rationaleNow).toBe('Re-assessed at level 3.');
    expect(data.rationaleThen).toBe(baseline.gaps.data!.consensus!.rationale);
  });

  it('draws both assessments on one radar, with their vote ranges', () => {
    expect(comparison.axes.map((a) => a.gapId)).toEqual(comparison.gaps.map((g) => g.gapId));
    for (const axis of comparison.axes) {
      expect(axis.then?.consensus).toBe(baseline.gaps[axis.gapId]!.consensus!.level);
      expect(axis.now.votes).not.toBeNull();
      expect(axis.then?.votes).not.toBeNull();
    }
  });

  it('lists the flags closed and opened since, as each assessment’s own checks give them', () => {
    const key = (f: { id: string; gapId: string | null }) => `${f.id}/${f.gapId}`;
    const thenKeys = runChecks(baseline).map(key);
    const nowKeys = runChecks(reassessment).map(key);
    expect(comparison.flags.closed.map(key)).toEqual(thenKeys.filter((k) => !nowKeys.includes(k)));
    expect(comparison.flags.opened.map(key)).toEqual(nowKeys.filter((k) => !thenKeys.includes(k)));
    expect(comparison.flags.stillOpen.map(key)).toEqual(nowKeys.filter((k) => thenKeys.includes(k)));
    // The baseline's room was divided on Data readiness; the re-assessment agreed.
    expect(comparison.flags.closed.map(key)).toContain('room-disagrees/data');
  });

  it('gives the verdict then and now', () => {
    expect(comparison.verdict.then.value).toBe(computeVerdict(baseline).value);
    expect(comparison.verdict.now.value).toBe(computeVerdict(reassessment).value);
  });

  it('sets each KPI then against now', () => {
    const first = comparison.kpis[0]!;
    expect(first.then?.pilotResult).toBe(baseline.kpis[0]!.pilotResult);
    expect(first.now?.pilotResult).toBe('79%');
    expect(comparison.kpis).toHaveLength(baseline.kpis.length);
  });

  it('counts the actions done, dropped, overdue and added since', () => {
    const ids = (list: { actionId: string }[]) => list.map((a) => a.actionId);
    const open = baselineOf(reassessment)!.actions.filter((a) => a.status !== 'done');
    const nowIds = reassessment.actions.map((a) => a.id);
    expect(ids(comparison.actions.done)).toEqual(reassessment.actions.filter((a) => a.status === 'done').map((a) => a.id));
    expect(comparison.actions.done).toHaveLength(1);
    expect(ids(comparison.actions.dropped)).toEqual(open.filter((a) => !nowIds.includes(a.id)).map((a) => a.id));
    expect(comparison.actions.dropped).toHaveLength(1);
    expect(ids(comparison.actions.added)).toEqual([`${reassessment.id}-a-new`]);
    const overdue = reassessment.actions.filter((a) => a.status !== 'done' && a.dueDate !== null && a.dueDate < reassessment.workshopDate);
    expect(overdue.length).toBeGreaterThan(0);
    expect(ids(comparison.actions.overdue)).toEqual(overdue.map((a) => a.id));
  });

  it('names who moved their own score most, and no one when the session is anonymous', () => {
    const people = comparison.mindChanges.people;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.name !== null && p.levelsMoved > 0)).toBe(true);
    expect(people.map((p) => p.levelsMoved)).toEqual([...people.map((p) => p.levelsMoved)].sort((a, b) => b - a));
    const anonymous = buildComparison(buildReassessmentPair({ participants: 12, anonymous: true }).reassessment)!;
    expect(anonymous.mindChanges.anonymous).toBe(true);
    expect(anonymous.mindChanges.people.length).toBe(people.length);
    expect(anonymous.mindChanges.people.every((p) => p.name === null)).toBe(true);
  });

  it('marks a gap the baseline’s framework did not have as new', () => {
    const own = createSession({ initiative: 'Claims triage', client: 'Insurer', id: 'own', now: REASSESSMENT_NOW, framework: customFramework() });
    const builtIn = createSession({ initiative: 'Claims triage', client: 'Insurer', id: 'old', now: REASSESSMENT_NOW - 1 });
    const withNewGap: Session = { ...own, previousSessionId: 'old', earlier: [builtIn] };
    const governance = buildComparison(withNewGap)!.gaps.find((g) => g.gapId === GOVERNANCE_GAP_ID)!;
    expect(governance.direction).toBe('new-gap');
    expect(buildComparison(withNewGap)!.axes.find((a) => a.gapId === GOVERNANCE_GAP_ID)!.then).toBeNull();
  });
});
