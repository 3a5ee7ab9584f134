/**
 * The comparison stage with a big room: a 30-participant baseline and its re-assessment
 * (tests/fixtures/reassessment.ts, two assessments of 30 voters each) written into the services'
 * mirror folder before the shell starts, as the app would have left it; the app restores it into
 * IndexedDB.
 *
 * - compare.render_ms.30p: from the hash navigation `#/session/<id>` (app already running, on the
 *   library, the session opening on its comparison stage) until the two-assessment radar and the
 *   per-gap movements are in the page with a size, plus one frame. Timed inside the page. Median
 *   of 5 after one unrecorded warm-up. Target ≤ 300 ms. Mirrors summary.render_ms.30p.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromiumShell, rendererDir } from '../../../electron/shell/chromiumShell';
import { FILE_EXTENSION, makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { buildReassessmentPair } from '../../fixtures/reassessment';
import { errorRow, type BenchRow } from '../harness';
import { firstLine } from './startupTiming';
import { medianStageOpen } from './summary';

const TIMEOUT_MS = 15_000;
const TARGET = '≤ 300';
const LIBRARY_READY = 'main[data-screen="library"][data-ready="true"]';

const COMPARISON_READY = ['[data-testid="compare-radar"] svg', '[data-testid="compare-gaps"]'];

export async function run(): Promise<BenchRow[]> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-bench-compare-'));
  const { reassessment } = buildReassessmentPair({ participants: 30 });
  const session = { ...reassessment, currentStageId: 'comparison' };
  const sessionsDir = path.join(userDataDir, 'sessions');
  await mkdir(sessionsDir, { recursive: true });
  await writeFile(path.join(sessionsDir, `${session.id}${FILE_EXTENSION}`), serializeEnvelope(makeEnvelope(session, '0.0.0-bench', new Date(session.updatedAt))));

  const shell = await launchChromiumShell({ rendererDir: rendererDir(), userDataDir, headless: true, open: false, viewport: { width: 1280, height: 720 } });
  try {
    const page = shell.page;
    await page.goto(shell.appUrl, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await page.waitForSelector(LIBRARY_READY, { state: 'visible', timeout: TIMEOUT_MS });
    return [{ id: 'compare.render_ms.30p', value: Math.round((await medianStageOpen(page, session.id, COMPARISON_READY, 'the comparison')) * 10) / 10, unit: 'ms', target: TARGET }];
  } catch (error) {
    return [errorRow('compare.render_ms.30p', 'ms', firstLine(error), TARGET)];
  } finally {
    await shell.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
