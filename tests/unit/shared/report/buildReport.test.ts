import { describe, expect, it } from 'vitest';
import { en } from '../inEnglish';
import { emptyGaps } from '../../../../shared/model/createSession';
import { buildReport } from '../../../../shared/report/buildReport';
import { VERDICT_LABELS } from '../../../../shared/scoring/verdict';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { EXPORT_SESSION_NOW, TRICKY, buildExportSession } from '../../../fixtures/exportSession';
import { GENERATED_AT, fixtureModel, fixtureSession, voterOnlyNames } from '../../electron/services/export/exportFixture';
import { localizeFramework } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

const options = { generatedAt: GENERATED_AT, appVersion: '0.1.0' };

describe('buildReport', () => {
  it('is pure: the same session gives the same model, and the session is not touched', () => {
    const session = fixtureSession();
    const before = structuredClone(session);
    const a = buildReport(session, options);
    const b = buildReport(session, options);
    expect(b).toEqual(a);
    expect(session).toEqual(before);
  });

  it('covers every section of the report', () => {
    const model = fixtureModel();
    expect(model.meta.client).toBe(TRICKY.client);
    expect(model.meta.initiative).toBe(TRICKY.initiative);
    expect(model.meta.workshopDateLabel).toBe('12 March 2025');
    expect(model.meta.firm).toMatchObject({ name: 'Northbridge Advisory', accent: '#0f5e6e', monogram: 'NA' });
    expect(model.verdict.label).toBe(en(VERDICT_LABELS[model.verdict.value]));
    expect(model.verdict.reasons.length).toBeGreaterThan(0);
    expect(model.kpis).toHaveLength(5);
    expect(model.radar.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(model.gaps.map((g) => g.gap.name)).toEqual(EN.gaps.map((g) => g.name));
    expect(model.gaps.every((g) => g.consensus !== null)).toBe(true);
    expect(model.gaps[0]!.rounds).toHaveLength(2);
    expect(model.gaps[0]!.ratios[0]!.display).toBe('240×');
    expect(model.flags.length).toBeGreaterThan(3);
    expect(model.actions).toHaveLength(buildExportSession().actions.length);
    expect(model.appendix.participants).toHaveLength(8);
    expect(model.heatmap?.rows.length).toBe(7);
    expect(model.appendix.method.length).toBeGreaterThanOrEqual(4);
  });

  it('numbers actions in plan order: unfinished first, then by due date', () => {
    const model = fixtureModel();
    expect(model.actions.map((a) => a.ref)).toEqual(model.actions.map((_, i) => `A${i + 1}`));
    const open = model.actions.filter((a) => a.status !== 'done');
    const dated = open.filter((a) => a.dueDate).map((a) => a.dueDate!);
    expect(dated).toEqual([...dated].sort());
    expect(model.actions[model.actions.length - 1]!.status).toBe('done');
    expect(model.actions.find((a) => a.owner === '')?.attention).toMatch(/owner/);
  });

  it('keeps the verdict wording of the app, including an override and its reason', () => {
    const session = { ...fixtureSession(), verdictOverride: { value: 'go-with-conditions' as const, reason: 'The CRM link is contracted for April — 已签约.', at: EXPORT_SESSION_NOW } };
    const model = buildReport(session, options);
    expect(model.verdict.label).toBe('Go with conditions');
    expect(model.verdict.overridden).toBe(true);
    expect(model.verdict.computedLabel).toBe('Not yet');
    expect(model.verdict.overrideReason).toBe('The CRM link is contracted for April — 已签约.');
  });

  it('names nobody who voted in anonymous mode, but keeps action owners and the facilitator', () => {
    const session = fixtureSession({ anonymous: true });
    const model = buildReport(session, options);
    const text = JSON.stringify(model);
    for (const name of voterOnlyNames(session)) expect(text).not.toContain(name);
    expect(model.appendix.participants).toBeNull();
    expect(model.appendix.participantCount).toBe(8);
    expect(model.votes.every((v) => v.name === null && v.role === null && v.stance === null)).toBe(true);
    expect(model.gaps.flatMap((g) => g.comments).every((c) => c.by === null)).toBe(true);
    expect(model.heatmap?.rows.every((r) => !session.participants.some((p) => r.name.includes(p.name)))).toBe(true);
    expect(model.actions.some((a) => a.owner === 'Priya Shah')).toBe(true);
    expect(model.meta.facilitator).toBe('Claire Martin');
    expect(model.appendix.method.some((m) => m.heading === 'Anonymity')).toBe(true);
  });

  it('works for a session with nothing in it yet', () => {
    const empty = buildSampleWorkshop('s', EXPORT_SESSION_NOW);
    const bare = { ...empty, participants: [], rounds: [], actions: [], kpis: [], facts: {}, gaps: emptyGaps() };
    const model = buildReport(bare, options);
    expect(model.verdict.value).toBe('not-yet');
    expect(model.actions).toEqual([]);
    expect(model.heatmap).toBeNull();
    expect(model.gaps.every((g) => g.consensus === null && g.rounds.length === 0)).toBe(true);
  });
});
