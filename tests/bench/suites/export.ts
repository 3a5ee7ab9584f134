/**
 * Document export for a large session (30 participants, three revealed rounds on every gap, 200
 * actions; tests/fixtures/largeSession.ts): for each format, the time from the session to the
 * document written in its folder — report model, pictures where the format needs them, the
 * document itself, and the atomic write — as exportDocuments does it for the app and the CLI.
 *
 * - export.<format>_ms: median of 3 after one unrecorded warm-up. Target ≤ 2000 ms each. The PDF
 *   uses Debian's Chromium like the shell and the CLI; starting the browser happens in the
 *   warm-up, as it does once per app run.
 * - export.pdf_html_kb: size of the HTML page printed to PDF (Electron loads it as a data: URL,
 *   which Chromium caps at 2 MB); no target.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createChromiumPdfRenderer } from '../../../electron/services/export/chromiumPdfRenderer';
import { exportDocuments } from '../../../electron/services/export/exportDocuments';
import { buildReport } from '../../../shared/report/buildReport';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/report/exportFormats';
import { reportHtml } from '../../../shared/report/reportHtml';
import { buildLargeSession } from '../../fixtures/largeSession';
import { errorRow, median, type BenchRow } from '../harness';

const RUNS = 3;
const TARGET = '≤ 2000';

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

export async function run(): Promise<BenchRow[]> {
  const session = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200 });
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rr-bench-export-'));
  const pdf = createChromiumPdfRenderer();
  const rows: BenchRow[] = [];
  try {
    const once = async (format: ExportFormat): Promise<number> => {
      const start = performance.now();
      const outcome = await exportDocuments({ session, formats: [format], folder, appVersion: 'bench', now: new Date(Date.UTC(2025, 4, 12)), renderPdf: pdf.renderPdf });
      const elapsed = performance.now() - start;
      if (outcome.failures.length) throw new Error(outcome.failures[0]!.message);
      return elapsed;
    };
    for (const format of EXPORT_FORMATS) {
      const id = `export.${format}_ms`;
      try {
        await once(format);
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(await once(format));
        rows.push({ id, value: Math.round(median(times)), unit: 'ms', target: TARGET });
      } catch (error) {
        rows.push(errorRow(id, 'ms', firstLine(error), TARGET));
      }
    }
    const html = reportHtml(buildReport(session, { generatedAt: new Date(), appVersion: 'bench' }));
    rows.push({ id: 'export.pdf_html_kb', value: Math.round(Buffer.byteLength(html, 'utf8') / 1024), unit: 'KB' });
  } finally {
    await pdf.close();
    await rm(folder, { recursive: true, force: true });
  }
  return rows;
}
