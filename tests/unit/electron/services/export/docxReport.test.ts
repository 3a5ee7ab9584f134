import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAPS } from '../../../../../shared/framework/gaps';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { localizeFramework } from '../../../../../shared/framework/localize';
import { translatorNow } from '../../../../../shared/i18n';
import { buildReport } from '../../../../../shared/report/buildReport';
import { checkLogoFile } from '../../../../../shared/model/firmLogo';
import { bookmarkName, fitHeaderColumns } from '../../../../../electron/services/export/docxParts';
import { buildHostileSession, LONG_WORD } from '../../../shared/report/hostileSession';
import { decodeXml } from '../../../../fixtures/documentText';

const EN = localizeFramework(translatorNow('en'));


/** The text of each paragraph, with its style. */
function paragraphs(xml: string): Array<{ style: string | null; text: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: decodeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
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

  it('keeps a gap’s mark on the line of its name: no-break spaces between them', () => {
    for (const gap of model.gaps) expect(doc.text).toContain(`\u00a0\u00a0${gap.gap.name}`);
    expect(doc.text).not.toMatch(/ {2}(Data quality|Change management)/);
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

/** Every table as rows of cells: whether the row is a header row, may not split, and each cell's width and text. */
function tables(xml: string): Array<Array<{ header: boolean; cantSplit: boolean; cells: Array<{ width: number; text: string }> }>> {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([tbl]) =>
    [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) => ({
      header: /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(tr),
      cantSplit: /<w:cantSplit\/>|<w:cantSplit w:val="(true|1|on)"\/>/.test(tr),
      cells: [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([tc]) => ({
        width: Number(/<w:tcW [^>]*w:w="(\d+)"/.exec(tc)?.[1] ?? 0),
        text: decodeXml([...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
      })),
    })),
  );
}

describe('docxReport as a deliverable', () => {
  const model = fixtureModel();
  const hostile = buildReport(buildHostileSession(), { generatedAt: new Date('2025-03-12T17:30:00Z'), appVersion: '0.1.0' });
  let doc: Awaited<ReturnType<typeof open>>;
  let hostileDoc: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    doc = await open(await docxReport(model, await renderReportImages(model)));
    hostileDoc = await open(await docxReport(hostile, await renderReportImages(hostile)));
  }, 60_000);

  it('gives its heading styles outline levels, so navigators and tables of contents see them', async () => {
    const styles = await doc.zip.file('word/styles.xml')!.async('string');
    for (const [style, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      const block = new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(block).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
  });

  it('opens with notice and contents; every contents entry links to a bookmarked heading with its page number', () => {
    const h1 = doc.paras.filter((p) => p.style === 'Heading1').map((p) => p.text.trim());
    expect(h1.slice(0, 4)).toEqual(['Important notice', 'Contents', 'Verdict: Not yet', 'Where each gap stands']);
    for (const entry of model.contents) {
      const name = bookmarkName(entry.id);
      expect(doc.xml).toContain(`w:name="${name}"`);
      expect(doc.xml).toMatch(new RegExp(`PAGEREF ${name} `));
      expect(doc.text).toContain(entry.title);
    }
  });

  it('states the decision requested and a red/amber/green status per gap', () => {
    expect(doc.text).toContain('DECISION REQUESTED');
    expect(doc.text).toContain(model.decisionRequested.text);
    const status = tables(doc.xml).find((t) => t[0]?.cells.map((c) => c.text).join('|') === 'GAP|STATUS|CONSENSUS|WHY')!;
    expect(status.slice(1).map((r) => r.cells[1]!.text)).toEqual(model.gapStatus.map((s) => s.label.toUpperCase()));
    expect(status.slice(1).map((r) => r.cells[3]!.text)).toEqual(model.gapStatus.map((s) => s.reason));
  });

  it('repeats real header rows, lets body rows split, and sizes columns so no header word breaks', () => {
    const all = tables(hostileDoc.xml);
    const withHeader = all.filter((t) => t[0]?.header);
    expect(withHeader.length).toBeGreaterThan(10);
    for (const t of withHeader) for (const row of t.slice(1)) expect(row.cantSplit).toBe(false);
    for (const t of withHeader) {
      t[0]!.cells.forEach((cell) => {
        const longest = Math.max(0, ...cell.text.split(/\s+/).map((w) => [...w].length));
        expect(cell.width).toBeGreaterThanOrEqual(longest * 112 + 220);
      });
    }
    // The action plan: all eight columns, the 2,000-word description in one row that may split.
    const plan = withHeader.find((t) => t[0]!.cells.map((c) => c.text).join('|') === 'REF|ACTION|GAP|OWNER|DUE|PRIORITY|STATUS')!;
    expect(plan[0]!.cells.map((c) => c.text)).toEqual(['REF', 'ACTION', 'GAP', 'OWNER', 'DUE', 'PRIORITY', 'STATUS']);
    const long = plan.find((r) => r.cells[1]!.text.split(' ').length > 1500)!;
    expect(long.cantSplit).toBe(false);
    expect(hostileDoc.text).toContain(LONG_WORD);
  });

  it('gives every picture alt text, and the document its language and author', async () => {
    const pictures = [...hostileDoc.xml.matchAll(/<wp:docPr [^>]*>/g)].map(([tag]) => /descr="([^"]*)"/.exec(tag)?.[1] ?? '');
    expect(pictures.length).toBeGreaterThan(8);
    for (const descr of pictures) expect(descr.length).toBeGreaterThan(3);
    expect(doc.xml).toMatch(/<wp:docPr [^>]*descr="Roadmap of/);
    const core = await doc.zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dc:language>${model.meta.locale}</dc:language>`);
    expect(core).toContain(`<dc:creator>${model.meta.author}</dc:creator>`);
    const styles = await doc.zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(new RegExp(`<w:lang w:val="${model.meta.locale}"`));
  });
});

describe('docxReport cover', () => {
  it('shows the firm logo, with alt text, when the session has one', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60"><rect width="60" height="60" fill="#0f5e6e"/></svg>';
    const check = checkLogoFile(new TextEncoder().encode(svg));
    if (!check.ok) throw new Error('logo refused');
    const session = fixtureSession();
    const model = buildReport({ ...session, firm: { ...session.firm, logo: check.logo } }, { generatedAt: new Date('2025-03-12T17:30:00Z'), appVersion: '0.1.0' });
    const { xml } = await open(await docxReport(model, await renderReportImages(model)));
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Logo of Northbridge Advisory"/);
    expect(xml).not.toMatch(/descr="The initials of Northbridge Advisory"/);
  });
});

describe('fitHeaderColumns', () => {
  it('widens a column too narrow for its header word, taking room from the widest, and keeps the total', () => {
    const widths = fitHeaderColumns([600, 5000, 500], ['Ref', 'Action', 'Priority']);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(6100);
    expect(widths[2]).toBeGreaterThanOrEqual(8 * 112 + 220);
    expect(widths[1]).toBeLessThan(5000);
    // Nothing to give: left alone.
    expect(fitHeaderColumns([300, 300], ['Priority', 'Status'])).toEqual([300, 300]);
  });
});
