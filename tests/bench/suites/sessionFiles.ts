/**
 * Saving and loading a large session file (30 participants, three rounds per gap, 200 actions),
 * through the same code the app uses:
 * - session.save_ms.large: serialize + atomic write (temp file, fsync, rename, fsync the folder);
 * - session.load_ms.large: stat + read + parse + validate (the shared loader);
 * - session.save_ratio_vs_writefile: the atomic write of the same bytes against a plain
 *   fs.writeFile, interleaved in the same run (what crash safety costs).
 * Medians of 21 runs after 3 unrecorded warm-ups, in a temporary folder on the system's disk.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileAtomic } from '../../../electron/services/sessions/atomicWrite';
import { readSessionFile, writeSessionFile } from '../../../electron/services/sessions/sessionFiles';
import { makeEnvelope, serializeEnvelope } from '../../../shared/format/envelope';
import { buildLargeSession } from '../../fixtures/largeSession';
import { errorRow, median, type BenchRow } from '../harness';

const RUNS = 21;
const WARM_UPS = 3;
const TARGET = '≤ 100';

async function timeIt(task: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < WARM_UPS; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}

const round = (ms: number, digits = 2): number => Math.round(ms * 10 ** digits) / 10 ** digits;

export async function run(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readiness-room-bench-files-'));
  const rows: BenchRow[] = [];
  try {
    const session = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200 });
    const file = path.join(dir, 'large.rrsession');
    const savedAt = new Date();

    try {
      rows.push({ id: 'session.save_ms.large', value: round(median(await timeIt(() => writeSessionFile(file, session, '0.0.0-bench', savedAt)))), unit: 'ms', target: TARGET });
    } catch (error) {
      rows.push(errorRow('session.save_ms.large', 'ms', error instanceof Error ? error.message : String(error), TARGET));
    }

    try {
      const times = await timeIt(async () => {
        const result = await readSessionFile(file);
        if (result.status !== 'opened') throw new Error(`the large session did not load: ${result.status === 'refused' ? result.message : result.status}`);
      });
      rows.push({ id: 'session.load_ms.large', value: round(median(times)), unit: 'ms', target: TARGET });
    } catch (error) {
      rows.push(errorRow('session.load_ms.large', 'ms', error instanceof Error ? error.message : String(error), TARGET));
    }

    try {
      const bytes = serializeEnvelope(makeEnvelope(session, '0.0.0-bench', savedAt));
      const plainFile = path.join(dir, 'plain.rrsession');
      const atomic: number[] = [];
      const plain: number[] = [];
      // Interleaved, so both see the same disk and the same load from other work.
      for (let i = 0; i < WARM_UPS + RUNS; i++) {
        let start = performance.now();
        await writeFileAtomic(file, bytes);
        const a = performance.now() - start;
        start = performance.now();
        await fs.writeFile(plainFile, bytes);
        const p = performance.now() - start;
        if (i >= WARM_UPS) {
          atomic.push(a);
          plain.push(p);
        }
      }
      rows.push({ id: 'session.save_ratio_vs_writefile', value: round(median(atomic) / median(plain)), unit: '×' });
    } catch (error) {
      rows.push(errorRow('session.save_ratio_vs_writefile', '×', error instanceof Error ? error.message : String(error)));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return rows;
}
