import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAPS } from '../../../../../shared/framework/gaps';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { localizeFramework } from '../../../../../shared/framework/localize';
import { translatorNow } from '../../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of each paragraph, with its style. */
function paragraphs(xml: string): Array<{ style: string | null; text: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { zip, xml, paras: paragraphs(xml), text: paragraphs(xml).map((p) => p.text).join('\n') };
}

describe('docxReport', () => {
  const model = fixtureModel();
  let doc: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    doc = await open(await docxReport(model, await renderReportImages(model)));
  });

  it('uses real heading styles for the sections and one Heading 1 per gap', () => {
    const h1 = doc.paras.filter((p) => p.style === 'Heading1').map((p) => p.text.trim());
    expect(h1).toEqual(expect.arrayContaining(['Verdict: Not yet', 'Readiness by gap', 'What success means', 'Open flags', 'What happens next', 'Participants and method']));
    for (const gap of EN.gaps) expect(h1).toContain(gap.name);
    expect(doc.paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(expect.arrayContaining(['The facts', "The room's assessment", 'Actions', 'Priority actions']));
    expect(doc.paras.find((p) => p.style === 'Title')?.text).toBe(TRICKY.initiative);
  });

  it('holds every action, the KPIs, the flags and the verdict reasons', () => {
    for (const action of model.actions) expect(doc.text).toContain(action.title);
    for (const kpi of model.kpis) expect(doc.text).toContain(kpi.name);
    for (const flag of model.flags) expect(doc.text).toContain(flag.title);
    for (const reason of model.verdict.reasons) expect(doc.text).toContain(reason);
  });

  it('keeps Unicode and markup as text', () => {
    for (const s of [TRICKY.client, TRICKY.arabic, TRICKY.cjkName, TRICKY.emoji, TRICKY.formula, TRICKY.script]) expect(doc.text).toContain(s);
    expect(doc.xml).not.toContain('<script>');
  });

  it('embeds the radar and the gap icons as pictures with alt text', async () => {
    const media = Object.keys(doc.zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(1 + GAPS.length);
    expect(doc.xml).toMatch(/<wp:docPr [^>]*descr="Readiness radar\./);
  });

  it('numbers the pages in the footer and sets the action plan in landscape', async () => {
    const footers = await Promise.all(Object.keys(doc.zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => doc.zip.file(f)!.async('string')));
    expect(footers.some((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    expect(doc.xml).toMatch(/w:orient="landscape"/);
  });

  it('names no voter in anonymous mode', async () => {
    const anonymous = fixtureModel({ anonymous: true });
    const { text } = await open(await docxReport(anonymous, await renderReportImages(anonymous)));
    for (const name of voterOnlyNames(fixtureSession())) expect(text).not.toContain(name);
    expect(text).toContain('This workshop was anonymous');
  });
});
