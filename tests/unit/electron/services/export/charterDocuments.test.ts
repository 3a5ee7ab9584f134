/**
 * The pilot-redesign charter read back as a client would open it: the Word file through its XML
 * (headings with outline levels, a repeating header row, one design line per gap that is not
 * ready, owner and date, language, author, the logo), and the PDF printed by Chromium through
 * pdftotext and pdfinfo (A4, one or two pages). The sample workshop, the large session (its verdict
 * set to Not yet) and a hostile one (a 300-character word, right-to-left text, emoji, formula-like
 * strings) each keep their pages at full size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { charterDocx } from '../../../../../electron/services/export/charterDocx';
import { charterPdf } from '../../../../../electron/services/export/charterPdf';
import { createChromiumPdfRenderer } from '../../../../../electron/services/export/chromiumPdfRenderer';
import { exportDocuments, exportTranslator } from '../../../../../electron/services/export/exportDocuments';
import { translatorNow } from '../../../../../shared/i18n';
import { checkLogoFile } from '../../../../../shared/model/firmLogo';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import { buildCharter, charterUnavailable, type CharterModel } from '../../../../../shared/report/charterModel';
import { charterHtml } from '../../../../../shared/report/charterHtml';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';
import { computeVerdict } from '../../../../../shared/scoring/verdict';
import { buildLargeSession } from '../../../../fixtures/largeSession';
import { en } from '../../../shared/inEnglish';
import { GENERATED_AT, fixtureSession, voterOnlyNames } from './exportFixture';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-charter-'));
const renderer = createChromiumPdfRenderer();
afterAll(async () => {
  await renderer.close();
  if (!process.env.RR_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
});

const english = exportTranslator('en');
const LOGO = checkLogoFile(
  new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80"><rect width="72" height="72" x="4" y="4" rx="14" fill="#0b2f66"/><rect x="90" y="28" width="140" height="24" fill="#1f5fbf"/></svg>'),
);
if (!LOGO.ok) throw new Error('the test logo must be accepted');

function notYet(session: Session): Session {
  if (computeVerdict(session).value === 'not-yet') return session;
  return { ...session, verdictOverride: { value: 'not-yet', reason: 'A second pilot first.', at: 1 } };
}

function charterOf(session: Session, i18n = english): CharterModel {
  return buildCharter(session, buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n }));
}

const LONG_WORD = 'Integrationsverantwortlichkeitsübergabeprotokoll'.repeat(7).slice(0, 300);
function hostile(): Session {
  const base = notYet(buildSampleWorkshop('hostile', Date.UTC(2025, 2, 12), english));
  return {
    ...base,
    client: 'مصرف الأمل — בנק התקווה 🏦',
    firm: { name: 'Northbridge Advisory', accentColor: '#0b2f66', logo: LOGO.ok ? LOGO.logo : undefined },
    kpis: base.kpis.map((k, i) => (i === 0 ? { ...k, name: `=1+1 ${LONG_WORD}`, threshold: '+4 pts', productionTarget: '@SUM(A1)', pilotResult: '-x' } : k)),
    actions: base.actions.map((a, i) => (i === 0 ? { ...a, title: `${LONG_WORD} 🚀`, owner: 'ليلى حداد' } : a)),
    gaps: { ...base.gaps, data: { ...base.gaps.data!, notes: LONG_WORD, evidence: [{ id: 'e-long', text: LONG_WORD, createdAt: 1 }] } },
  };
}

async function docxXml(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), core: await read('docProps/core.xml'), media: Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).join(',') };
}

const paragraphText = (p: string): string => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"');

async function printed(name: string, charter: CharterModel): Promise<{ text: string; layout: string; pages: number; size: string }> {
  const file = path.join(dir, name);
  writeFileSync(file, await charterPdf(charter, (html) => renderer.renderPdf(html)));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    // In reading order (cell by cell), and laid out as on the page (for the widths).
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
    layout: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    size: /Page size:\s+([^\n]+)/.exec(info)![1]!,
  };
}

describe('the pilot-redesign charter', () => {
  it('is written only when the verdict is Not yet, and says why not in one line', async () => {
    const sample = buildSampleWorkshop('s', Date.UTC(2025, 2, 12), english);
    const go: Session = { ...sample, verdictOverride: { value: 'go', reason: 'Accepted.', at: 1 } };
    expect(en(charterUnavailable(go)!)).toBe('The pilot redesign charter is written only when the verdict is Not yet; this session’s verdict is Go.');
    expect(charterUnavailable(notYet(sample))).toBeNull();
    const outcome = await exportDocuments({ session: go, folder: dir, appVersion: '0.1.0', now: GENERATED_AT, renderPdf: async () => new Uint8Array(), formats: ['md', 'charter-docx', 'charter-pdf'] });
    expect(outcome.files.map((f) => f.format)).toEqual(['md']);
    expect(outcome.failures).toEqual([]);
    expect(outcome.skipped.map((s) => s.format)).toEqual(['charter-docx', 'charter-pdf']);
  });

  it('HTML: a client or initiative name cannot close the page’s style sheet from the running footer', () => {
    const sample = notYet(buildSampleWorkshop('s', Date.UTC(2025, 2, 12), english));
    const html = charterHtml(charterOf({ ...sample, client: 'Acme "; } </style><h1>Injected</h1>', initiative: 'Triage \\ </STYLE>' }));
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(html).not.toContain('<h1>Injected</h1>');
  });

  it('Word: real headings with outline levels, one design line per gap that is not ready, owner, date, language, author and logo', async () => {
    const session = { ...notYet(buildSampleWorkshop('s', Date.UTC(2025, 2, 12), english)), firm: { name: 'Northbridge Advisory', accentColor: '#0b2f66', logo: LOGO.logo } };
    const charter = charterOf(session);
    const notReady = buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: english }).gapStatus.filter((g) => g.status !== 'green');
    expect(charter.lines.map((l) => l.gap.id).sort()).toEqual(notReady.map((g) => g.gap.id).sort());
    const xml = await docxXml(await charterDocx(charter));

    const headings = [...xml.document!.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => ({
      style: m[1],
      level: /<w:outlineLvl w:val="(\d)"\/>/.exec(m[0])?.[1],
      text: paragraphText(m[0]),
    }));
    expect(headings).toEqual([
      { style: 'Heading1', level: '0', text: 'Pilot redesign charter' },
      { style: 'Heading2', level: '1', text: 'The next pilot, gap by gap' },
      { style: 'Heading2', level: '1', text: 'Success criteria under production conditions' },
      { style: 'Heading2', level: '1', text: 'Owner and date' },
    ]);
    // The styles carry the outline levels too (navigation panes that read the style).
    expect(xml.styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);

    // The design table: a header row that repeats, then one row per gap that is not ready.
    const tables = [...xml.document!.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const design = tables.find((t) => t.includes('How the next pilot runs'.toUpperCase()))!;
    const rows = [...design.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows).toHaveLength(1 + charter.lines.length);
    for (const [i, line] of charter.lines.entries()) {
      const text = paragraphText(rows[i + 1]!);
      expect(text).toContain(`${line.gap.number}. ${line.gap.name}`);
      expect(text).toContain(line.consensus);
      expect(text).toContain(line.design);
      expect(text).toContain(line.action ? `${line.action.ref} ${line.action.title}` : line.noAction!);
    }
    expect(paragraphText(design)).toContain('Evaluate on a random sample of raw production data');
    expect(paragraphText(design)).toContain('Owner: Marta Okafor');
    const body = paragraphText(xml.document!);
    expect(body).toContain('Marta Okafor, Head of Customer Service');
    expect(body).toMatch(/Re-assessed by\d{1,2} \w+ 2025, when the last of these actions is due/);
    expect(body).toContain('Approved by'.toUpperCase());
    expect(xml.styles).toContain('<w:lang w:val="en-GB"/>');
    // The same author as the report's: the facilitator who ran the workshop, else the firm.
    expect(charter.meta.author).not.toBe('');
    expect(xml.core).toContain(`<dc:creator>${charter.meta.author}</dc:creator>`);
    expect(xml.core).toContain('<dc:title>Pilot redesign charter – Voice agent for customer service</dc:title>');
    expect(xml.media).toMatch(/\.png$/);
    expect(xml.document).toContain('descr="Logo of Northbridge Advisory"');
  });

  it('PDF of the sample: A4, at most two pages, the design lines, the owner and the date', async () => {
    const charter = charterOf({ ...notYet(buildSampleWorkshop('s', Date.UTC(2025, 2, 12), english)), firm: { name: 'Northbridge Advisory', accentColor: '#0b2f66', logo: LOGO.logo } });
    const pdf = await printed('sample.pdf', charter);
    expect(pdf.size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Pilot redesign charter');
    expect(flat).toContain('Verdict: Not yet');
    for (const line of charter.lines) expect(flat).toContain(line.gap.name);
    expect(flat).toContain('Run a load test at production peak');
    expect(flat).toContain('Marta Okafor, Head of Customer Service');
    expect(flat).toMatch(/Northbridge Advisory · Page 1 of [12]/);
  }, 60_000);

  it('PDF of the large session (set to Not yet): at most two pages', async () => {
    const charter = charterOf(notYet(buildLargeSession()));
    expect(charter.lines.length).toBeGreaterThan(0);
    const pdf = await printed('large.pdf', charter);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.size).toMatch(/\(A4\)/);
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(charter.owner.value);
  }, 60_000);

  it('a hostile session keeps its pages at full size: the long word wraps, RTL, emoji and formulas print as typed', async () => {
    const session = hostile();
    const charter = charterOf(session);
    const pdf = await printed('hostile.pdf', charter);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const joined = pdf.text.replace(/\s+/g, '');
    expect(joined).toContain(LONG_WORD);
    expect(joined).toContain('=1+1');
    expect(joined).toContain('@SUM(A1)');
    expect(joined).toContain('+4pts');
    // No line of the page runs past the right margin: pdftotext -layout keeps every line within the page's width.
    const widest = Math.max(...pdf.layout.split('\n').map((l) => l.length));
    expect(widest).toBeLessThan(200);
    const docx = await docxXml(await charterDocx(charter));
    expect(paragraphText(docx.document!)).toContain(LONG_WORD);
    expect(paragraphText(docx.document!)).toContain('ليلى حداد');
  }, 60_000);

  it('anonymous: no voter’s name reaches the charter', async () => {
    const session = notYet(fixtureSession({ anonymous: true }));
    const charter = charterOf(session);
    const text = paragraphText((await docxXml(await charterDocx(charter))).document!);
    for (const name of voterOnlyNames(session)) expect(text).not.toContain(name);
  });

  it('in German: German headings and dates, one date style', async () => {
    const de = translatorNow('de');
    const charter = charterOf(notYet(buildSampleWorkshop('s', Date.UTC(2025, 2, 12), de)), de);
    const text = paragraphText((await docxXml(await charterDocx(charter))).document!);
    expect(text).toContain('Der nächste Pilot, Lücke für Lücke');
    expect(text).toContain('Erfolgskriterien unter Produktivbedingungen');
    expect(text).toContain('Urteil: Noch nicht');
    expect(text).toMatch(/Fällig am \d{1,2}\. (März|April|Mai) 2025/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2} (Apr|Mar)\b/);
  });
});
