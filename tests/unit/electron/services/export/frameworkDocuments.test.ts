/**
 * Every document follows the session's own framework: a firm's method without "Change management"
 * and with "Governance & legal" reads as that method in the report, Word, the deck, the tracker and
 * Markdown — read back from the files — while a session of the built-in framework is unchanged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../../../electron/services/export/exportDocuments';
import en from '../../../../../shared/i18n/catalogues/en.json';
import { createSession } from '../../../../../shared/model/createSession';
import type { Level } from '../../../../../shared/framework/types';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import { buildCharter } from '../../../../../shared/report/charterModel';
import { gapAnchor } from '../../../../../shared/report/reportFrame';
import { reportHtml } from '../../../../../shared/report/reportHtml';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { markdownReport } from '../../../../../electron/services/export/markdownReport';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { docxText } from '../../../../fixtures/documentText';
import { customFramework, GOVERNANCE_GAP_ID, GOVERNANCE_GAP_NAME } from '../../../../fixtures/customFramework';
import { GENERATED_AT } from './exportFixture';

const CHANGE = en['framework.default.gap.change.name'];
const fakePdf = async (html: string): Promise<Uint8Array> => new TextEncoder().encode(`%PDF-1.4 ${html.length}`);

/** A session of the firm's framework, scored on every gap, with an action on the new gap. */
function firmSession(framework = customFramework({ withoutChange: true })): Session {
  const session = createSession({ initiative: 'Claims triage', client: 'Northwind', id: 'firm-1', now: GENERATED_AT.getTime(), framework });
  const levels: Level[] = [3, 4, 2, 3, 4, 2, 3];
  const gaps = Object.fromEntries(
    framework.gaps.map((gap, i) => [gap.id, { ...session.gaps[gap.id]!, consensus: { level: levels[i]!, rationale: `Agreed on ${gap.id}`, roundId: null, confirmedAt: GENERATED_AT.getTime() } }]),
  );
  const action = { id: 'a1', title: 'Sign the data processing agreement', description: '', gapId: GOVERNANCE_GAP_ID, owner: 'Dana', dueDate: '2025-04-01', priority: 'high' as const, status: 'open' as const, successMeasure: 'Signed', suggestionId: null, createdAt: GENERATED_AT.getTime() };
  return { ...session, gaps, actions: [action] };
}

describe('documents of a session with its own framework', () => {
  it('name its gaps, count them, and say where each stands', () => {
    const model = buildReport(firmSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    const names = model.gaps.map((section) => section.gap.name);
    expect(names).toContain(GOVERNANCE_GAP_NAME);
    expect(names).not.toContain(CHANGE);
    expect(names).toHaveLength(6);
    expect(model.gaps.at(-1)!.position).toBe('Gap 6 of 6');
    expect(model.actions[0]!.gap?.name).toBe(GOVERNANCE_GAP_NAME);
    expect(model.gapStatus.map((status) => status.gap.name)).toEqual(names);

    const seven = buildReport(firmSession(customFramework()), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    expect(seven.gaps.at(-1)!.position).toBe('Gap 7 of 7');
    expect(seven.notice[0]!.paragraphs.join(' ')).toContain('across the seven gaps');
  });

  it('the charter: a framework’s own gap gets the general design sentence, with its name', () => {
    const session = firmSession();
    const model = buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    expect(model.verdict.value).toBe('not-yet');
    const line = buildCharter(session, model).lines.find((l) => l.gap.id === GOVERNANCE_GAP_ID)!;
    expect(line.design).toBe(en['charter.design.ownGap'].replace('{gap}', GOVERNANCE_GAP_NAME));
    expect(buildCharter(session, model).lines.every((l) => l.design !== '')).toBe(true);
  });

  it('a gap whose framework leaves out the pilot and production texts shows no empty comparison', async () => {
    const framework = customFramework({ withoutChange: true });
    const unsaid = ['tagline', 'pilotUsuallyHad', 'productionMeans'].map((part) => `gap.${GOVERNANCE_GAP_ID}.${part}`);
    const bare = { ...framework, text: { en: Object.fromEntries(Object.entries(framework.text.en!).filter(([key]) => !unsaid.includes(key))) } };
    const model = buildReport(firmSession(bare), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    const section = model.gaps.find((g) => g.gap.id === GOVERNANCE_GAP_ID)!;
    expect([section.tagline, section.pilotUsuallyHad, section.productionMeans]).toEqual(['', '', '']);
    const html = reportHtml(model);
    const gapHtml = html.slice(html.indexOf(`id="${gapAnchor(section)}"`));
    expect(gapHtml.slice(0, gapHtml.indexOf('</section>'))).not.toContain('class="compare"');
    expect(gapHtml.slice(0, gapHtml.indexOf('</section>'))).not.toContain('class="tagline"');
    const markdown = markdownReport(model);
    const block = markdown.slice(markdown.indexOf(`· ${GOVERNANCE_GAP_NAME.replace('&', '&amp;')}`));
    expect(block.slice(0, block.indexOf('### '))).not.toContain(en['report.gap.pilotsUsuallyHave']);
    expect(block.slice(0, block.indexOf('### '))).not.toMatch(/^__$/m);
    const text = (await docxText(await docxReport(model, await renderReportImages(model)))).text;
    const afterName = text.slice(text.indexOf(GOVERNANCE_GAP_NAME, text.indexOf('GAP 6 OF 6')));
    expect(afterName.slice(0, afterName.indexOf(en['report.gap.facts']))).not.toContain(en['report.gap.pilotsUsuallyHave'].toUpperCase());
  });

  it('keep a session of the built-in framework as it was', () => {
    const session = createSession({ initiative: 'Claims triage', client: 'Northwind', id: 'built-in', now: GENERATED_AT.getTime() });
    const model = buildReport(session, { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
    expect(session.framework).toBeUndefined();
    expect(model.gaps.map((section) => section.gap.name)).toContain(CHANGE);
    expect(model.gaps.at(-1)!.position).toBe('Gap 6 of 6');
    expect(model.notice[0]!.paragraphs.join(' ')).toContain('across the six gaps');
  });

  describe('read back from the files', () => {
    let dir: string;
    let files: Record<string, string>;
    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'rr-framework-docs-'));
      const outcome = await exportDocuments({ session: firmSession(), formats: ['docx', 'pptx', 'xlsx', 'md', 'jira'], folder: dir, appVersion: '0.1.0', now: GENERATED_AT, renderPdf: fakePdf });
      expect(outcome.failures).toEqual([]);
      files = Object.fromEntries(outcome.files.map((file) => [file.format, file.path]));
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('Markdown and the Jira import', () => {
      const markdown = readFileSync(files.md!, 'utf8');
      expect(markdown).toContain('## Gap 6 · Governance &amp; legal');
      expect(markdown).not.toContain(CHANGE);
      expect(readFileSync(files.jira!, 'utf8')).toContain('Sign the data processing agreement');
    });

    it('Word', async () => {
      const xml = await (await JSZip.loadAsync(readFileSync(files.docx!))).file('word/document.xml')!.async('string');
      expect(xml).toContain('Governance &amp; legal');
      expect(xml).not.toContain(CHANGE);
      expect(xml).toContain('Gap 6 of 6'.toUpperCase());
    });

    it('the deck: a slide per gap of the framework', async () => {
      const zip = await JSZip.loadAsync(readFileSync(files.pptx!));
      const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
      const gapSlides = slides.filter((xml) => /GAP \d OF 6/.test(xml));
      expect(gapSlides).toHaveLength(6);
      expect(gapSlides.some((xml) => xml.includes('Governance &amp; legal'))).toBe(true);
      expect(slides.some((xml) => xml.includes(CHANGE))).toBe(false);
    });

    it('the tracker', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(files.xlsx!);
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
      expect(cells.filter((text) => text.includes(GOVERNANCE_GAP_NAME)).length).toBeGreaterThan(0);
      expect(cells.some((text) => text.includes(CHANGE))).toBe(false);
    });
  });
});
