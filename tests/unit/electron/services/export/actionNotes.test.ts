/**
 * The client's notes on an action (the tracker's Notes column, kept between workshops) reach every
 * document that lists the plan in full: the report (PDF and Word), the Markdown, both import files
 * and the calendar. An action without notes gets no empty label.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../../electron/services/export/chromiumPdfRenderer';
import { azureDevOpsCsv, jiraCsv } from '../../../../../electron/services/export/csvActions';
import { docxReport } from '../../../../../electron/services/export/docxReport';
import { icsCalendar } from '../../../../../electron/services/export/icsCalendar';
import { markdownReport } from '../../../../../electron/services/export/markdownReport';
import { pdfReport } from '../../../../../electron/services/export/pdfReport';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { buildReport } from '../../../../../shared/report/buildReport';
import { reportHtml } from '../../../../../shared/report/reportHtml';
import { docxText, icsText, pdfFileText } from '../../../../fixtures/documentText';
import { fixtureSession, GENERATED_AT } from './exportFixture';

const NOTES = 'Waiting for procurement <PO 4471>\nSecond quote requested';

function withNotes() {
  const session = fixtureSession();
  const [first, ...rest] = session.actions;
  const noted = { ...first!, notes: NOTES, dueDate: first!.dueDate ?? '2025-04-30' };
  const model = buildReport({ ...session, actions: [noted, ...rest.map((a) => ({ ...a, notes: '' }))] }, { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
  return { model, ref: model.actions.find((a) => a.id === noted.id)!.ref };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-notes-'));
const printer = createChromiumPdfRenderer();
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the client's notes on an action", () => {
  const { model } = withNotes();

  it('are in the full plan of the PDF report, once, with their line break, and not in a gap’s brief list', async () => {
    const html = reportHtml(model);
    expect(html.match(/class="action-notes"/g)).toHaveLength(1);
    expect(html).toContain('Notes: Waiting for procurement &lt;PO 4471&gt;\nSecond quote requested');
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, await pdfReport(model, printer.renderPdf));
    const text = pdfFileText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Notes: Waiting for procurement <PO 4471> Second quote requested');
  }, 60_000);

  it('are in the Word report’s plan', async () => {
    const { text } = await docxText(await docxReport(model, await renderReportImages(model)));
    expect(text).toContain('Notes: Waiting for procurement <PO 4471>');
    expect(text.match(/Notes: /g)).toHaveLength(1);
  });

  it('are a column of the Markdown plan only when some action has notes', () => {
    const md = markdownReport(model);
    expect(md).toMatch(/\| Success measure \| Notes \|/);
    expect(md).toContain('Waiting for procurement &lt;PO 4471&gt; Second quote requested |');
    const without = markdownReport({ ...model, actions: model.actions.map((a) => ({ ...a, notes: '' })) });
    expect(without).not.toMatch(/\| Notes \|/);
  });

  it('are a line of the Jira and Azure DevOps descriptions and of the calendar event', () => {
    const jira = jiraCsv(model);
    expect(jira).toContain('Notes: Waiting for procurement <PO 4471>\nSecond quote requested');
    expect(jira.match(/Notes: /g)).toHaveLength(1);
    // Azure DevOps reads its description as HTML.
    const azure = azureDevOpsCsv(model);
    expect(azure).toMatch(/Notes: Waiting for procurement &lt;PO 4471&gt;(<br>|\n)+Second quote requested/);
    expect(azure.match(/Notes: /g)).toHaveLength(1);
    expect(icsText(icsCalendar(model))).toContain('Notes: Waiting for procurement <PO 4471>\nSecond quote requested');
  });
});
