import { describe, expect, it } from 'vitest';
import { markdownReport, mdText } from '../../../../../electron/services/export/markdownReport';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { localizeFramework } from '../../../../../shared/framework/localize';
import { translatorNow } from '../../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

describe('markdownReport', () => {
  const model = fixtureModel();
  const md = markdownReport(model);

  it('has the report as headings a wiki shows', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toBe(`# ${mdText(TRICKY.initiative)}`);
    for (const h of ['## Executive summary', '### Verdict: Not yet', '## Readiness by gap', '## Success criteria', '## Open flags', '## Action plan', '## Appendix']) expect(headings).toContain(h);
    for (const gap of EN.gaps) expect(headings).toContain(`## Gap ${gap.number} · ${gap.name}`);
  });

  it('has one table row per action in the action plan', () => {
    const plan = md.slice(md.indexOf('## Action plan'), md.indexOf('## Appendix'));
    const rows = plan.split('\n').filter((l) => l.startsWith('| A'));
    expect(rows).toHaveLength(model.actions.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(10);
  });

  it('keeps markup as text and Unicode as it is', () => {
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const s of [TRICKY.client, TRICKY.arabic, TRICKY.cjkName, '🤖']) expect(md).toContain(s);
  });

  it('escapes what would become Markdown syntax', () => {
    expect(mdText('*bold* _it_ [link](x) `code` a|b # h')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` a\\|b \\# h');
  });

  it('names no voter in anonymous mode', () => {
    const anonymous = markdownReport(fixtureModel({ anonymous: true }));
    for (const name of voterOnlyNames(fixtureSession())) expect(anonymous).not.toContain(name);
  });
});
