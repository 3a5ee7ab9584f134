/**
 * Document export for a large session (30 participants, three revealed rounds on every gap, 200
 * actions; tests/fixtures/largeSession.ts): for each format, the time from the session to the
 * document written in its folder — report model, pictures where the format needs them, the
 * document itself, and the atomic write — as exportDocuments does it for the app and the CLI.
 *
 * - export.<format>_ms: median of 3 after one unrecorded warm-up. Target ≤ 2000 ms each, ≤ 1000 ms for the PDF. The PDF
 *   uses Debian's Chromium like the shell and the CLI; starting the browser happens in the
 *   warm-up, as it does once per app run.
 * - export.pdf_html_kb: size of the HTML page printed to PDF (Electron loads it as a data: URL,
 *   which Chromium caps at 2 MB); no target.
 * - export.cli_all_ms.large: the command line end to end, as `npm run export` runs it — a new
 *   `node out/cli/export.js` process writing every format of the large session (saved as a
 *   .rrsession file) — median of 3 after one unrecorded run. Target ≤ 3000 ms.
 * - export.cli_all_ms.large_tsx: the same command from the TypeScript sources through tsx (how
 *   `npm run export` ran before it was built), median of 2; no target. export.cli_speedup.large
 *   is the one over the other.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createChromiumPdfRenderer } from '../../../electron/services/export/chromiumPdfRenderer';
import { exportDocuments } from '../../../electron/services/export/exportDocuments';
import { buildReport } from '../../../shared/report/buildReport';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/report/exportFormats';
import { reportHtml } from '../../../shared/report/reportHtml';
import type { Session } from '../../../shared/model/session';
import { makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { buildLargeSession, LARGE_SESSION_NOW } from '../../fixtures/largeSession';
import { errorRow, median, repoRoot, type BenchRow } from '../harness';

const RUNS = 3;
const TARGET = '≤ 2000';
const PDF_TARGET = '≤ 1000';

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** One command-line process: milliseconds from spawn to exit; rejects unless it exits 0 having written documents. */
function timeCli(args: readonly string[], out: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...args, '--out', out], { cwd: repoRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const elapsed = performance.now() - start;
      const written = stdout.trim().split('\n').filter(Boolean).length;
      if (code !== 0 || written === 0) reject(new Error(`exit ${code}, ${written} files: ${stderr.trim().split('\n')[0] ?? ''}`));
      else resolve(elapsed);
    });
  });
}

async function cliRows(session: Session, folder: string): Promise<BenchRow[]> {
  const file = path.join(folder, 'large.rrsession');
  await writeFile(file, serializeEnvelope(makeEnvelope(session, 'bench', new Date(LARGE_SESSION_NOW))));
  const built = path.join(repoRoot(), 'out/cli/export.js');
  const rows: BenchRow[] = [];
  const measure = async (id: string, args: string[], runs: number, warmUp: boolean, target?: string): Promise<number> => {
    try {
      if (warmUp) await timeCli(args, path.join(folder, 'cli'));
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timeCli(args, path.join(folder, 'cli')));
      const value = Math.round(median(times));
      rows.push({ id, value, unit: 'ms', ...(target ? { target } : {}) });
      return value;
    } catch (error) {
      rows.push(errorRow(id, 'ms', firstLine(error), target));
      return Number.NaN;
    }
  };
  const fast = existsSync(built) ? await measure('export.cli_all_ms.large', [built, file], 3, true, '≤ 3000') : (rows.push(errorRow('export.cli_all_ms.large', 'ms', 'out/cli/export.js is missing: run `npm run build`', '≤ 3000')), Number.NaN);
  const slow = await measure('export.cli_all_ms.large_tsx', ['--import', 'tsx', 'electron/cli/export.ts', file], 2, false);
  if (Number.isFinite(fast) && Number.isFinite(slow)) rows.push({ id: 'export.cli_speedup.large', value: Math.round((slow / fast) * 10) / 10, unit: '×' });
  return rows;
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
      const target = format === 'pdf' ? PDF_TARGET : TARGET;
      try {
        await once(format);
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(await once(format));
        rows.push({ id, value: Math.round(median(times)), unit: 'ms', target });
      } catch (error) {
        rows.push(errorRow(id, 'ms', firstLine(error), target));
      }
    }
    const html = reportHtml(buildReport(session, { generatedAt: new Date(), appVersion: 'bench' }));
    rows.push({ id: 'export.pdf_html_kb', value: Math.round(Buffer.byteLength(html, 'utf8') / 1024), unit: 'KB' });
    await pdf.close();
    rows.push(...(await cliRows(session, folder)));
  } finally {
    await pdf.close();
    await rm(folder, { recursive: true, force: true });
  }
  return rows;
}
