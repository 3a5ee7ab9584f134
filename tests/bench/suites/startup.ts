/**
 * Startup, in ONE Chromium run of the shell (headless, throwaway profile):
 * - startup.blank_page_ms: navigation to a blank page on the same server, until `load`;
 * - startup.library_interactive_ms: navigation to index.html until the library says it is usable
 *   (`main[data-screen="library"][data-ready="true"]` visible);
 * - startup.ratio = library / blank (target ≤ 1.5).
 * Medians of 7, each in a fresh context (own storage), after one unrecorded warm-up of each.
 * Every navigation has a 15 s timeout; a library that never becomes ready gives error rows.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchChromiumShell, rendererDir, type ChromiumShell } from '../../../electron/shell/chromiumShell';
import { errorRow, median, type BenchRow } from '../harness';

export const LIBRARY_READY = 'main[data-screen="library"][data-ready="true"]';
const RUNS = 7;
const NAVIGATION_TIMEOUT_MS = 15_000;
const BLANK_PATH = '/__bench/blank.html';
const BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

async function timeInFreshContext(shell: ChromiumShell, measure: (page: Page) => Promise<void>): Promise<number> {
  const { context, page } = await shell.newContext();
  try {
    const start = performance.now();
    await measure(page);
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

async function sample(shell: ChromiumShell, measure: (page: Page) => Promise<void>): Promise<number[]> {
  await timeInFreshContext(shell, measure); // warm-up: the first launch of a renderer process is not startup
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await timeInFreshContext(shell, measure));
  return times;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

export async function run(): Promise<BenchRow[]> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-bench-'));
  const shell = await launchChromiumShell({
    rendererDir: rendererDir(),
    userDataDir,
    headless: true,
    open: false,
    extraFiles: { [BLANK_PATH]: BLANK_PAGE },
  });
  try {
    const rows: BenchRow[] = [];
    let blank = Number.NaN;
    try {
      blank = median(
        await sample(shell, async (page) => {
          await page.goto(`${shell.origin}${BLANK_PATH}`, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
        }),
      );
      rows.push({ id: 'startup.blank_page_ms', value: round(blank), unit: 'ms' });
    } catch (error) {
      rows.push(errorRow('startup.blank_page_ms', 'ms', firstLine(error)));
    }

    let library = Number.NaN;
    try {
      library = median(
        await sample(shell, async (page) => {
          const deadline = performance.now() + NAVIGATION_TIMEOUT_MS;
          await page.goto(shell.appUrl, { waitUntil: 'commit', timeout: NAVIGATION_TIMEOUT_MS });
          await page.waitForSelector(LIBRARY_READY, { state: 'visible', timeout: Math.max(1, deadline - performance.now()) });
        }),
      );
      rows.push({ id: 'startup.library_interactive_ms', value: round(library), unit: 'ms' });
    } catch (error) {
      const message = /Timeout|timeout/.test(firstLine(error))
        ? `${LIBRARY_READY} was not visible within ${NAVIGATION_TIMEOUT_MS / 1000} s (does the library set data-ready?)`
        : firstLine(error);
      rows.push(errorRow('startup.library_interactive_ms', 'ms', message));
    }

    if (Number.isFinite(blank) && Number.isFinite(library) && blank > 0) {
      rows.push({ id: 'startup.ratio', value: round(library / blank, 2), unit: '×', target: '≤ 1.5' });
    } else {
      rows.push(errorRow('startup.ratio', '×', 'needs both startup times', '≤ 1.5'));
    }
    return rows;
  } finally {
    await shell.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
