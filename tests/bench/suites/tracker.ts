/**
 * The returned tracker: a 2,000-action session's tracker, exported by the app and edited by the
 * client with exceljs (every tenth status changed, a row added), read back and compared with the
 * session through the same code the app uses (the zip checks, exceljs, the rows, the diff).
 * - tracker.import_ms.2000: readTrackerWorkbook + trackerChanges, median of 7 runs after 2 warm-ups.
 */
import { performance } from 'node:perf_hooks';
import { xlsxTracker } from '../../../electron/services/export/xlsxTracker';
import { readTrackerWorkbook } from '../../../electron/services/tracker/trackerReader';
import { trackerChanges } from '../../../shared/actions/trackerChanges';
import { buildReport } from '../../../shared/report/buildReport';
import { buildLargeSession } from '../../fixtures/largeSession';
import { returnedTracker } from '../../fixtures/returnedTracker';
import { errorRow, median, type BenchRow } from '../harness';

const RUNS = 7;
const WARM_UPS = 2;
const TARGET = '≤ 1000';
const ACTIONS = 2000;

export async function run(): Promise<BenchRow[]> {
  try {
    const session = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: ACTIONS });
    const exported = await xlsxTracker(buildReport(session, { generatedAt: new Date(), appVersion: '0.0.0-bench' }));
    const edited = session.actions.filter((_, i) => i % 10 === 0);
    const bytes = await returnedTracker(exported, {
      edits: edited.map((a) => ({ id: a.id, set: { Status: a.status === 'done' ? 'Open' : 'Done' } })),
      added: [{ Action: 'Added by the client', Status: 'Open' }],
    });
    const importOnce = async (): Promise<void> => {
      const read = await readTrackerWorkbook(bytes);
      if (!read.ok) throw new Error(`the tracker was refused: ${read.code}`);
      const changes = trackerChanges(session, read.tracker.rows);
      if (changes.changes.length !== edited.length || changes.unmatched.length !== 1) throw new Error(`unexpected changes: ${changes.changes.length}, unmatched ${changes.unmatched.length}`);
    };
    for (let i = 0; i < WARM_UPS; i++) await importOnce();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await importOnce();
      times.push(performance.now() - start);
    }
    return [{ id: `tracker.import_ms.${ACTIONS}`, value: Math.round(median(times)), unit: 'ms', target: TARGET }];
  } catch (error) {
    return [errorRow(`tracker.import_ms.${ACTIONS}`, 'ms', error instanceof Error ? error.message : String(error), TARGET)];
  }
}
