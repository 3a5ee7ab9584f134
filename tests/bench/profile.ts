/**
 * `npx tsx tests/bench/profile.ts [floor|library|cold] [--save <file.cpuprofile>]` on a build:
 * profiles one start-up in the Chromium shell with Chromium's sampling profiler (CDP `Profiler`,
 * 100 µs) and prints where the time went: the marks and measures the page made, when each script
 * and style sheet was requested and arrived, and the CPU's self time by script and by function,
 * with the idle time (waiting for IndexedDB, the bridge or the network) apart.
 *
 * Same conditions as the benchmark (tests/bench/suites/startupTiming.ts): a fresh context, a
 * first visit that fills IndexedDB, then the profiled visit as a new document.
 * - floor: the floor page; library: the app's library with ten sessions; cold: the app opened
 *   directly on the 30-participant session's Verdict stage.
 */
import '../fixtures/catalogues';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromiumShell, rendererDir } from '../../electron/shell/chromiumShell';
import { FILE_EXTENSION, makeEnvelope, serializeEnvelope } from '../../shared/format/envelope';
import { buildLargeSession } from '../fixtures/largeSession';
import { writeTenSessions } from './suites/startup';
import { MARK_SUMMARY_SCRIPT, SUMMARY_USABLE_MARK as SUMMARY_MARK } from './suites/summary';
import { buildFloorPage, FLOOR_PATH, LIBRARY_USABLE_MARK, markTime, settle, visit } from './suites/startupTiming';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}


function baseName(url: string): string {
  if (!url) return '(native)';
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
}

/** Self time (ms) per node, from the samples and their time deltas. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const next = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + next / 1000);
  }
  return self;
}

function report(profile: CpuProfile): string {
  const self = selfTimes(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    total += ms;
    const special = ['(idle)', '(program)', '(garbage collector)'].includes(frame.functionName);
    const script = special ? frame.functionName : baseName(frame.url);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    if (!special) {
      const key = `${frame.functionName || '(anonymous)'} ${baseName(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)
      .join('\n');
  return `profile: ${total.toFixed(0)} ms sampled\nself time by script:\n${top(byScript, 12)}\nself time by function:\n${top(byFunction, 20)}`;
}

async function main(): Promise<void> {
  const scenario = (process.argv[2] ?? 'library') as 'floor' | 'library' | 'cold';
  const saveIndex = process.argv.indexOf('--save');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'readiness-room-profile-'));
  const sessionsDir = path.join(userDataDir, 'sessions');
  const large = buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200, currentStageId: 'verdict' });
  if (scenario === 'cold') {
    await mkdir(sessionsDir, { recursive: true });
    await writeFile(path.join(sessionsDir, `${large.id}${FILE_EXTENSION}`), serializeEnvelope(makeEnvelope(large, '0.0.0-bench', new Date(large.updatedAt))));
  } else {
    await writeTenSessions(sessionsDir);
  }
  const shell = await launchChromiumShell({ rendererDir: rendererDir(), userDataDir, headless: true, open: false, extraFiles: await buildFloorPage() });
  try {
    const { context, page } = await shell.newContext({ viewport: { width: 1280, height: 720 } });
    const seedUrl = scenario === 'floor' ? `${shell.origin}${FLOOR_PATH}` : shell.appUrl;
    const url = scenario === 'cold' ? `${shell.appUrl}#/session/${encodeURIComponent(large.id)}` : seedUrl;
    const mark = scenario === 'cold' ? SUMMARY_MARK : LIBRARY_USABLE_MARK;
    if (scenario === 'cold') await context.addInitScript({ content: MARK_SUMMARY_SCRIPT });
    // Two visits first: the second warms what a third start of the app would find warm.
    for (let i = 0; i < 2; i++) {
      await visit(page, seedUrl, LIBRARY_USABLE_MARK);
      await settle(page);
    }
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    const usable = await markTime(page, mark);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const entries = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const rows = [];
      if (nav) rows.push(['navigation', 'response', nav.responseEnd, nav.domInteractive, 'domInteractive / DOMContentLoaded end ' + nav.domContentLoadedEventEnd.toFixed(1)]);
      for (const r of performance.getEntriesByType('resource')) rows.push(['resource', r.name.split('/').pop(), r.startTime, r.responseEnd, r.initiatorType]);
      for (const m of performance.getEntriesByType('mark')) rows.push(['mark', m.name, m.startTime, m.startTime, '']);
      for (const m of performance.getEntriesByType('measure')) rows.push(['measure', m.name, m.startTime, m.startTime + m.duration, '']);
      return rows.sort((a, b) => a[2] - b[2]);
    })()`)) as [string, string, number, number, string][];
    console.log(`${scenario}: usable at ${usable.toFixed(1)} ms (page clock)`);
    for (const [kind, name, start, end, note] of entries) {
      console.log(`  ${kind.padEnd(10)} ${start.toFixed(1).padStart(7)} → ${end.toFixed(1).padStart(7)}  ${name} ${note}`);
    }
    console.log(report(profile));
    if (saveIndex > 0 && process.argv[saveIndex + 1]) await writeFile(process.argv[saveIndex + 1]!, JSON.stringify(profile));
    await context.close();
  } finally {
    await shell.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
