/**
 * Missing voices in every export: a room without support and legal is flagged, and the report
 * (the HTML printed to PDF), the Word report, the deck, the tracker and the Markdown all say so.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { markdownReport, mdText } from '../../../../../electron/services/export/markdownReport';
import { pptxDeck } from '../../../../../electron/services/export/pptxDeck';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { xlsxTracker } from '../../../../../electron/services/export/xlsxTracker';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import { reportHtml } from '../../../../../shared/report/reportHtml';
import type { ReportModel } from '../../../../../shared/report/reportModel';
import { GENERATED_AT, fixtureSession } from './exportFixture';

const TITLE = 'Missing voices';
const EXPLANATION = 'Nobody in the room comes from Support or Legal.';

function decodeXml(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every run of text in the parts of an Office file, joined per paragraph. */
async function officeText(bytes: Uint8Array, parts: RegExp, paragraph: RegExp, run: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => parts.test(name));
  const xml = await Promise.all(names.map((name) => zip.file(name)!.async('string')));
  return xml
    .flatMap((doc) => [...doc.matchAll(paragraph)].map(([p]) => decodeXml([...p.matchAll(run)].map((m) => m[1]).join(''))))
    .join('\n');
}

function withoutSupportAndLegal(session: Session): Session {
  return { ...session, participants: session.participants.filter((p) => p.role !== 'support' && p.role !== 'legal') };
}

describe('missing voices in every export', () => {
  let model: ReportModel;
  beforeAll(() => {
    model = buildReport(withoutSupportAndLegal(fixtureSession()), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
  });

  it('is among the report’s flags, explained', () => {
    const flag = model.flags.find((f) => f.title === TITLE)!;
    expect(flag.explanation).toContain(EXPLANATION);
    expect(flag.blocking).toBe(false);
    // The fixture's own room holds every voice: nothing to flag there.
    const full = buildReport(fixtureSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    expect(full.flags.map((f) => f.title)).not.toContain(TITLE);
  });

  it('is in the printed report and the Markdown', () => {
    const html = reportHtml(model);
    expect(html).toContain(`<p class="flag-title">${TITLE}</p>`);
    expect(html).toContain(EXPLANATION);
    const md = markdownReport(model);
    expect(md).toContain(`**${TITLE}**`);
    expect(md).toContain(mdText(EXPLANATION));
  });

  it('is in the Word report', async () => {
    const text = await officeText(await docxReport(model, await renderReportImages(model)), /^word\/document\.xml$/, /<w:p[ >][\s\S]*?<\/w:p>/g, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g);
    expect(text).toContain(TITLE);
    expect(text).toContain(EXPLANATION);
  });

  it('is named on the deck’s verdict slide', async () => {
    expect(model.verdict.value).toBe('not-yet');
    const text = await officeText(await pptxDeck(model, await renderReportImages(model)), /^ppt\/slides\/slide\d+\.xml$/, /<a:p>[\s\S]*?<\/a:p>/g, /<a:t>([^<]*)<\/a:t>/g);
    expect(text).toMatch(/Also open: the flags .*Missing voices.*\./);
  });

  it('is a row of the tracker’s flags sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await xlsxTracker(model);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const rows: string[][] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))));
    const row = rows.find((cells) => cells[0] === TITLE)!;
    expect(row).toBeDefined();
    expect(row.join(' ')).toContain(EXPLANATION);
  });
});
