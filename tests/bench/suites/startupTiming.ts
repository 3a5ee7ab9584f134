/**
 * What the start-up measurements share: the floor page (built here with the renderer's Vite
 * set-up and served by the shell on the app's own origin), and reading a User Timing mark with
 * the page's own clock.
 *
 * A measured visit is always a *second* visit in a fresh browser context: the first one fills
 * IndexedDB (the app restores its sessions from disk, the floor stores its ten rows) and warms
 * the HTTP cache, as any earlier run of the app would have; the second is a new document started
 * from `about:blank`, whose mark says when its screen became usable, in ms since its navigation
 * started.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { ChromiumShell } from '../../../electron/shell/chromiumShell';
import { FLOOR_OUT_DIR } from '../floor/vite.config';

export { LIBRARY_USABLE_MARK } from '../../../renderer/src/app/startupMarks';

export const FLOOR_PATH = '/__bench/floor/index.html';
export const MARK_TIMEOUT_MS = 15_000;
const FLOOR_CONFIG = fileURLToPath(new URL('../floor/vite.config.ts', import.meta.url));

/** Builds the floor page and returns its files as the shell's `extraFiles` (under /__bench/floor/). */
export async function buildFloorPage(): Promise<Record<string, string>> {
  await build({ configFile: FLOOR_CONFIG });
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files[`/__bench/floor/${path.relative(FLOOR_OUT_DIR, full).split(path.sep).join('/')}`] = await readFile(full, 'utf8');
    }
  };
  await walk(FLOOR_OUT_DIR);
  return files;
}

/**
 * Resolves with the mark's startTime (ms since this document's navigation started) as soon as
 * the page marks it: a PerformanceObserver in the page, so no polling interval adds to it.
 * Sent as source text: a bundler's helpers (tsx names functions with `__name`) do not exist in
 * the page.
 */
export function markTime(page: Page, name: string, timeoutMs = MARK_TIMEOUT_MS): Promise<number> {
  const script = `new Promise((resolve, reject) => {
    const name = ${JSON.stringify(name)};
    const found = performance.getEntriesByName(name, 'mark')[0];
    if (found) return resolve(found.startTime);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the page did not mark ' + name + ' within ${timeoutMs / 1000} s'));
    }, ${timeoutMs});
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName(name, 'mark')[0];
      if (!entry) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(entry.startTime);
    });
    observer.observe({ type: 'mark', buffered: true });
  })`;
  return page.evaluate(script) as Promise<number>;
}

/** Opens `url` as a new document and returns when it marked `mark` (the page's own clock). */
export async function visit(page: Page, url: string, mark: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit', timeout: MARK_TIMEOUT_MS });
  return markTime(page, mark);
}

/** Lets the work a page does after its mark (writes, the mirror) finish before the next visit. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(250);
}

/**
 * One measurement: a fresh context, a first visit of `seedUrl` that fills IndexedDB, then the
 * measured visit of `url` (new document). `prepare` may add init scripts to the context first.
 */
export async function secondVisit(
  shell: ChromiumShell,
  seed: { url: string; mark: string },
  measured: { url: string; mark: string },
  prepare: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<number> {
  const { context, page } = await shell.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await prepare(context);
    await visit(page, seed.url, seed.mark);
    await settle(page);
    return await visit(page, measured.url, measured.mark);
  } finally {
    await context.close();
  }
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
