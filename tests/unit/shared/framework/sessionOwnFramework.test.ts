/** A session made from a firm's own framework: it keeps a copy, its gaps are the framework's, and its words are the framework's. */
import { describe, expect, it } from 'vitest';
import { CUSTOM_FRAMEWORK_ID, customFramework, GOVERNANCE_GAP_ID, GOVERNANCE_GAP_NAME, manyGapsFramework, RENAMED_DATA_GAP_NAME } from '../../../fixtures/customFramework';
import { builtInFramework } from '../../../../shared/framework/builtInFramework';
import { frameworkIdsFor, frameworkTranslator, gapName, gapNameMessage, localizeFramework } from '../../../../shared/framework/localize';
import { sessionGapIds } from '../../../../shared/framework/sessionFramework';
import { GAP_IDS } from '../../../../shared/framework/types';
import { CURRENT_FORMAT_VERSION, FILE_TYPE, makeEnvelope, serializeEnvelope } from '../../../../shared/format/envelope';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { msg, translatorNow } from '../../../../shared/i18n';
import en from '../../../../shared/i18n/catalogues/en.json';
import { createTranslator } from '../../../../shared/i18n/translator';
import { createSession, startReassessment } from '../../../../shared/model/createSession';
import { sessionOf } from '../../../../shared/model/opResult';
import { SessionSchema, type Session } from '../../../../shared/model/session';
import { roomRoundStateOf } from '../../../../shared/room/roomRoundState';
import { confirmConsensus, openRound } from '../../../../shared/scoring/roundOps';

const EN = translatorNow('en');
const DE = translatorNow('de');
const NOW = Date.UTC(2026, 10, 30);

function ownSession(): Session {
  return createSession({ initiative: 'Claims triage', client: 'Insurer', id: 's-own', now: NOW, framework: customFramework() });
}

describe('a session made from a framework of its own', () => {
  it('copies the framework in, with the agenda and the gaps it names', () => {
    const template = customFramework();
    const session = createSession({ initiative: 'Claims triage', client: 'Insurer', id: 's1', now: NOW, framework: template });
    expect(session.framework?.id).toBe(CUSTOM_FRAMEWORK_ID);
    expect(Object.keys(session.gaps)).toEqual([...GAP_IDS, GOVERNANCE_GAP_ID]);
    expect(session.agenda.filter((s) => s.kind === 'gap').map((s) => s.gapId)).toEqual([...GAP_IDS, GOVERNANCE_GAP_ID]);
    expect(session.agenda.find((s) => s.gapId === GOVERNANCE_GAP_ID)?.timeboxMinutes).toBe(20);
    expect(SessionSchema.safeParse(session).success).toBe(true);
  });

  it('is not changed by later edits to the template', () => {
    const template = customFramework();
    const session = createSession({ initiative: 'Claims triage', client: 'Insurer', id: 's1', now: NOW, framework: template });
    template.gaps.pop();
    template.text.en!['gap.data.name'] = 'Edited later';
    template.agenda[0]!.timeboxMinutes = 1;
    expect(sessionGapIds(session)).toContain(GOVERNANCE_GAP_ID);
    expect(session.framework?.text.en?.['gap.data.name']).toBe(RENAMED_DATA_GAP_NAME);
    expect(session.agenda[0]!.timeboxMinutes).toBe(20);
  });

  it('carries no framework when made from the built-in one, and is the same session as before', () => {
    const fromBuiltIn = createSession({ initiative: 'A', client: 'B', id: 's2', now: NOW, framework: builtInFramework() });
    const plain = createSession({ initiative: 'A', client: 'B', id: 's2', now: NOW });
    expect(fromBuiltIn).toEqual(plain);
    expect('framework' in plain).toBe(false);
  });

  it('keeps its framework in a re-assessment', () => {
    const again = startReassessment(ownSession(), 's3', NOW + 1);
    expect(sessionGapIds(again)).toEqual([...GAP_IDS, GOVERNANCE_GAP_ID]);
  });

  it('the schema holds the gaps to the framework', () => {
    const session = ownSession();
    const { [GOVERNANCE_GAP_ID]: _governance, ...withoutGovernance } = session.gaps;
    expect(SessionSchema.safeParse({ ...session, gaps: withoutGovernance }).success).toBe(false);
    expect(SessionSchema.safeParse({ ...session, gaps: { ...session.gaps, stranger: session.gaps.data } }).success).toBe(false);
    const plain = createSession({ initiative: 'A', client: 'B', id: 's2', now: NOW });
    const round = { id: 'r1', gapId: GOVERNANCE_GAP_ID, number: 1, status: 'open', openedAt: NOW, revealedAt: null, votes: [] };
    expect(SessionSchema.safeParse({ ...plain, rounds: [round] }).success).toBe(false);
    expect(SessionSchema.safeParse({ ...session, rounds: [round] }).success).toBe(true);
  });

  it('scores its own gaps and refuses a gap it does not have', () => {
    let session = sessionOf(openRound(ownSession(), GOVERNANCE_GAP_ID, 'r1', NOW));
    session = sessionOf(confirmConsensus(session, GOVERNANCE_GAP_ID, 3, 'Owner named', null, NOW));
    expect(session.gaps[GOVERNANCE_GAP_ID]?.consensus?.level).toBe(3);
    const plain = createSession({ initiative: 'A', client: 'B', id: 's2', now: NOW });
    expect(openRound(plain, GOVERNANCE_GAP_ID, 'r1', NOW).ok).toBe(false);
  });
});

describe('the words of a framework of its own', () => {
  it('come from its text, in the order of its gaps, numbered', () => {
    const framework = customFramework();
    const local = localizeFramework(EN, framework);
    expect(local.gaps.map((g) => g.id)).toEqual([...GAP_IDS, GOVERNANCE_GAP_ID]);
    expect(local.gapById(GOVERNANCE_GAP_ID)).toMatchObject({ name: GOVERNANCE_GAP_NAME, number: 7, questionCount: 2 });
    expect(local.gapById(GOVERNANCE_GAP_ID).ladder[3]).toBe('A named owner has a dated plan for data protection and contracts.');
    expect(local.gapById('data').name).toBe(RENAMED_DATA_GAP_NAME);
    expect(localizeFramework(EN).gapById('data').name).toBe('Data quality');
    // Built once per framework and translator.
    expect(localizeFramework(EN, framework)).toBe(local);
  });

  it('a framework in one language is read in it whatever the session speaks', () => {
    expect(localizeFramework(DE, customFramework()).gapById(GOVERNANCE_GAP_ID).name).toBe(GOVERNANCE_GAP_NAME);
  });

  it('are messages under framework.own.*, resolved by the session translator, also inside a catalogue sentence', () => {
    const framework = customFramework();
    const message = gapNameMessage(GOVERNANCE_GAP_ID, framework);
    expect(message.id).toBe('framework.own.gap.governance-legal.name');
    expect(gapNameMessage('data').id).toBe('framework.default.gap.data.name');
    expect(frameworkIdsFor(undefined).gap('data', 'name')).toBe('framework.default.gap.data.name');
    const t = frameworkTranslator(EN, framework);
    expect(t.text(message)).toBe(GOVERNANCE_GAP_NAME);
    expect(t.text(msg('repair.gap.missing', { gap: message }))).toContain(GOVERNANCE_GAP_NAME);
    expect(t.has('framework.own.gap.governance-legal.ladder.5')).toBe(true);
    expect(t.has('framework.own.gap.nothing.name')).toBe(false);
    expect(gapName(EN, GOVERNANCE_GAP_ID, framework)).toBe(GOVERNANCE_GAP_NAME);
    expect(frameworkTranslator(EN, undefined)).toBe(EN);
  });

  it('words a framework leaves empty (a tagline, what pilots usually had) read as nothing, never as their id', () => {
    const framework = customFramework();
    const prefix = `gap.${GOVERNANCE_GAP_ID}.`;
    const kept = ['name', 'hyphenated', 'ladder.1', 'ladder.2', 'ladder.3', 'ladder.4', 'ladder.5'].map((part) => prefix + part);
    const bare = { ...framework, text: { en: Object.fromEntries(Object.entries(framework.text.en!).filter(([key]) => !key.startsWith(prefix) || kept.includes(key))) } };
    const missing: string[] = [];
    const gap = localizeFramework(createTranslator('en', en, (warning) => missing.push(warning)), bare).gapById(GOVERNANCE_GAP_ID);
    expect(gap.name).toBe(GOVERNANCE_GAP_NAME);
    expect([gap.tagline, gap.pilotUsuallyHad, gap.productionMeans]).toEqual(['', '', '']);
    expect(missing).toEqual([]);
  });

  it('a twelve-gap framework localizes all twelve', () => {
    const local = localizeFramework(EN, manyGapsFramework(12));
    expect(local.gaps).toHaveLength(12);
    expect(new Set(local.gaps.map((g) => g.color)).size).toBe(12);
  });

  it('the phones are told the gap, its number and how many there are, in the framework words', () => {
    let session = ownSession();
    session = { ...session, currentStageId: `gap-${GOVERNANCE_GAP_ID}` };
    session = sessionOf(openRound(session, GOVERNANCE_GAP_ID, 'r1', NOW));
    const state = roomRoundStateOf(session, EN);
    expect(state.kind).toBe('open');
    if (state.kind !== 'open') return;
    expect(state.round).toMatchObject({ gapId: GOVERNANCE_GAP_ID, gapNumber: 7, gapCount: 7, gapName: GOVERNANCE_GAP_NAME });
    expect(state.round.levels[3]!.descriptor).toBe(`${GOVERNANCE_GAP_NAME} is signed off with a few points open.`);
  });
});

describe('a session file with its own framework', () => {
  const envelopeOf = (session: unknown) => serializeEnvelope(makeEnvelope(session as Session, '0.1.0', new Date(NOW)));

  it('opens intact, framework and all', () => {
    const session = ownSession();
    const result = loadSessionText(envelopeOf(session));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.framework).toEqual(session.framework);
    expect(Object.keys(result.session.gaps)).toContain(GOVERNANCE_GAP_ID);
  });

  it('is refused with a sentence, never read with the built-in framework, when its framework is broken', () => {
    const session = ownSession();
    const broken = { ...session, framework: { ...session.framework, gaps: 'none' } };
    const text = envelopeOf(broken);
    const result = loadSessionText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.id).toBe('fileLoad.brokenFramework');
    expect(EN.text(result.message)).toMatch(/own framework/);
  });

  it('a damaged part is repaired within the framework: its own gaps are kept and a stray round is left out', () => {
    const session = ownSession();
    const { [GOVERNANCE_GAP_ID]: _governance, ...gaps } = session.gaps;
    const stray = { id: 'r9', gapId: 'nowhere', number: 1, status: 'open', openedAt: NOW, revealedAt: null, votes: [] };
    const text = JSON.stringify({ type: FILE_TYPE, version: CURRENT_FORMAT_VERSION, session: { ...session, gaps, rounds: [stray] } });
    const result = loadSessionText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.session.gaps)).toEqual([...GAP_IDS, GOVERNANCE_GAP_ID]);
    expect(result.session.rounds).toEqual([]);
    expect(result.session.framework?.id).toBe(CUSTOM_FRAMEWORK_ID);
  });

  it('a framework without "change" removes the gap everywhere', () => {
    const framework = customFramework({ withoutChange: true });
    const session = createSession({ initiative: 'A', client: 'B', id: 's4', now: NOW, framework });
    expect(sessionGapIds(session)).toEqual(['data', 'users', 'load', 'integration', 'support', GOVERNANCE_GAP_ID]);
    expect(session.agenda.some((s) => s.gapId === 'change')).toBe(false);
    expect(localizeFramework(EN, framework).gaps).toHaveLength(6);
  });
});
