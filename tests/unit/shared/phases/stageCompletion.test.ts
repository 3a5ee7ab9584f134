import { describe, expect, it } from 'vitest';
import { enAll } from '../inEnglish';
import { FACTS } from '../../../../shared/framework/facts';
import { GAP_IDS } from '../../../../shared/framework/types';
import { createSession, startReassessment } from '../../../../shared/model/createSession';
import type { Action, Session, Stage } from '../../../../shared/model/session';
import { enterStage, markStageComplete } from '../../../../shared/phases/agenda';
import { stageCompletion, stageStatus } from '../../../../shared/phases/stageCompletion';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const NOW = Date.UTC(2026, 2, 10, 9);

function empty(): Session {
  return createSession({ initiative: 'Invoice matching', client: 'Acme', id: 's1', now: NOW });
}

function stage(session: Session, id: string): Stage {
  return session.agenda.find((s) => s.id === id)!;
}

function complete(session: Session, id: string): boolean {
  return stageCompletion(session, stage(session, id)).complete;
}

const frameFacts = Object.fromEntries(FACTS.filter((f) => f.side !== 'readiness').map((f) => [f.id, f.kind === 'boolean' ? false : 10]));
const person = { id: 'p1', name: 'Ana', role: 'it' as const, stance: 'neutral' as const, inPilot: true, isFacilitator: false };

function action(patch: Partial<Action>): Action {
  return { id: 'a1', title: 'Load test', description: '', gapId: null, owner: 'Ana', dueDate: '2026-04-01', priority: 'high', status: 'open', successMeasure: '', suggestionId: null, createdAt: NOW, ...patch };
}

function withAllConsensus(session: Session): Session {
  const gaps = { ...session.gaps };
  for (const g of GAP_IDS) gaps[g] = { ...gaps[g]!, consensus: { level: 3, rationale: 'ok', roundId: null, confirmedAt: NOW } };
  return { ...session, gaps };
}

describe('a stage is done when its content is complete', () => {
  it('an empty session has no stage done, whatever Next did', () => {
    let s = empty();
    for (const st of s.agenda) s = { ...s, agenda: markStageComplete(enterStage(s.agenda, st.id, NOW), st.id, NOW) };
    expect(s.agenda.filter((st) => stageCompletion(s, st).complete)).toEqual([]);
    expect(enAll(stageCompletion(s, stage(s, 'ownership')).missing)).toEqual(['11 questions']);
  });

  it('frame: use case, every pilot and production fact, and someone who votes', () => {
    const s = { ...empty(), useCase: 'Match invoices to orders', facts: frameFacts, participants: [person] };
    expect(complete(s, 'frame')).toBe(true);
    expect(enAll(stageCompletion({ ...s, useCase: '  ' }, stage(s, 'frame')).missing)).toEqual(['the use case']);
    const oneFactLess = { ...frameFacts, 'pilot.records': null };
    expect(enAll(stageCompletion({ ...s, facts: oneFactLess }, stage(s, 'frame')).missing)).toEqual(['1 pilot or production fact']);
    // A facilitator who does not vote is not enough.
    expect(complete({ ...s, participants: [{ ...person, isFacilitator: true }] }, 'frame')).toBe(false);
    // Readiness facts belong to the gaps, not to the Frame.
    expect(FACTS.some((f) => f.side === 'readiness' && f.id in frameFacts)).toBe(false);
  });

  it('criteria: one business KPI with a name and a threshold; a model metric does not count', () => {
    const kpi = { id: 'k1', name: 'Cost per invoice', kind: 'business' as const, baseline: '', pilotResult: '', productionTarget: '', threshold: '≤ €1', measuredInProduction: null };
    expect(complete({ ...empty(), kpis: [kpi] }, 'criteria')).toBe(true);
    expect(complete({ ...empty(), kpis: [{ ...kpi, threshold: ' ' }] }, 'criteria')).toBe(false);
    expect(complete({ ...empty(), kpis: [{ ...kpi, kind: 'model' }] }, 'criteria')).toBe(false);
  });

  it('gap: a confirmed consensus', () => {
    const s = empty();
    expect(complete(s, 'gap-data')).toBe(false);
    const scored = { ...s, gaps: { ...s.gaps, data: { ...s.gaps.data!, consensus: { level: 2 as const, rationale: '', roundId: null, confirmedAt: NOW } } } };
    expect(complete(scored, 'gap-data')).toBe(true);
    expect(complete(scored, 'gap-users')).toBe(false);
  });

  it('ownership: every question answered, a "no" included', () => {
    const s = empty();
    const filled = Object.fromEntries(Object.entries(s.ownership).map(([k, v]) => [k, typeof v === 'string' ? 'x' : false])) as Session['ownership'];
    expect(complete({ ...s, ownership: filled }, 'ownership')).toBe(true);
    expect(enAll(stageCompletion({ ...s, ownership: { ...filled, ownerHasAuthority: null, rollbackPlan: '' } }, stage(s, 'ownership')).missing)).toEqual(['2 questions']);
  });

  it('verdict: six consensus levels, or an override with its reason', () => {
    const s = empty();
    expect(enAll(stageCompletion(s, stage(s, 'verdict')).missing)).toEqual(['a consensus on 6 gaps']);
    expect(complete(withAllConsensus(s), 'verdict')).toBe(true);
    expect(complete({ ...s, verdictOverride: { value: 'not-yet', reason: 'Data not ready', at: NOW } }, 'verdict')).toBe(true);
  });

  it('actions: at least one, every open one owned and dated; done actions need neither', () => {
    const s = empty();
    expect(enAll(stageCompletion(s, stage(s, 'actions')).missing)).toEqual(['an action']);
    expect(complete({ ...s, actions: [action({})] }, 'actions')).toBe(true);
    expect(enAll(stageCompletion({ ...s, actions: [action({}), action({ id: 'a2', owner: ' ' })] }, stage(s, 'actions')).missing)).toEqual(['an owner and a due date on 1 action']);
    expect(complete({ ...s, actions: [action({ dueDate: null, status: 'done' })] }, 'actions')).toBe(true);
  });

  it('export: every other stage complete', () => {
    const s = empty();
    expect(enAll(stageCompletion(s, stage(s, 'export')).missing)).toEqual(['11 earlier stages to complete']);
    const filled = Object.fromEntries(Object.entries(s.ownership).map(([k, v]) => [k, typeof v === 'string' ? 'x' : true])) as Session['ownership'];
    const kpi = { id: 'k1', name: 'Cost', kind: 'business' as const, baseline: '', pilotResult: '', productionTarget: '', threshold: '≤ €1', measuredInProduction: null };
    const all = withAllConsensus({ ...s, useCase: 'u', facts: frameFacts, participants: [person], kpis: [kpi], ownership: filled, actions: [action({})] });
    expect(complete(all, 'export')).toBe(true);
  });
});

describe('done, visited and not started', () => {
  it('the sample: finished stages done, the current gap visited, later stages not started', () => {
    const s = buildSampleWorkshop('sample', NOW);
    const status = Object.fromEntries(s.agenda.map((st) => [st.id, stageStatus(s, st)]));
    expect(status).toMatchObject({ frame: 'done', criteria: 'done', 'gap-data': 'done', 'gap-change': 'done', 'gap-support': 'visited', ownership: 'not-started', export: 'not-started' });
  });

  it('a stage left with Next but incomplete is visited, not done', () => {
    let s = empty();
    s = { ...s, agenda: markStageComplete(enterStage(s.agenda, 'ownership', NOW), 'ownership', NOW + 1), currentStageId: 'frame' };
    expect(stageStatus(s, stage(s, 'ownership'))).toBe('visited');
    expect(stageStatus(s, stage(s, 'frame'))).toBe('visited');
    expect(stageStatus(s, stage(s, 'verdict'))).toBe('not-started');
  });
});

describe('the comparison with the baseline', () => {
  const reassessment = () => startReassessment(empty(), 's2', NOW + 90 * 86_400_000);

  it('is done once every gap has a consensus again', () => {
    let s = reassessment();
    expect(enAll(stageCompletion(s, stage(s, 'comparison')).missing)).toEqual(['a consensus on 6 gaps']);
    s = withAllConsensus(s);
    expect(complete(s, 'comparison')).toBe(true);
  });

  it('says what is missing when the session has no earlier assessment', () => {
    const s = withAllConsensus({ ...reassessment(), earlier: [] });
    expect(enAll(stageCompletion(s, stage(s, 'comparison')).missing)).toEqual(['an earlier assessment to compare with']);
  });

  it('counts for the export stage like any other', () => {
    const s = reassessment();
    expect(enAll(stageCompletion(s, stage(s, 'export')).missing)).toEqual([`${s.agenda.length - 1} earlier stages to complete`]);
  });
});
