import { describe, expect, it } from 'vitest';
import { de, en } from '../inEnglish';
import { gapActionHint, verdictOutlook } from '../../../../shared/actions/verdictOutlook';
import { builtInFramework, DEFAULT_VERDICT_RULES } from '../../../../shared/framework/builtInFramework';
import type { VerdictRules } from '../../../../shared/framework/frameworkSchema';
import { frameworkTranslator } from '../../../../shared/framework/localize';
import { translatorNow, type Message } from '../../../../shared/i18n';
import deCatalogue from '../../../../shared/i18n/catalogues/de.json';
import enCatalogue from '../../../../shared/i18n/catalogues/en.json';
import type { Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';
import { NOW, allGapsAt, cleanSession, withAction, withConsensus, withOwnership } from '../scoring/sessionBuilder';

describe('verdictOutlook', () => {
  it('says owned, dated actions would lift the verdict when level-2 gaps are all that hold it', () => {
    const s = withConsensus(allGapsAt(cleanSession(), 3), { data: 2, load: 2 });
    const o = verdictOutlook(s);
    expect(o).toMatchObject({ kind: 'actions-would-lift', computed: 'not-yet', gaps: ['data', 'load'] });
    expect(en(o.message)).toBe(
      'Data quality and Infrastructure load are at level 2. Owned, dated actions on them can move the verdict from Not yet to Go with conditions.',
    );
  });

  it('counts an unowned action as no action', () => {
    const s = withAction(withConsensus(allGapsAt(cleanSession(), 3), { data: 2 }), { gapId: 'data', owner: '' });
    expect(verdictOutlook(s)).toMatchObject({ kind: 'actions-would-lift', gaps: ['data'] });
  });

  it('says the actions hold the verdict at Go with conditions once they are owned and dated', () => {
    const s = withAction(withConsensus(allGapsAt(cleanSession(), 3), { data: 2 }), { gapId: 'data' });
    const o = verdictOutlook(s);
    expect(o).toMatchObject({ kind: 'actions-hold', computed: 'go-with-conditions', gaps: ['data'] });
    expect(en(o.message)).toContain('because Data quality, at level 2, has owned, dated actions');
  });

  it('names what actions cannot fix: a gap at 1, an unscored gap, a blocking flag', () => {
    const sample = buildSampleWorkshop('s', NOW);
    const held = verdictOutlook(sample);
    expect(held.kind).toBe('held-elsewhere');
    expect(en(held.message)).toBe(
      'The draft verdict is Not yet, and actions alone will not change it while Integration complexity is at level 1 and Support model has no consensus yet.',
    );
    expect(de(held.message!)).toBe(
      'Der Urteilsentwurf lautet „Noch nicht“, und Maßnahmen allein ändern daran nichts, solange Integrationskomplexität auf Stufe 1 steht und für Supportmodell noch kein Konsens besteht.',
    );
    const noOwner = withOwnership(withConsensus(allGapsAt(cleanSession(), 3), { users: 2 }), { businessOwner: '' });
    const o = verdictOutlook(noOwner);
    expect(o.kind).toBe('held-elsewhere');
    expect(en(o.message)).toContain('the flag “Ownership vacuum” is open');
    expect(en(o.message)).toContain('User capability, at level 2, also needs an owned, dated action.');
  });

  it('says nothing when the plan does not decide the verdict', () => {
    expect(verdictOutlook(allGapsAt(cleanSession(), 4))).toEqual({ kind: 'no-effect', computed: 'go', gaps: [], message: null });
    expect(verdictOutlook(allGapsAt(cleanSession(), 3)).message).toBeNull();
  });
});

describe('gapActionHint', () => {
  it('speaks only for gaps at level 2', () => {
    const s = withConsensus(allGapsAt(cleanSession(), 3), { data: 2 });
    expect(gapActionHint(s, 'load')).toBeNull();
    expect(en(gapActionHint(s, 'data'))).toContain('give one of its actions an owner and a due date');
    expect(en(gapActionHint(withAction(s, { gapId: 'data' }), 'data'))).toContain('which the verdict counts');
  });
});

describe('under a framework’s own verdict rules', () => {
  /** The session following a firm's copy of the built-in framework whose verdict rules differ. */
  function withRules(session: Session, rules: Partial<VerdictRules>): Session {
    const framework = { ...builtInFramework({ en: enCatalogue, de: deCatalogue }), id: 'firm-rules', verdictRules: { ...DEFAULT_VERDICT_RULES, ...rules } };
    return { ...session, framework };
  }
  const words = (session: Session, message: Message | null) => (message ? frameworkTranslator(translatorNow('en'), session.framework).text(message) : null);

  it('counts the actions of every at-risk level the rules name, and says which levels', () => {
    const s = withRules(withConsensus(allGapsAt(cleanSession(), 4), { data: 2, load: 3 }), { atRiskAtOrBelow: 3 });
    const o = verdictOutlook(s);
    expect(o).toMatchObject({ kind: 'actions-would-lift', computed: 'not-yet', gaps: ['data', 'load'] });
    expect(words(s, o.message)).toBe('Data quality and Infrastructure load are at level 2 or 3. Owned, dated actions on them can move the verdict from Not yet to Go with conditions.');
    expect(words(s, gapActionHint(s, 'load'))).toBe('This gap is at level 3: give one of its actions an owner and a due date, or the verdict stays at Not yet.');
    const held = withAction(s, { gapId: 'load' });
    expect(words(held, gapActionHint(held, 'load'))).toContain('at level 3 and has an open action');
  });

  it('names a level that holds Not yet whatever the actions, and offers no action for it', () => {
    const s = withRules(withConsensus(allGapsAt(cleanSession(), 3), { data: 2 }), { notYetAtOrBelow: 2, atRiskAtOrBelow: 2 });
    const o = verdictOutlook(s);
    expect(o.kind).toBe('held-elsewhere');
    expect(words(s, o.message)).toBe('The draft verdict is Not yet, and actions alone will not change it while Data quality is at level 2.');
    expect(gapActionHint(s, 'data')).toBeNull();
  });
});
