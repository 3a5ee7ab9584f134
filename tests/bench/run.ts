/**
 * `npm run bench` (builds first) or `npx tsx tests/bench/run.ts` on an existing build.
 * Add a suite: write tests/bench/suites/<name>.ts exporting `run()` and list it below.
 * `--strict` exits 1 when a target is missed or a value could not be measured; `--only a,b` runs
 * only the suites named.
 */
import '../fixtures/catalogues';
import { checkTarget, formatTable, runSuites, writeResults, type BenchSuite } from './harness';
import * as bundle from './suites/bundle';
import * as compare from './suites/compare';
import * as exportDocs from './suites/export';
import * as room from './suites/room';
import * as sessionFiles from './suites/sessionFiles';
import * as startup from './suites/startup';
import * as summary from './suites/summary';
import * as tracker from './suites/tracker';

const SUITES: readonly BenchSuite[] = [
  { name: 'startup', run: startup.run },
  { name: 'bundle', run: bundle.run },
  { name: 'sessionFiles', run: sessionFiles.run },
  { name: 'summary', run: summary.run },
  { name: 'compare', run: compare.run },
  { name: 'export', run: exportDocs.run },
  { name: 'room', run: room.run },
  { name: 'tracker', run: tracker.run },
];

async function main(): Promise<number> {
  const only = process.argv.find((arg, i) => process.argv[i - 1] === '--only')?.split(',');
  const rows = await runSuites(only ? SUITES.filter((suite) => only.includes(suite.name)) : SUITES, (name) => console.error(`bench: ${name}…`));
  console.log(formatTable(rows));
  const file = await writeResults(rows);
  console.log(`\nwrote ${file}`);
  const bad = rows.filter((row) => ['fail', 'error'].includes(checkTarget(row)));
  return process.argv.includes('--strict') && bad.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  },
);
