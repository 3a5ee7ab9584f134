/**
 * The checks and the verdict follow the session's framework: a seven-gap method of the firm's own
 * (the built-in one without "Infrastructure load" and "Change management", with governance,
 * privacy and ethics added), its own checks, verdict thresholds and required roles.
 */
import { describe, expect, it } from 'vitest';
import deCatalogue from '../../../../shared/i18n/catalogues/de.json';
import enCatalogue from '../../../../shared/i18n/catalogues/en.json';
import { builtInFramework } from '../../../../shared/framework/builtInFramework';
import { FRAMEWORK_CHECK_IDS } from '../../../../shared/framework/checkIds';
import type { Framework, FrameworkGap } from '../../../../shared/framework/frameworkSchema';
import type { GapId, Level } from '../../../../shared/framework/types';
import { emptyGapAssessment } from '../../../../shared/model/createSession';
import type { Session } from '../../../../shared/model/session';
import {
  CHECK_IDS,
  checkChampionSkepticSplit,
  checkCuratedData,
  checkEasy80,
  checkMissingVoices,
  checkRoomDisagrees,
  checkVolumeGap,
  missingRoles,
  runChecks,
} from '../../../../shared/scoring/checks';
import { computeVerdict } from '../../../../shared/scoring/verdict';
import { de, en, enAll } from '../inEnglish';
import { allGapsAt, cleanSession, withAction, withFacts, withOwnership, withParticipants, withRound } from './sessionBuilder';

const gap = (id: string) => id as GapId;

/** Load and change management leave with their facts; governance, privacy and ethics come in. */
function sevenGapFramework(): Framework {
  const f = structuredClone(builtInFramework({ en: enCatalogue, de: deCatalogue }));
  const dropped = new Set(['load', 'change']);
  const droppedFacts = new Set(f.gaps.filter((g) => dropped.has(g.id)).flatMap((g) => g.factIds));
  const droppedRatios = new Set(f.gaps.filter((g) => dropped.has(g.id)).flatMap((g) => g.ratioIds));
  const own = (id: string, factIds: string[] = []): FrameworkGap => ({ id, icon: 'scale', color: '#332288', factIds, ratioIds: [], questionCount: 0, suggestedActions: [] });
  f.id = 'northwind-method';
  f.basedOn = 'default';
  f.gaps = [...f.gaps.filter((g) => !dropped.has(g.id)), own('governance', ['governance.dpiaDone']), own('privacy'), own('ethics')];
  f.facts = [...f.facts.filter((fact) => !droppedFacts.has(fact.id)), { id: 'governance.dpiaDone', kind: 'boolean', hasHint: false, side: 'readiness' }];
  f.ratios = f.ratios.filter((ratio) => !droppedRatios.has(ratio.id));
  f.agenda = [
    ...f.agenda.filter((stage) => stage.kind !== 'gap' || !dropped.has(stage.gapId ?? '')).filter((stage) => stage.kind !== 'ownership' && stage.kind !== 'verdict' && stage.kind !== 'actions' && stage.kind !== 'export'),
    ...['governance', 'privacy', 'ethics'].map((gapId) => ({ kind: 'gap' as const, gapId, timeboxMinutes: 15 })),
    ...f.agenda.filter((stage) => stage.kind === 'ownership' || stage.kind === 'verdict' || stage.kind === 'actions' || stage.kind === 'export'),
  ];
  for (const language of f.languages) {
    const text = f.text[language]!;
    text.name = language === 'de' ? 'Northwind-Methode' : 'Northwind method';
    for (const id of ['governance', 'privacy', 'ethics']) {
      text[`gap.${id}.name`] = `${id} (${language})`;
      for (const level of [1, 2, 3, 4, 5]) text[`gap.${id}.ladder.${level}`] = `${id} ${level}`;
    }
  }
  f.checks = FRAMEWORK_CHECK_IDS.filter((id) => id !== 'easy-80');
  f.verdictRules = { notYetAtOrBelow: 1, atRiskAtOrBelow: 3, goAtOrAbove: 5, blockingChecks: ['ownership-vacuum', 'missing-voices'] };
  f.requiredRoles = ['it', 'legal'];
  return f;
}

/** The clean session, made from the seven-gap framework: its gaps, its facts, a room with IT and legal. */
function customSession(framework: Framework = sevenGapFramework()): Session {
  const s = cleanSession();
  return { ...s, framework, gaps: Object.fromEntries(framework.gaps.map((g) => [g.id, emptyGapAssessment()])) as Session['gaps'] };
}

function withLevels(session: Session, levels: Record<string, Level>): Session {
  const gaps = { ...session.gaps } as Record<string, Session['gaps'][GapId]>;
  for (const [gapId, level] of Object.entries(levels)) {
    gaps[gapId] = { ...emptyGapAssessment(), ...gaps[gapId], consensus: { level, rationale: 'Agreed in the room.', roundId: null, confirmedAt: 0 } };
  }
  return { ...session, gaps: gaps as Session['gaps'] };
}

function allAt(session: Session, level: Level): Session {
  return withLevels(session, Object.fromEntries(session.framework!.gaps.map((g) => [g.id, level])));
}

describe('one list of checks', () => {
  it('is the framework’s list, twelve checks ending with missing voices', () => {
    expect(CHECK_IDS).toBe(FRAMEWORK_CHECK_IDS);
    expect(CHECK_IDS.at(-1)).toBe('missing-voices');
  });
});

describe('the checks on a seven-gap framework of the firm’s own', () => {
  it('find nothing on a clean session', () => {
    expect(runChecks(customSession())).toEqual([]);
  });

  it('leave out a fact check whose facts the framework does not have, whatever the session holds', () => {
    const s = withFacts(customSession(), { 'pilot.transactionsPerDay': 10, 'production.peakTransactionsPerDay': 10_000, 'load.loadTestAtPeak': false });
    expect(checkVolumeGap(s)).toBeNull();
    // The same facts on the built-in framework fire it.
    expect(checkVolumeGap(withFacts(cleanSession(), { 'pilot.transactionsPerDay': 10, 'production.peakTransactionsPerDay': 10_000, 'load.loadTestAtPeak': false }))?.gapId).toBe('load');
  });

  it('keep a fact check where the framework has its facts, on the gap that lists them', () => {
    const s = withFacts(customSession(), { 'pilot.sampleRandom': false });
    expect(checkCuratedData(s)).toMatchObject({ gapId: 'data', where: { stageKind: 'gap', gapId: 'data', field: 'pilot.sampleRandom' } });
    const moved = sevenGapFramework();
    moved.gaps[0]!.factIds = moved.gaps[0]!.factIds.filter((id) => id !== 'pilot.sampleRandom');
    moved.gaps.find((g) => g.id === 'governance')!.factIds.push('pilot.sampleRandom');
    expect(checkCuratedData(withFacts(customSession(moved), { 'pilot.sampleRandom': false }))).toMatchObject({ gapId: 'governance', where: { gapId: 'governance' } });
  });

  it('apply one finding of a check and not the other when only its facts are there', () => {
    const f = sevenGapFramework();
    f.facts = f.facts.filter((fact) => fact.id !== 'data.rawDataTested');
    f.gaps[0]!.factIds = f.gaps[0]!.factIds.filter((id) => id !== 'data.rawDataTested');
    const scaleOnly = withFacts(customSession(f), { 'pilot.records': 10, 'production.records': 10_000, 'data.rawDataTested': false });
    expect(checkCuratedData(scaleOnly)).toBeNull();
    expect(en(checkCuratedData(withFacts(scaleOnly, { 'pilot.sampleRandom': false }))!.explanation)).not.toContain('raw production data');
  });

  it('look at every gap of the framework for disagreement and a champion–skeptic split', () => {
    let s = withRound(customSession(), gap('governance'), { p1: 5, p2: 1, p3: 3 });
    s = withRound(s, gap('ethics'), { p1: 5, p2: 2 });
    expect(checkRoomDisagrees(s).map((f) => [f.gapId, f.where.gapId])).toEqual([
      ['governance', 'governance'],
      ['ethics', 'ethics'],
    ]);
    expect(checkChampionSkepticSplit(s).map((f) => f.gapId)).toEqual(['governance', 'ethics']);
    // A round on a gap the framework does not have is not looked at.
    expect(checkRoomDisagrees(withRound(customSession(), gap('load'), { p1: 1, p2: 5 }))).toEqual([]);
  });

  it('run only the checks the framework switches on', () => {
    const deferred = withFacts(customSession(), { 'scope.hardCasesDeferred': true });
    expect(checkEasy80(deferred)).toBeNull();
    expect(runChecks(deferred)).toEqual([]);
    const allOff = sevenGapFramework();
    allOff.checks = [];
    allOff.verdictRules.blockingChecks = [];
    const bare = withOwnership({ ...customSession(allOff), kpis: [], participants: [] }, { businessOwner: '', monitoring: '' });
    expect(runChecks(bare)).toEqual([]);
  });

  it('block the verdict where the framework’s rules say so', () => {
    const f = sevenGapFramework();
    f.verdictRules.blockingChecks = ['curated-data'];
    const s = withFacts(customSession(f), { 'pilot.sampleRandom': false });
    expect(checkCuratedData(s)?.blocking).toBe(true);
    expect(computeVerdict(allAt(s, 5)).computed).toBe('not-yet');
    // Without a KPI, the metric mirage is open but, no longer named by the rules, holds nothing.
    const noKpi = { ...allAt(customSession(), 5), kpis: [] };
    expect(runChecks(noKpi).map((flag) => [flag.id, flag.blocking])).toEqual([['metric-mirage', false]]);
    expect(computeVerdict(noKpi).computed).toBe('go-with-conditions');
  });
});

describe('missing voices', () => {
  function roomOf(session: Session, roles: Array<Session['participants'][number]['role']>): Session {
    return withParticipants({ ...session, participants: [] }, roles.map((role, i) => ({ id: `r${i}`, role, stance: i === 0 ? 'skeptic' : 'champion' })));
  }

  it('names, in a sentence, the required roles nobody in the room holds', () => {
    const s = roomOf(cleanSession(), ['business-owner', 'operations', 'end-user']);
    expect(missingRoles(s)).toEqual(['it', 'support', 'legal']);
    const flag = checkMissingVoices(s)!;
    expect(flag).toMatchObject({ id: 'missing-voices', gapId: null, blocking: false, where: { stageKind: 'frame', gapId: null, field: 'participants' } });
    expect(en(flag.title)).toBe('Missing voices');
    expect(en(flag.explanation)).toBe(
      'Nobody in the room comes from IT, Support or Legal. The people who must run the system in production have no say in whether it is ready, and their objections will surface only after go-live.',
    );
    expect(de(flag.explanation)).toContain('Niemand im Raum kommt aus IT, Support oder Recht.');
    expect(en(flag.fix)).toBe('Invite someone from IT, Support or Legal to score the gaps, and record their role in the list of participants.');
  });

  it('is quiet once every required role is in the room, and before anyone is', () => {
    expect(checkMissingVoices(roomOf(cleanSession(), ['legal', 'support', 'operations', 'it']))).toBeNull();
    expect(checkMissingVoices({ ...cleanSession(), participants: [] })).toBeNull();
  });

  it('does not count the facilitator as a voice of the client', () => {
    const s = withParticipants(roomOf(cleanSession(), ['it', 'operations', 'support']), [{ id: 'f', role: 'legal', isFacilitator: true }]);
    expect(enAll([checkMissingVoices(s)!.explanation])[0]).toContain('Nobody in the room comes from Legal.');
  });

  it('asks for the framework’s roles, and blocks when its rules say so', () => {
    const s = roomOf(customSession(), ['it', 'operations']);
    const flag = checkMissingVoices(s)!;
    expect(en(flag.explanation)).toContain('Nobody in the room comes from Legal.');
    expect(flag.blocking).toBe(true);
    const verdict = computeVerdict(allAt(s, 5));
    expect(verdict.computed).toBe('not-yet');
    expect(en(verdict.reasons[0]!)).toContain('The blocking flag “Missing voices” is open');
  });

  it('is off where the framework switches it off, or requires no role', () => {
    const off = sevenGapFramework();
    off.checks = off.checks.filter((id) => id !== 'missing-voices');
    off.verdictRules.blockingChecks = ['ownership-vacuum'];
    expect(checkMissingVoices(roomOf(customSession(off), ['other']))).toBeNull();
    const none = sevenGapFramework();
    none.requiredRoles = [];
    expect(checkMissingVoices(roomOf(customSession(none), ['other']))).toBeNull();
  });

  it('keeps a built-in session without those voices from a plain Go, without blocking it', () => {
    const s = allGapsAt(roomOf(cleanSession(), ['other', 'other']), 5);
    const verdict = computeVerdict(s);
    expect(verdict.computed).toBe('go-with-conditions');
    expect(enAll(verdict.reasons)).toContain('Not a plain Go: one flag is still open (Missing voices).');
  });
});

describe('the verdict under the framework’s thresholds', () => {
  it('asks every gap of the framework for a score, its own gaps included', () => {
    const s = withLevels(customSession(), { data: 5, users: 5, integration: 5, support: 5, governance: 5, privacy: 5 });
    const verdict = computeVerdict(s);
    expect(verdict.computed).toBe('not-yet');
    expect(en(verdict.reasons[0]!)).toContain('has no confirmed consensus yet. An unscored gap counts as below level 4');
  });

  it('needs its Go level for a plain Go', () => {
    const atFour = computeVerdict(allAt(customSession(), 4));
    expect(atFour.computed).toBe('go-with-conditions');
    expect(enAll(atFour.reasons)[0]).toMatch(/^Every gap is at level 4 or above: /);
    expect(enAll(atFour.reasons)[1]).toMatch(/are below level 5, so they have not yet been shown/);
    const atFive = computeVerdict(allAt(customSession(), 5));
    expect(atFive.computed).toBe('go');
    expect(enAll(atFive.reasons)[0]).toMatch(/^Every gap is at level 5 or above: /);
  });

  it('counts a gap at its at-risk level as covered only with an owned, dated action', () => {
    const atRisk = withLevels(allAt(customSession(), 5), { privacy: 3 });
    expect(computeVerdict(atRisk).computed).toBe('not-yet');
    const covered = withAction(atRisk, { gapId: gap('privacy'), title: 'Run the privacy impact assessment' });
    const verdict = computeVerdict(covered);
    expect(verdict.computed).toBe('go-with-conditions');
    expect(enAll(verdict.reasons)[1]).toContain('is at level 3 (');
    expect(enAll(verdict.reasons)[0]).toMatch(/^At level 4 or above: /);
  });

  it('says which levels actions make up for when a gap sits at the Not-yet level', () => {
    const f = sevenGapFramework();
    const s = withAction(withLevels(allAt(customSession(f), 5), { ethics: 1 }), { gapId: gap('ethics') });
    const reason = en(computeVerdict(s).reasons[0]!);
    expect(reason).toContain('going ahead with conditions needs every gap at level 4 or above, or at level 2 or 3 with owned, dated actions.');
    f.verdictRules.notYetAtOrBelow = 3;
    const noBand = withAction(withLevels(allAt(customSession(f), 5), { ethics: 3 }), { gapId: gap('ethics') });
    expect(en(computeVerdict(noBand).reasons[0]!)).toMatch(/going ahead with conditions needs every gap at level 4 or above\.$/);
    expect(de(computeVerdict(noBand).reasons[0]!)).toMatch(/dass jede Lücke auf Stufe 4 oder höher steht\.$/);
  });
});
