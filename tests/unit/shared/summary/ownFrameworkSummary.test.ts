/** The summary's charts, the plan's groups and the phones follow a session's own framework: seven gaps, seven axes, seven columns. */
import { describe, expect, it } from 'vitest';
import { customFramework, GOVERNANCE_GAP_ID, GOVERNANCE_GAP_NAME, manyGapsFramework } from '../../../fixtures/customFramework';
import { buildLargeSession } from '../../../fixtures/largeSession';
import { groupActions } from '../../../../shared/actions/grouping';
import { frameworkTranslator } from '../../../../shared/framework/localize';
import { translatorNow } from '../../../../shared/i18n';
import { heatmapInput } from '../../../../shared/summary/heatmapInput';
import { radarInput } from '../../../../shared/summary/radarInput';
import { buildSummary } from '../../../../shared/summary/summaryModel';

const EN = translatorNow('en');

describe('a session of a seven-gap framework', () => {
  const framework = customFramework();
  const session = buildLargeSession({ participants: 8, roundsPerGap: 1, actions: 30, id: 'own-7', framework });
  const t = frameworkTranslator(EN, session.framework);

  it('draws seven radar axes and seven heatmap columns, the seventh its own gap in its words', () => {
    const axes = radarInput(session).axes;
    expect(axes.map((a) => a.gapId)).toEqual(framework.gaps.map((g) => g.id));
    expect(axes[6]).toMatchObject({ gapId: GOVERNANCE_GAP_ID, number: 7 });
    expect(t.text(axes[6]!.name)).toBe(GOVERNANCE_GAP_NAME);
    const columns = heatmapInput(session).columns;
    expect(columns).toHaveLength(7);
    expect(t.text(columns[6]!.name)).toBe(GOVERNANCE_GAP_NAME);
    expect(columns[6]!.roundNumber).toBe(1);
  });

  it('summarises every gap of it', () => {
    const summary = buildSummary(session);
    expect(summary.gaps.map((g) => g.gapId)).toContain(GOVERNANCE_GAP_ID);
    expect(summary.gaps).toHaveLength(7);
  });

  it('groups the plan by its gaps', () => {
    const actions = [...session.actions, { ...session.actions[0]!, id: 'a-governance', gapId: GOVERNANCE_GAP_ID }];
    const groups = groupActions(actions, 'gap', null, session.framework);
    const governance = groups.find((g) => g.key === GOVERNANCE_GAP_ID);
    expect(governance).toBeDefined();
    expect(t.text(governance!.label)).toContain(GOVERNANCE_GAP_NAME);
  });

  it('a twelve-gap framework gives twelve axes and columns', () => {
    const twelve = buildLargeSession({ participants: 30, roundsPerGap: 1, actions: 10, id: 'own-12', framework: manyGapsFramework(12) });
    expect(radarInput(twelve).axes).toHaveLength(12);
    expect(heatmapInput(twelve).columns).toHaveLength(12);
  });
});
