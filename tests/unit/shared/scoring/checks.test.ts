import { describe, expect, it } from 'vitest';
import { de, en } from '../inEnglish';
import type { Session } from '../../../../shared/model/session';
import {
  CHECK_IDS,
  checkChampionSkepticSplit,
  checkChampionsOnly,
  checkCuratedData,
  checkEasy80,
  checkMetricMirage,
  checkNoProductionPath,
  checkOrphanActions,
  checkOwnershipVacuum,
  checkRoomDisagrees,
  checkStandalonePilot,
  checkTitle,
  checkVolumeGap,
  runChecks,
} from '../../../../shared/scoring/checks';
import { ratioReadout } from '../../../../shared/scoring/ratioReadout';
import {
  baseSession,
  cleanSession,
  withAction,
  withFacts,
  withKpi,
  withOwnership,
  withParticipants,
  withRound,
  withSettings,
} from './sessionBuilder';
import { localizeFramework } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

function clean(): Session {
  return cleanSession();
}

describe('the check list', () => {
  it('has the twelve checks in order, each with a title', () => {
    expect(CHECK_IDS).toHaveLength(12);
    expect(CHECK_IDS[0]).toBe('metric-mirage');
    expect(CHECK_IDS[10]).toBe('easy-80');
    expect(CHECK_IDS[11]).toBe('missing-voices');
    for (const id of CHECK_IDS) expect(en(checkTitle(id)).length).toBeGreaterThan(3);
  });

  it('finds nothing on a clean session', () => {
    expect(runChecks(clean())).toEqual([]);
  });

  it('flags a new, empty session only for its missing KPIs and ownership', () => {
    const ids = runChecks(baseSession()).map((f) => f.id);
    expect(ids).toEqual(['metric-mirage', 'ownership-vacuum', 'no-production-path']);
  });

  it('returns flags in check order, each with an explanation, a fix and a place', () => {
    let s = withFacts(clean(), { 'scope.hardCasesDeferred': true, 'pilot.systemsIntegrated': 0 });
    s = withOwnership(s, { businessOwner: '' });
    s = { ...s, kpis: [] };
    const flags = runChecks(s);
    expect(flags.map((f) => f.id)).toEqual(['metric-mirage', 'standalone-pilot', 'ownership-vacuum', 'easy-80']);
    for (const f of flags) {
      expect(en(f.explanation)).toMatch(/\.$/);
      expect(en(f.fix)).toMatch(/\.$/);
      expect(f.where.stageKind).toBeTruthy();
    }
  });
});

describe('1. metric mirage', () => {
  it('fires, blocking, with no KPI at all', () => {
    const f = checkMetricMirage({ ...clean(), kpis: [] });
    expect(f).toMatchObject({ id: 'metric-mirage', blocking: true, where: { stageKind: 'criteria' } });
  });

  it('fires, blocking, with only model metrics', () => {
    const s = withKpi({ ...clean(), kpis: [] }, { kind: 'model', name: 'Intent recognition' });
    const f = checkMetricMirage(s);
    expect(f?.blocking).toBe(true);
    expect(en(f?.explanation)).toContain('Intent recognition');
  });

  it('fires, not blocking, when no business KPI has a threshold', () => {
    const s = withKpi({ ...clean(), kpis: [] }, { threshold: '   ' });
    const f = checkMetricMirage(s);
    expect(f).toMatchObject({ blocking: false, where: { field: 'threshold' } });
  });

  it('fires when a business KPI was not measured under production conditions', () => {
    const s = withKpi(clean(), { name: 'Containment rate', measuredInProduction: false });
    const f = checkMetricMirage(s);
    expect(f).toMatchObject({ blocking: false, where: { field: 'measuredInProduction' } });
    expect(en(f?.explanation)).toContain('Containment rate');
  });

  it('does not fire with one business KPI with a threshold, measured in production', () => {
    expect(checkMetricMirage(clean())).toBeNull();
  });

  it('does not fire when production conditions are unknown (null) or model metrics sit beside', () => {
    let s = withKpi({ ...clean(), kpis: [] }, { measuredInProduction: null });
    s = withKpi(s, { kind: 'model', name: 'Word error rate', threshold: '' });
    expect(checkMetricMirage(s)).toBeNull();
  });
});

describe('2. curated data', () => {
  it('fires when the pilot sample was not random', () => {
    const f = checkCuratedData(withFacts(clean(), { 'pilot.sampleRandom': false }));
    expect(f).toMatchObject({ id: 'curated-data', gapId: 'data', blocking: false });
  });

  it('fires at exactly 10× records without a raw-data test', () => {
    const s = withFacts(clean(), { 'pilot.records': 500, 'production.records': 5_000, 'data.rawDataTested': false });
    const f = checkCuratedData(s);
    expect(en(f?.explanation)).toContain('10×');
    expect(en(f?.explanation)).toContain('5,000');
    expect(de(f!.explanation)).toBe(
      'Im Produktivbetrieb gibt es 10× so viele Datensätze wie im Pilot (5.000 gegenüber 500), und es ist kein Test mit unbereinigten Produktivdaten erfasst.',
    );
    expect(de(checkCuratedData(withFacts(s, { 'pilot.records': 400 }))!.explanation)).toContain('12,5×');
  });

  it('says 12.5× where the Frame says 12.5×', () => {
    const s = withFacts(clean(), { 'pilot.records': 400, 'production.records': 5_000, 'data.rawDataTested': false });
    expect(en(checkCuratedData(s)?.explanation)).toContain('12.5× the pilot');
    expect(translatorNow('en').text(ratioReadout(s, 'ratio.records', EN)!.display)).toBe('12.5×');
  });

  it('does not fire at 9.99× records without a raw-data test', () => {
    const s = withFacts(clean(), { 'pilot.records': 100, 'production.records': 999, 'data.rawDataTested': false });
    expect(checkCuratedData(s)).toBeNull();
  });

  it('fires when the raw-data test is unknown (missing or mistyped)', () => {
    const s = withFacts(clean(), { 'data.rawDataTested': null });
    expect(checkCuratedData(s)).not.toBeNull();
    expect(checkCuratedData(withFacts(clean(), { 'data.rawDataTested': 'yes' }))).not.toBeNull();
  });

  it('does not fire at 100× when raw data was tested', () => {
    expect(checkCuratedData(clean())).toBeNull();
  });

  it('treats unknown or mistyped record counts as unknown', () => {
    const s = withFacts(clean(), { 'pilot.records': '500', 'production.records': 50_000, 'data.rawDataTested': false });
    expect(checkCuratedData(s)).toBeNull();
    expect(checkCuratedData(withFacts(s, { 'pilot.records': 0 }))).toBeNull();
    expect(checkCuratedData(withFacts(baseSession(), {}))).toBeNull();
  });
});

describe('3. champions only', () => {
  it('fires when the pilot users were volunteers', () => {
    const f = checkChampionsOnly(withFacts(clean(), { 'pilot.usersVolunteers': true }));
    expect(f).toMatchObject({ id: 'champions-only', gapId: 'users', where: { field: 'pilot.usersVolunteers' } });
    expect(en(f?.explanation)).toContain('12');
  });

  it('fires when no participant is a skeptic', () => {
    const s = { ...clean(), participants: [] };
    const f = checkChampionsOnly(withParticipants(s, [{ id: 'a', stance: 'champion' }, { id: 'b', stance: 'neutral' }]));
    expect(f).toMatchObject({ where: { stageKind: 'frame', field: 'participants' } });
    expect(en(f?.explanation)).toContain('2 participants');
  });

  it('does not count a skeptical facilitator as the room’s skeptic', () => {
    const s = withParticipants({ ...clean(), participants: [] }, [
      { id: 'a', stance: 'champion' },
      { id: 'f', stance: 'skeptic', isFacilitator: true },
    ]);
    expect(checkChampionsOnly(s)).not.toBeNull();
  });

  it('does not fire with a skeptic in the room and non-volunteer users', () => {
    expect(checkChampionsOnly(clean())).toBeNull();
  });

  it('does not fire before anyone is listed and volunteering is unknown', () => {
    expect(checkChampionsOnly(baseSession())).toBeNull();
  });
});

describe('4. volume gap', () => {
  it('fires at 120× without a load test, with the numbers', () => {
    const f = checkVolumeGap(withFacts(clean(), { 'load.loadTestAtPeak': false }));
    expect(f).toMatchObject({ id: 'volume-gap', gapId: 'load', where: { stageKind: 'gap', gapId: 'load' } });
    expect(en(f?.explanation)).toBe(
      "Production will see 120× the pilot's daily volume (6,000 cases a day at peak against 50) and no load test at peak is recorded.",
    );
  });

  it('counts in the session’s own unit of work', () => {
    const f = checkVolumeGap(withFacts(clean(), { 'load.loadTestAtPeak': false, 'scope.workItems': 'Invoices' }));
    expect(en(f?.explanation)).toContain('(6,000 invoices a day at peak against 50)');
  });

  it('fires at exactly 10× when the load test is unknown', () => {
    const s = withFacts(clean(), { 'pilot.transactionsPerDay': 100, 'production.peakTransactionsPerDay': 1_000, 'load.loadTestAtPeak': null });
    expect(en(checkVolumeGap(s)?.explanation)).toContain('10×');
  });

  it('does not fire at 9.99×', () => {
    const s = withFacts(clean(), { 'pilot.transactionsPerDay': 100, 'production.peakTransactionsPerDay': 999, 'load.loadTestAtPeak': false });
    expect(checkVolumeGap(s)).toBeNull();
  });

  it('does not fire when a load test at peak is recorded', () => {
    expect(checkVolumeGap(clean())).toBeNull();
  });

  it('does not fire when a volume is unknown', () => {
    const s = withFacts(clean(), { 'pilot.transactionsPerDay': null, 'load.loadTestAtPeak': false });
    expect(checkVolumeGap(s)).toBeNull();
  });
});

describe('5. standalone pilot', () => {
  it('fires when no system was integrated, naming what production needs', () => {
    const f = checkStandalonePilot(withFacts(clean(), { 'pilot.systemsIntegrated': 0 }));
    expect(f).toMatchObject({ id: 'standalone-pilot', gapId: 'integration' });
    expect(en(f?.explanation)).toContain('4 systems');
  });

  it('does not fire with one system integrated', () => {
    expect(checkStandalonePilot(withFacts(clean(), { 'pilot.systemsIntegrated': 1 }))).toBeNull();
  });

  it('does not fire when the count is unknown or not a number', () => {
    expect(checkStandalonePilot(withFacts(clean(), { 'pilot.systemsIntegrated': null }))).toBeNull();
    expect(checkStandalonePilot(withFacts(clean(), { 'pilot.systemsIntegrated': '0' }))).toBeNull();
    expect(checkStandalonePilot(withFacts(clean(), { 'pilot.systemsIntegrated': false }))).toBeNull();
  });
});

describe('6. ownership vacuum', () => {
  it('fires, blocking, without a business owner', () => {
    const f = checkOwnershipVacuum(withOwnership(clean(), { businessOwner: '  ' }));
    expect(f).toMatchObject({ id: 'ownership-vacuum', blocking: true, where: { stageKind: 'ownership', field: 'businessOwner' } });
  });

  it('fires when the owner has no budget', () => {
    const f = checkOwnershipVacuum(withOwnership(clean(), { ownerHasBudget: false }));
    expect(f).toMatchObject({ blocking: true, where: { field: 'ownerHasBudget' } });
  });

  it('fires when the owner has no authority', () => {
    const f = checkOwnershipVacuum(withOwnership(clean(), { ownerHasAuthority: false }));
    expect(f).toMatchObject({ blocking: true, where: { field: 'ownerHasAuthority' } });
  });

  it('does not fire with a named owner whose budget and authority are unknown or confirmed', () => {
    expect(checkOwnershipVacuum(clean())).toBeNull();
    expect(checkOwnershipVacuum(withOwnership(clean(), { ownerHasBudget: null, ownerHasAuthority: null }))).toBeNull();
  });
});

describe('7. no production path', () => {
  it('fires without monitoring, naming what is missing', () => {
    const f = checkNoProductionPath(withOwnership(clean(), { monitoring: '' }));
    expect(f).toMatchObject({ id: 'no-production-path', where: { stageKind: 'ownership', field: 'monitoring' } });
    expect(en(f?.explanation)).toContain('monitoring');
  });

  it('fires without rollback plan or escalation path', () => {
    const f = checkNoProductionPath(withOwnership(clean(), { rollbackPlan: '', escalationPath: '' }));
    expect(en(f?.explanation)).toContain('nothing is recorded for the rollback plan or the escalation path.');
  });

  it('fires without any support model', () => {
    const f = checkNoProductionPath(withOwnership(clean(), { supportOwner: '' }));
    expect(f).toMatchObject({ where: { field: 'supportOwner' } });
  });

  it('accepts the support owner from the Support model gap fact', () => {
    const s = withFacts(withOwnership(clean(), { supportOwner: '' }), { 'support.owner': 'IT service desk' });
    expect(checkNoProductionPath(s)).toBeNull();
  });

  it('does not fire with a full production path', () => {
    expect(checkNoProductionPath(clean())).toBeNull();
  });
});

describe('8. the room disagrees', () => {
  it('fires on a gap whose latest revealed round has a spread of 2, naming spread and levels', () => {
    const s = withRound(clean(), 'data', { p1: 4, p2: 2, p3: 3 });
    const flags = checkRoomDisagrees(s);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ id: 'room-disagrees', gapId: 'data', where: { stageKind: 'gap', gapId: 'data' } });
    expect(en(flags[0]!.explanation)).toContain('from level 2 to level 4');
    expect(en(flags[0]!.explanation)).toContain('spread of 2 points');
  });

  it('does not fire at a spread of 1', () => {
    expect(checkRoomDisagrees(withRound(clean(), 'data', { p1: 4, p2: 3, p3: 3 }))).toEqual([]);
  });

  it('follows the latest revealed round, not the first nor an open re-vote', () => {
    let s = withRound(clean(), 'load', { p1: 5, p2: 1, p3: 3 });
    s = withRound(s, 'load', { p1: 3, p2: 3, p3: 3 });
    expect(checkRoomDisagrees(s)).toEqual([]);
    s = withRound(s, 'load', { p1: 5, p2: 1 }, { status: 'open' });
    expect(checkRoomDisagrees(s)).toEqual([]);
  });

  it('fires for two camps even when the spread threshold is higher', () => {
    let s = withParticipants(clean(), [{ id: 'p4' }]);
    s = withSettings(s, { divergenceSpread: 3 });
    s = withRound(s, 'change', { p1: 2, p2: 2, p3: 4, p4: 4 });
    const flags = checkRoomDisagrees(s);
    expect(flags.map((f) => f.gapId)).toEqual(['change']);
    expect(en(flags[0]!.explanation)).toContain('two camps');
  });

  it('fires per gap', () => {
    let s = withRound(clean(), 'data', { p1: 1, p2: 5 });
    s = withRound(s, 'support', { p1: 1, p2: 3 });
    s = withRound(s, 'users', { p1: 3, p2: 3 });
    expect(checkRoomDisagrees(s).map((f) => f.gapId)).toEqual(['data', 'support']);
  });
});

describe('9. champion–skeptic split', () => {
  it('fires at exactly 1.5 points, naming people when not anonymous', () => {
    let s = withParticipants(clean(), [{ id: 'p4', stance: 'champion', name: 'Dev' }]);
    s = withRound(s, 'users', { p1: 4, p4: 5, p2: 3 });
    const flags = checkChampionSkepticSplit(s);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ id: 'champion-skeptic-split', gapId: 'users' });
    expect(en(flags[0]!.explanation)).toContain('Ana and Dev');
    expect(en(flags[0]!.explanation)).toContain('Ben');
    expect(en(flags[0]!.explanation)).toContain('4.5');
    expect(en(flags[0]!.explanation)).toContain('1.5 points');
  });

  it('does not fire at 1 point', () => {
    expect(checkChampionSkepticSplit(withRound(clean(), 'users', { p1: 4, p2: 3 }))).toEqual([]);
  });

  it('needs at least one champion and one skeptic giving a level', () => {
    expect(checkChampionSkepticSplit(withRound(clean(), 'users', { p1: 5, p3: 1 }))).toEqual([]);
    expect(checkChampionSkepticSplit(withRound(clean(), 'users', { p1: 5, p2: 'unsure' }))).toEqual([]);
  });

  it('names nobody in anonymous mode', () => {
    const s = withSettings(withRound(clean(), 'users', { p1: 5, p2: 2 }), { anonymous: true });
    const flags = checkChampionSkepticSplit(s);
    expect(flags).toHaveLength(1);
    expect(en(flags[0]!.explanation)).not.toMatch(/Ana|Ben|Chloé/);
    expect(en(flags[0]!.explanation)).not.toContain('5.0');
  });

  it('shows the averages of segments of three or more in anonymous mode', () => {
    let s = withParticipants({ ...clean(), participants: [] }, [
      { id: 'c1', stance: 'champion', name: 'C1' },
      { id: 'c2', stance: 'champion', name: 'C2' },
      { id: 'c3', stance: 'champion', name: 'C3' },
      { id: 's1', stance: 'skeptic', name: 'S1' },
      { id: 's2', stance: 'skeptic', name: 'S2' },
      { id: 's3', stance: 'skeptic', name: 'S3' },
    ]);
    s = withSettings(withRound(s, 'support', { c1: 5, c2: 4, c3: 4, s1: 2, s2: 2, s3: 3 }), { anonymous: true });
    const text = en(checkChampionSkepticSplit(s)[0]!.explanation);
    expect(text).toContain('the 3 champions average 4.3');
    expect(text).not.toMatch(/C1|S1/);
  });

  it('follows the session threshold', () => {
    const s = withRound(clean(), 'users', { p1: 5, p2: 3 });
    expect(checkChampionSkepticSplit(s)).toHaveLength(1);
    expect(checkChampionSkepticSplit(withSettings(s, { championSkepticGap: 2.5 }))).toEqual([]);
  });
});

describe('10. orphan actions', () => {
  it('fires for open actions without owner or due date, counting them', () => {
    let s = withAction(clean(), { owner: '' });
    s = withAction(s, { dueDate: null });
    s = withAction(s, { owner: ' ', dueDate: null, status: 'in-progress' });
    const f = checkOrphanActions(s);
    expect(f).toMatchObject({ id: 'orphan-actions', where: { stageKind: 'actions' } });
    expect(en(f?.explanation)).toContain('3 open actions lack an owner or a due date: 2 without an owner, 2 without a due date.');
  });

  it('says "1 open action has no due date" for one undated action', () => {
    expect(en(checkOrphanActions(withAction(clean(), { dueDate: null }))?.explanation)).toMatch(/^1 open action has no due date\./);
  });

  it('reads German plurals: "1 offene Maßnahme hat", "3 offenen Maßnahmen fehlen"', () => {
    expect(de(checkOrphanActions(withAction(clean(), { dueDate: null }))!.explanation)).toMatch(/^1 offene Maßnahme hat kein Fälligkeitsdatum\./);
    let s = withAction(clean(), { owner: '' });
    s = withAction(s, { dueDate: null });
    s = withAction(s, { owner: ' ', dueDate: null, status: 'in-progress' });
    expect(de(checkOrphanActions(s)!.explanation)).toContain('3 offenen Maßnahmen fehlen eine verantwortliche Person oder ein Fälligkeitsdatum');
    expect(de(checkOrphanActions(s)!.title)).toBe('Verwaiste Maßnahmen');
  });

  it('ignores done actions and owned, dated ones', () => {
    let s = withAction(clean(), { owner: '', dueDate: null, status: 'done' });
    s = withAction(s);
    expect(checkOrphanActions(s)).toBeNull();
  });
});

describe('11. the easy 80%', () => {
  it('fires when hard cases were deferred', () => {
    const f = checkEasy80(withFacts(clean(), { 'scope.hardCasesDeferred': true }));
    expect(f).toMatchObject({ id: 'easy-80', blocking: false, where: { field: 'scope.hardCasesDeferred' } });
  });

  it('does not fire when they were not, or when it is unknown', () => {
    expect(checkEasy80(clean())).toBeNull();
    expect(checkEasy80(withFacts(clean(), { 'scope.hardCasesDeferred': null }))).toBeNull();
    expect(checkEasy80(withFacts(clean(), { 'scope.hardCasesDeferred': 'true' }))).toBeNull();
  });
});

describe('robustness', () => {
  it('survives facts with prototype-like keys and odd values', () => {
    const s = withFacts(clean(), { constructor: 5, 'pilot.records': Number.NaN });
    expect(() => runChecks(s)).not.toThrow();
  });

  it('only the ownership vacuum and a KPI-less mirage are blocking', () => {
    let s = withFacts(clean(), {
      'pilot.sampleRandom': false,
      'pilot.usersVolunteers': true,
      'load.loadTestAtPeak': false,
      'pilot.systemsIntegrated': 0,
      'scope.hardCasesDeferred': true,
    });
    s = withOwnership(s, { monitoring: '' });
    s = withAction(s, { owner: '' });
    s = withRound(s, 'data', { p1: 5, p2: 1 });
    s = withKpi(s, { measuredInProduction: false });
    const flags = runChecks(s);
    expect(flags.map((f) => f.id)).toEqual([
      'metric-mirage',
      'curated-data',
      'champions-only',
      'volume-gap',
      'standalone-pilot',
      'no-production-path',
      'room-disagrees',
      'champion-skeptic-split',
      'orphan-actions',
      'easy-80',
    ]);
    expect(flags.some((f) => f.blocking)).toBe(false);
  });
});
