/**
 * Start-up against a floor, in ONE Chromium run of the shell (headless), the two interleaved:
 * - startup.floor_ms: the floor page (tests/bench/floor: React 19 + Dexie 4 built by the same
 *   Vite set-up) opens IndexedDB, reads ten rows and renders them;
 * - startup.library_usable_ms: the app's library lists its ten sessions (ten sample workshops
 *   on disk, restored into IndexedDB by an earlier visit) and takes input;
 * - startup.floor_ratio = library ÷ floor (target ≤ 1.3).
 * Each value is a User Timing mark read with the page's own clock (ms since the navigation
 * started) on a second visit in a fresh context (see startupTiming.ts). Medians of 7 rounds,
 * after one unrecorded round; each round measures both, in alternating order.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromiumShell, rendererDir } from '../../../electron/shell/chromiumShell';
import { FILE_EXTENSION, makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { buildSampleWorkshop } from '../../../shared/sample/sampleWorkshop';
import { errorRow, median, type BenchRow } from '../harness';
import { buildFloorPage, firstLine, FLOOR_PATH, LIBRARY_USABLE_MARK, round, secondVisit } from './startupTiming';

const RUNS = 7;
const SESSIONS = 10;
const TARGET = '≤ 1.3';

/** Ten sessions on disk, as the app leaves them: the library's content. */
export async function writeTenSessions(sessionsDir: string): Promise<void> {
  await mkdir(sessionsDir, { recursive: true });
  const now = Date.UTC(2025, 4, 12, 9, 0, 0);
  for (let i = 0; i < SESSIONS; i++) {
    const sample = buildSampleWorkshop(`bench-session-${i + 1}`, now - i * 86_400_000);
    const session = { ...sample, initiative: `${sample.initiative} ${i + 1}` };
    await writeFile(path.join(sessionsDir, `${session.id}${FILE_EXTENSION}`), serializeEnvelope(makeEnvelope(session, '0.0.0-bench', new Date(session.updatedAt))));
  }
}

export async function run(): Promise<BenchRow[]> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-bench-'));
  await writeTenSessions(path.join(userDataDir, 'sessions'));
  const shell = await launchChromiumShell({ rendererDir: rendererDir(), userDataDir, headless: true, open: false, extraFiles: await buildFloorPage() });
  const floorPage = { url: `${shell.origin}${FLOOR_PATH}`, mark: LIBRARY_USABLE_MARK };
  const library = { url: shell.appUrl, mark: LIBRARY_USABLE_MARK };
  try {
    const floorTimes: number[] = [];
    const libraryTimes: number[] = [];
    try {
      for (let i = 0; i <= RUNS; i++) {
        const order = i % 2 === 0 ? (['floor', 'library'] as const) : (['library', 'floor'] as const);
        for (const which of order) {
          const target = which === 'floor' ? floorPage : library;
          const time = await secondVisit(shell, target, target);
          if (i > 0) (which === 'floor' ? floorTimes : libraryTimes).push(time); // round 0 warms up
        }
      }
    } catch (error) {
      return [
        errorRow('startup.floor_ms', 'ms', firstLine(error)),
        errorRow('startup.library_usable_ms', 'ms', firstLine(error)),
        errorRow('startup.floor_ratio', '×', firstLine(error), TARGET),
      ];
    }
    const floor = median(floorTimes);
    const usable = median(libraryTimes);
    return [
      { id: 'startup.floor_ms', value: round(floor), unit: 'ms' },
      { id: 'startup.library_usable_ms', value: round(usable), unit: 'ms' },
      { id: 'startup.floor_ratio', value: round(usable / floor, 2), unit: '×', target: TARGET },
    ];
  } finally {
    await shell.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
