/**
 * A re-assessment's documents say what changed since the baseline — read back from the files: the
 * report (the PDF printed by Chromium, and its HTML), Word, the deck, the tracker and Markdown each
 * show the three movements of the fixture (Data quality and Infrastructure load up one level,
 * Support model down one), a closed flag and the verdict then and now; a first assessment shows no
 * comparison anywhere; anonymous mode names no one who changed their mind; German documents carry
 * no English catalogue words in the comparison.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../../electron/services/export/chromiumPdfRenderer';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { exportDocuments } from '../../../../../electron/services/export/exportDocuments';
import { markdownReport } from '../../../../../electron/services/export/markdownReport';
import { pptxDeck } from '../../../../../electron/services/export/pptxDeck';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import { translatorNow } from '../../../../../shared/i18n';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import { reportHtml } from '../../../../../shared/report/reportHtml';
import type { ReportModel } from '../../../../../shared/report/reportModel';
import { REASSESSMENT_NOW, buildReassessmentPair } from '../../../../fixtures/reassessment';
import { untranslatedPhrases } from '../../../../fixtures/englishLeaks';
import { docxText, htmlText, withoutSessionText } from './germanDocuments';
import { decodeXml } from '../../../../fixtures/documentText';

const GENERATED_AT = new Date(REASSESSMENT_NOW + 8 * 3_600_000);
const { baseline, reassessment } = buildReassessmentPair();

const HEADING = 'What changed since the last assessment';
const CLOSED_FLAG = 'The room disagrees: Data quality';
const THEN = 'Assessment 1 · 2 May 2025';
const NOW = 'Assessment 2 · 11 August 2025';
/** The fixture's movements, as every document words them. */
const MOVED = [
  { number: 1, gap: 'Data quality', then: 2, now: 3, movement: '↑ Up 1 level' },
  { number: 3, gap: 'Infrastructure load', then: 2, now: 3, movement: '↑ Up 1 level' },
  { number: 6, gap: 'Support model', then: 3, now: 2, movement: '↓ Down 1 level' },
] as const;
const UNMOVED = ['User capability', 'Integration complexity', 'Change management'];

function reportOf(session: Session, language = 'en'): ReportModel {
  return buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: translatorNow(language) });
}


/** Every table of a Word document: rows of cell texts, and whether the first row is a repeated header row. */
function docxTables(xml: string): Array<{ header: boolean; rows: string[][] }> {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([tbl]) => {
    const rows = [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) => tr);
    return {
      header: /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(rows[0] ?? ''),
      rows: rows.map((tr) => [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([tc]) => decodeXml([...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))),
    };
  });
}

/** The paragraphs of a Word document with their heading style. */
function docxParagraphs(xml: string): Array<{ style: string | null; text: string; xml: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: decodeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    xml: p,
  }));
}

interface SlideRead {
  title: string;
  notes: string;
  xml: string;
  /** Each table's rows of cell texts. */
  tables: string[][][];
}

async function readSlides(bytes: Uint8Array): Promise<SlideRead[]> {
  const zip = await JSZip.loadAsync(bytes);
  const order = (f: string): number => Number(/(\d+)\.xml$/.exec(f)![1]);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => order(a) - order(b));
  const texts = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!));
  return Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const rels = await zip.file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))!.async('string');
      const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      const notes = notesFile ? texts(await zip.file(`ppt/notesSlides/${notesFile}`)!.async('string')).join(' ') : '';
      const title = texts([...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!).find((sp) => /<p:ph\s[^>]*type="title"/.test(sp)) ?? '').join('');
      const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map(([tbl]) => [...tbl.matchAll(/<a:tr [^>]*>([\s\S]*?)<\/a:tr>/g)].map(([tr]) => [...tr.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].map(([tc]) => texts(tc).join(''))));
      return { title, notes, xml, tables };
    }),
  );
}

/** The rows of a workbook's sheet as cell texts (numbers as numbers). */
function sheetRows(sheet: ExcelJS.Worksheet): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (typeof v === 'number' ? v : v === null || v === undefined ? null : String(v)))));
  return rows;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-comparison-docs-'));
const renderer = createChromiumPdfRenderer();
afterAll(async () => {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The PDF's bookmarks of the sections (one level under the document's title), from poppler's XML outline. */
function sectionBookmarks(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="\d+">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else if (depth === 2) out.push(decodeXml(m[1]!));
  }
  return out;
}

describe('the comparison in the report model', () => {
  const model = reportOf(reassessment);

  it('holds the movements with their arrows and reasons, the closed flags, the verdict then and now', () => {
    const c = model.comparison!;
    expect(c).not.toBeNull();
    const moved = c.movements.filter((m) => m.direction === 'up' || m.direction === 'down');
    expect(moved.map((m) => ({ number: m.gap.number, gap: m.gap.name, then: m.then?.level, now: m.now?.level, movement: `${m.arrow} ${m.movement}` }))).toEqual(MOVED);
    expect(c.movements.filter((m) => m.direction === 'same').map((m) => m.gap.name)).toEqual(UNMOVED);
    expect(moved.map((m) => m.reasonNow)).toEqual(['Re-assessed at level 3.', 'Re-assessed at level 3.', 'Re-assessed at level 2.']);
    expect(c.flags.closed.map((f) => f.title)).toContain(CLOSED_FLAG);
    expect([c.then.label, c.now.label]).toEqual([THEN, NOW]);
    expect([c.verdict.then.label, c.verdict.now.label]).toEqual(['Go with conditions', 'Go with conditions']);
    expect(c.summaryLine).toBe('Since assessment 1 of 2 May 2025: verdict Go with conditions → Go with conditions; 2 gaps moved up, 1 moved down.');
    expect(c.actions.map((a) => a.change)).toEqual(expect.arrayContaining(['done', 'overdue', 'dropped', 'added']));
    expect(c.mindChanges.rows.length).toBeGreaterThan(0);
    expect(c.radar.alt).toContain('Data quality');
  });

  it('puts the section after the executive summary in the contents; a first assessment has neither', () => {
    expect(model.contents.map((e) => e.id).slice(0, 2)).toEqual(['summary', 'comparison']);
    const first = reportOf(baseline);
    expect(first.comparison).toBeNull();
    expect(first.contents.map((e) => e.id)).not.toContain('comparison');
  });

  it('names no one who changed their mind in an anonymous workshop', () => {
    const anonymous = reportOf(buildReassessmentPair({ anonymous: true }).reassessment).comparison!;
    expect(anonymous.mindChanges.anonymous).toBe(true);
    expect(anonymous.mindChanges.rows).toEqual([]);
    expect(anonymous.mindChanges.line).toMatch(/^\d+ people moved their own score, the most by \d+ levels\. The workshop is anonymous, so no one is named\.$/);
    const named = model.comparison!.mindChanges.rows.map((r) => r.name);
    const md = markdownReport(reportOf(buildReassessmentPair({ anonymous: true }).reassessment));
    const minds = md.slice(md.indexOf('### Who changed their mind most'), md.indexOf('## ', md.indexOf('### Who changed their mind most') + 4));
    for (const name of named) expect(minds).not.toContain(name);
  });
});

describe('the comparison read back from every document', () => {
  let files: Record<string, string>;
  let firstFiles: Record<string, string>;
  beforeAll(async () => {
    const write = async (session: Session, name: string): Promise<Record<string, string>> => {
      const folder = path.join(dir, name);
      mkdirSync(folder);
      const outcome = await exportDocuments({ session, formats: ['pdf', 'docx', 'pptx', 'xlsx', 'md'], folder, appVersion: '0.1.0', now: GENERATED_AT, renderPdf: renderer.renderPdf });
      expect(outcome.failures).toEqual([]);
      return Object.fromEntries(outcome.files.map((file) => [file.format, file.path]));
    };
    files = await write(reassessment, 'again');
    firstFiles = await write(baseline, 'first');
  }, 120_000);

  it('the PDF: a bookmarked section after the executive summary with the movements, a closed flag and the verdict then and now', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', files.pdf!, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const section = text.slice(text.indexOf(HEADING, text.indexOf('Verdict: Go with conditions')));
    expect(section.length).toBeGreaterThan(0);
    // Row by row (a long gap name wraps: its first word is on the row's line), and nothing else moved.
    const table = section.slice(section.indexOf('How each gap moved'), section.indexOf('Flags closed and flags new'));
    for (const m of MOVED) expect(table).toMatch(new RegExp(`${m.gap.split(' ')[0]}.*${m.movement}`));
    expect(table.split('↑ Up 1 level').length - 1).toBe(2);
    expect(table.split('↓ Down 1 level').length - 1).toBe(1);
    expect(table.split('= No change').length - 1).toBe(UNMOVED.length);
    expect(section).toContain(CLOSED_FLAG);
    expect(section).toMatch(/THEN · ASSESSMENT 1 · 2 MAY 2025 +NOW · ASSESSMENT 2 · 11 AUGUST 2025/);
    expect(section).toMatch(/Go with conditions +→ +Go with conditions/);
    expect(section).toContain('The verdict stays Go with conditions.');
    expect(text).toContain('Since assessment 1 of 2 May 2025: verdict Go with conditions → Go with conditions');
    const marks = sectionBookmarks(files.pdf!);
    expect(marks.indexOf(HEADING)).toBe(marks.findIndex((m) => m.startsWith('Verdict: ')) + 1);
    const firstText = execFileSync('pdftotext', ['-enc', 'UTF-8', firstFiles.pdf!, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(firstText).not.toContain(HEADING);
    expect(sectionBookmarks(firstFiles.pdf!)).not.toContain(HEADING);
  });

  it('the printed page: the movement table row by row, with the two-series radar', () => {
    const html = reportHtml(reportOf(reassessment));
    const section = html.slice(html.indexOf('id="comparison"'), html.indexOf('id="status"'));
    const rows = [...section.matchAll(/<table class="movement">[\s\S]*?<\/table>/g)][0]![0].match(/<tr>[\s\S]*?<\/tr>/g)!.map((tr) => htmlText(tr).split('\n').map((s) => s.trim()).filter(Boolean));
    for (const m of MOVED) expect(rows.find((r) => r[0] === m.gap)).toEqual(expect.arrayContaining([String(m.then), String(m.now), m.movement.slice(0, 1), m.movement.slice(2)]));
    expect(section).toContain('data-part="consensus-then"');
    expect(html.indexOf('id="comparison"')).toBeGreaterThan(html.indexOf('id="summary"'));
    expect(html).toContain('<a href="#comparison">');
  });

  it('Word: a bookmarked Heading 1 in the contents, Heading 2 parts, the movement table with a header row, the closed flag, the verdict then and now', async () => {
    const xml = await (await JSZip.loadAsync(readFileSync(files.docx!))).file('word/document.xml')!.async('string');
    const paras = docxParagraphs(xml);
    const h1 = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1.indexOf(HEADING)).toBe(h1.findIndex((h) => h.startsWith('Verdict: ')) + 1);
    expect(paras.find((p) => p.text === HEADING)!.xml).toContain('w:name="s_comparison"');
    expect(xml).toMatch(/PAGEREF s_comparison /);
    const h2 = paras.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual(expect.arrayContaining(['The verdict then and now', 'How each gap moved', 'Flags closed and flags new', 'KPI results then and now', 'Actions since the last assessment', 'Who changed their mind most']));
    expect(paras.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(expect.arrayContaining(['Closed since', 'New since']));
    const movement = docxTables(xml).find((t) => t.rows[0]?.join('|') === 'GAP|THEN|NOW|MOVEMENT|REASON RECORDED')!;
    expect(movement.header).toBe(true);
    for (const m of MOVED) {
      const row = movement.rows.find((r) => r[0]!.trim() === m.gap)!;
      expect(row[1]).toMatch(new RegExp(`^ ${m.then} `));
      expect(row[2]).toMatch(new RegExp(`^ ${m.now} `));
      expect(row[3]!.replace(/\s+/g, ' ')).toBe(m.movement);
    }
    const text = paras.map((p) => p.text).join('\n');
    expect(text).toContain(CLOSED_FLAG);
    expect(text).toContain(`THEN · ${THEN}`.toUpperCase());
    expect(text).toContain(`NOW · ${NOW}`.toUpperCase());
    expect(text).toContain('The verdict stays Go with conditions.');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Readiness radar, Assessment 1/);
    const first = await (await JSZip.loadAsync(readFileSync(firstFiles.docx!))).file('word/document.xml')!.async('string');
    expect(first).not.toContain(HEADING);
    expect(first).not.toContain('s_comparison');
  });

  it('the deck: one "What changed" slide after the verdict, with its title placeholder, notes, radar and movements', async () => {
    const slides = await readSlides(readFileSync(files.pptx!));
    const titles = slides.map((s) => s.title);
    const changed = titles.filter((t) => t === 'What changed');
    expect(changed).toHaveLength(1);
    const at = titles.indexOf('What changed');
    expect(titles[at - 1]).toMatch(/^Verdict: Go with conditions/);
    expect(titles[at + 1]).toMatch(/^Red, amber, green/);
    const slide = slides[at]!;
    const table = slide.tables[0]!;
    for (const m of MOVED) expect(table.find((r) => r[0] === `${m.number}. ${m.gap}`)).toEqual([`${m.number}. ${m.gap}`, expect.stringMatching(new RegExp(`^${m.then} · `)), expect.stringMatching(new RegExp(`^${m.now} · `)), m.movement]);
    expect(slide.xml).toContain(THEN.toUpperCase());
    expect(slide.xml).toContain('Go with conditions');
    expect(slide.xml).toMatch(/<p:pic>[\s\S]*descr="Readiness radar, Assessment 1/);
    expect(slide.notes).toContain('The verdict stays Go with conditions.');
    expect(slide.notes).toContain('Data quality: Up 1 level (2 → 3). The room’s reason: Re-assessed at level 3.');
    expect(slide.notes).toContain('8 flags closed');
    const first = await readSlides(readFileSync(firstFiles.pptx!));
    expect(first.map((s) => s.title)).not.toContain('What changed');
  });

  it('the tracker: a Comparison sheet printed like the others, with the movements, a closed flag and the verdict then and now', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files.xlsx!);
    const sheet = workbook.getWorksheet('Comparison')!;
    expect(sheet).toBeDefined();
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(['Part', 'Item', 'Then', 'Now', 'Movement', 'Detail']);
    expect(rows[1]!.slice(0, 4)).toEqual(['Verdict', 'Verdict', 'Go with conditions', 'Go with conditions']);
    for (const m of MOVED) expect(rows.find((r) => r[0] === 'Gap' && String(r[1]).endsWith(m.gap))!.slice(2, 5)).toEqual([m.then, m.now, m.movement]);
    expect(rows.find((r) => r[0] === 'Flag' && r[1] === CLOSED_FLAG)!.slice(2, 5)).toEqual(['Open', 'Closed', 'Closed since']);
    const actions = workbook.getWorksheet('Actions')!;
    for (const key of ['paperSize', 'orientation', 'fitToPage', 'fitToWidth', 'fitToHeight', 'printTitlesRow'] as const) expect(sheet.pageSetup[key], key).toEqual(actions.pageSetup[key]);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet.getCell('A1').font.name).toBe(actions.getCell('A1').font.name);
    expect(sheet.getCell('B2').font.name).toBe('Arial');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const first = new ExcelJS.Workbook();
    await first.xlsx.readFile(firstFiles.xlsx!);
    expect(first.getWorksheet('Comparison')).toBeUndefined();
  });

  it('Markdown: the section after the executive summary, the movement table, a closed flag, the verdict then and now', () => {
    const md = readFileSync(files.md!, 'utf8');
    expect(md.indexOf(`## ${HEADING}`)).toBeGreaterThan(md.indexOf('## Executive summary'));
    expect(md.indexOf(`## ${HEADING}`)).toBeLessThan(md.indexOf('## Readiness by gap'));
    expect(md).toContain(`| 1. Data quality | 2 · Gap understood | 3 · Planned | ${MOVED[0].movement} |`);
    expect(md).toContain(`| 3. Infrastructure load | 2 · Gap understood | 3 · Planned | ${MOVED[1].movement} |`);
    expect(md).toContain(`| 6. Support model | 3 · Planned | 2 · Gap understood | ${MOVED[2].movement} |`);
    expect(md).toContain(`- ${CLOSED_FLAG}`);
    expect(md).toContain(`| ${THEN} | Go with conditions |`);
    expect(md).toContain(`| ${NOW} | Go with conditions |`);
    expect(readFileSync(firstFiles.md!, 'utf8')).not.toContain(HEADING);
  });
});

describe('the comparison in German', () => {
  const model = reportOf(reassessment, 'de');
  const phrases = untranslatedPhrases();
  const leaks = (text: string): string[] => {
    const own = withoutSessionText(text, reassessment);
    return phrases.filter((phrase) => new RegExp(`(?<![\\p{L}\\p{N}-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'u').test(own));
  };
  const sections = {} as Record<'pdf' | 'docx' | 'pptx' | 'xlsx' | 'md', string>;
  beforeAll(async () => {
    const heading = model.i18n.t('report.compare.heading');
    const next = model.i18n.t('report.rag.heading');
    const html = reportHtml(model);
    sections.pdf = htmlText(html.slice(html.indexOf('id="comparison"'), html.indexOf('id="status"')));
    const images = await renderReportImages(model);
    const docx = (await docxText(await docxReport(model, images))).text;
    // The contents name the section first; the section itself is the last mention.
    sections.docx = docx.slice(docx.lastIndexOf(heading), docx.indexOf(next, docx.lastIndexOf(heading)));
    const slides = await readSlides(await pptxDeck(model, images));
    const slide = slides.find((s) => s.title === model.i18n.t('deck.compare.heading'))!;
    sections.pptx = `${[...slide.xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join('\n')}\n${slide.notes}`;
    const workbook = new ExcelJS.Workbook();
    const bytes = await xlsxTracker(model);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(model.i18n.t('tracker.sheet.comparison'))!;
    sections.xlsx = [sheet.name, ...sheetRows(sheet).flat().map((v) => String(v ?? ''))].join('\n');
    const md = markdownReport(model);
    const start = md.indexOf(`## ${heading}`);
    sections.md = md.slice(start, md.indexOf('\n## ', start + 4));
  }, 60_000);

  it.each(['pdf', 'docx', 'pptx', 'xlsx', 'md'] as const)('%s: the comparison has no English catalogue words', (format) => {
    expect(sections[format].length, format).toBeGreaterThan(200);
    expect(leaks(sections[format])).toEqual([]);
  });

  it('says it in German, with German dates', () => {
    expect(model.comparison!.summaryLine).toBe('Seit Bewertung 1 vom 2. Mai 2025: Urteil Go mit Auflagen → Go mit Auflagen; 2 Lücken höher eingestuft, 1 niedriger.');
    expect(sections.pdf).toContain('Was sich seit der letzten Bewertung geändert hat');
    expect(sections.docx).toContain('1 Stufe höher');
    expect(sections.pptx).toContain('Was sich geändert hat');
    expect(sections.xlsx).toContain('Vergleich');
    expect(sections.md).toContain('Bewertung 2 · 11. August 2025');
  });
});
