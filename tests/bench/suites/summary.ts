/**
 * The Verdict screen with a big room: a 30-participant session (three revealed rounds on every
 * gap, 200 actions; tests/fixtures/largeSession.ts) is written into the services' mirror folder
 * before the shell starts, as the app would have left it; the app restores it into IndexedDB.
 *
 * - summary.render_ms.30p: from the hash navigation `#/session/<id>` (app already running, on the
 *   library) until the radar and the heatmap are in the page with a size, plus one frame. Timed
 *   inside the page. Median of 5 after one unrecorded warm-up. Target ≤ 300 ms.
 * - summary.render_ms.30p.12gaps: the same for a session of a twelve-gap framework of the firm's
 *   own (the most a framework may have; tests/fixtures/customFramework.ts). Target ≤ 300 ms.
 * - summary.cold_open_ms.30p: the same screen when the app starts on it (`index.html#/session/<id>`
 *   as a new document, the session already in IndexedDB from an earlier visit): until the radar
 *   and the heatmap are laid out, by the page's own clock (an init script marks it);
 * - summary.cold_open_library_ms.30p: the app starting on its library instead, in the same run,
 *   interleaved with the cold opens (see startupTiming.ts);
 * - summary.cold_open_ratio.30p = cold open ÷ library usable (target ≤ 1.5). Medians of 5.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumShell, rendererDir } from '../../../electron/shell/chromiumShell';
import { FILE_EXTENSION, makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { manyGapsFramework } from '../../fixtures/customFramework';
import { buildLargeSession } from '../../fixtures/largeSession';
import { errorRow, median, type BenchRow } from '../harness';
import { firstLine, LIBRARY_USABLE_MARK, secondVisit } from './startupTiming';

const RUNS = 5;
const TIMEOUT_MS = 15_000;
const TARGET = '≤ 300';
const LIBRARY_READY = 'main[data-screen="library"][data-ready="true"]';
const COLD_TARGET = '≤ 1.5';
export const SUMMARY_USABLE_MARK = 'bench:summary-usable';
/**
 * Marks SUMMARY_USABLE_MARK in the page the moment the radar and the heatmap are laid out (an
 * init script, so it watches from the document's first byte; the app knows nothing of it).
 */
export const MARK_SUMMARY_SCRIPT = `(() => {
  const isReady = () => {
    const radar = document.querySelector('[data-testid="radar"] svg');
    const heatmap = document.querySelector('[data-testid="heatmap"] svg');
    return Boolean(radar && heatmap && radar.getBoundingClientRect().height > 0 && heatmap.getBoundingClientRect().height > 0);
  };
  const observer = new MutationObserver(() => {
    if (!isReady()) return;
    observer.disconnect();
    performance.mark(${JSON.stringify(SUMMARY_USABLE_MARK)});
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Sets the hash to the session and waits, inside the page, until every element `ready` names is
 * laid out, then one more frame so the time covers the paint. Returns milliseconds measured with
 * the page's own clock. Sent as source text: a bundler's helpers (tsx names functions with
 * `__name`) do not exist in the page. The comparison's bench times its stage the same way.
 */
export function timeStageOpen(page: Page, sessionId: string, ready: readonly string[], what: string): Promise<number> {
  const script = `new Promise((resolve, reject) => {
    const isReady = () => ${JSON.stringify(ready)}.every((selector) => {
      const element = document.querySelector(selector);
      return Boolean(element && element.getBoundingClientRect().height > 0);
    });
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(${JSON.stringify(`${what} did not appear within ${TIMEOUT_MS / 1000} s`)}));
    }, ${TIMEOUT_MS});
    observer.observe(document.body, { childList: true, subtree: true });
    window.location.hash = ${JSON.stringify(`#/session/${encodeURIComponent(sessionId)}`)};
  })`;
  return page.evaluate(script) as Promise<number>;
}

/** From the library: one unrecorded opening (restores into IndexedDB, compiles the code paths), then the median of `RUNS`. */
export async function medianStageOpen(page: Page, sessionId: string, ready: readonly string[], what: string): Promise<number> {
  await backToLibrary(page);
  await timeStageOpen(page, sessionId, ready, what);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await backToLibrary(page);
    times.push(await timeStageOpen(page, sessionId, ready, what));
  }
  return median(times);
}

const SUMMARY_READY = ['[data-testid="radar"] svg', '[data-testid="heatmap"] svg'];
const SUMMARY_WHAT = 'the radar and heatmap';

export async function backToLibrary(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.waitForSelector(LIBRARY_READY, { state: 'visible', timeout: TIMEOUT_MS });
}

export async function run(): Promise<BenchRow[]> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-bench-summary-'));
  const session = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200, currentStageId: 'verdict' });
  const sessionsDir = path.join(userDataDir, 'sessions');
  await mkdir(sessionsDir, { recursive: true });
  const twelveGaps = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200, currentStageId: 'verdict', id: 'large-30p-12gaps', framework: manyGapsFramework(12) });
  for (const written of [session, twelveGaps]) {
    await writeFile(path.join(sessionsDir, `${written.id}${FILE_EXTENSION}`), serializeEnvelope(makeEnvelope(written, '0.0.0-bench', new Date(written.updatedAt))));
  }

  const shell = await launchChromiumShell({ rendererDir: rendererDir(), userDataDir, headless: true, open: false, viewport: { width: 1280, height: 720 } });
  const rows: BenchRow[] = [];
  try {
    try {
      const page = shell.page;
      await page.goto(shell.appUrl, { waitUntil: 'commit', timeout: TIMEOUT_MS });
      await page.waitForSelector(LIBRARY_READY, { state: 'visible', timeout: TIMEOUT_MS });
      rows.push({ id: 'summary.render_ms.30p', value: round1(await medianStageOpen(page, session.id, SUMMARY_READY, SUMMARY_WHAT)), unit: 'ms', target: TARGET });
    } catch (error) {
      rows.push(errorRow('summary.render_ms.30p', 'ms', firstLine(error), TARGET));
    }

    try {
      rows.push({ id: 'summary.render_ms.30p.12gaps', value: round1(await medianStageOpen(shell.page, twelveGaps.id, SUMMARY_READY, SUMMARY_WHAT)), unit: 'ms', target: TARGET });
    } catch (error) {
      rows.push(errorRow('summary.render_ms.30p.12gaps', 'ms', firstLine(error), TARGET));
    }

    try {
      const seed = { url: shell.appUrl, mark: LIBRARY_USABLE_MARK };
      const cold = { url: `${shell.appUrl}#/session/${encodeURIComponent(session.id)}`, mark: SUMMARY_USABLE_MARK };
      const markSummary = async (context: BrowserContext) => {
        await context.addInitScript({ content: MARK_SUMMARY_SCRIPT });
      };
      const coldTimes: number[] = [];
      const libraryTimes: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const order = i % 2 === 0 ? (['cold', 'library'] as const) : (['library', 'cold'] as const);
        for (const which of order) {
          const time = which === 'cold' ? await secondVisit(shell, seed, cold, markSummary) : await secondVisit(shell, seed, seed);
          if (i > 0) (which === 'cold' ? coldTimes : libraryTimes).push(time); // round 0 warms up
        }
      }
      const coldOpen = median(coldTimes);
      const library = median(libraryTimes);
      rows.push({ id: 'summary.cold_open_ms.30p', value: round1(coldOpen), unit: 'ms' });
      rows.push({ id: 'summary.cold_open_library_ms.30p', value: round1(library), unit: 'ms' });
      rows.push({ id: 'summary.cold_open_ratio.30p', value: Math.round((coldOpen / library) * 100) / 100, unit: '×', target: COLD_TARGET });
    } catch (error) {
      rows.push(errorRow('summary.cold_open_ms.30p', 'ms', firstLine(error)));
      rows.push(errorRow('summary.cold_open_ratio.30p', '×', firstLine(error), COLD_TARGET));
    }
    return rows;
  } finally {
    await shell.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
