/**
 * Kills a process that is busy saving, at random moments, and checks the file is always one whole
 * version. The child runs the real atomicWrite.ts, transpiled once to plain JavaScript so each
 * start takes milliseconds (starting through tsx costs ~0.6 s and would make 100+ kills too slow).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../../../../electron/services/sessions/atomicWrite';
import { seededRandom as mulberry32 } from '../../../../fixtures/seededRandom';

const here = path.dirname(fileURLToPath(import.meta.url));
const MODULE_SOURCE = path.resolve(here, '../../../../../electron/services/sessions/atomicWrite.ts');

// A count, never a time budget: a busy machine takes longer but proves the same.
const KILLS = 100;

/** The child: loads both versions, says "ready", then saves A, B, A, B, … until killed. */
const CHILD_SOURCE = `
import fs from 'node:fs/promises';
const [moduleUrl, target, fileA, fileB] = process.argv.slice(2);
const { writeFileAtomic } = await import(moduleUrl);
const versions = [await fs.readFile(fileA), await fs.readFile(fileB)];
process.stdout.write('ready\\n');
for (let i = 0; ; i++) {
  await writeFileAtomic(target, versions[i % 2]);
  process.stdout.write('w');
}
`;

/** ~200 KB with a pattern that differs at every line, so any mix of versions would show. */
function makeVersion(tag: string, lines: number): Buffer {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(`${tag} line ${i.toString().padStart(6, '0')} ${tag.repeat(40)}`);
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
}


const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function waitForReady(child: ChildProcess): Promise<{ writes: () => number }> {
  return new Promise((resolve, reject) => {
    let text = '';
    let writes = 0;
    let ready = false;
    const onExit = (code: number | null) => {
      if (!ready) reject(new Error(`child exited (${code}) before it was ready: ${stderr}`));
    };
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      const s = chunk.toString();
      if (!ready) {
        text += s;
        const at = text.indexOf('ready\n');
        if (at >= 0) {
          ready = true;
          writes += (text.slice(at + 6).match(/w/g) ?? []).length;
          resolve({ writes: () => writes });
        }
      } else {
        writes += (s.match(/w/g) ?? []).length;
      }
    });
    child.once('exit', onExit);
    child.once('error', reject);
  });
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

let work: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-kill-'));
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('writeFileAtomic under SIGKILL', () => {
  it(`leaves exactly the old or the new version after ${KILLS} kills at random moments`, { timeout: 300_000 }, async () => {
    const started = Date.now();
    const seed = Number(process.env.RR_KILL_SEED ?? Date.now() % 2 ** 31);
    const random = mulberry32(seed);

    // The real module, transpiled (it imports only node:* modules, so one file is enough).
    const source = await fs.readFile(MODULE_SOURCE, 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const modulePath = path.join(work, 'atomicWrite.mjs');
    await fs.writeFile(modulePath, js);
    const childPath = path.join(work, 'child.mjs');
    await fs.writeFile(childPath, CHILD_SOURCE);

    const initial = Buffer.from('the initial content\n');
    const versionA = makeVersion('A', 3700);
    const versionB = makeVersion('B', 3800);
    expect(versionA.byteLength).toBeGreaterThan(190_000);
    const fileA = path.join(work, 'A.bin');
    const fileB = path.join(work, 'B.bin');
    await fs.writeFile(fileA, versionA);
    await fs.writeFile(fileB, versionB);

    const folder = path.join(work, 'sessions');
    await fs.mkdir(folder);
    const target = path.join(folder, 'session.rrsession');
    await fs.writeFile(target, initial);

    const seen = { initial: 0, A: 0, B: 0 };
    let leftoverTemps = 0;
    let totalWrites = 0;
    let kills = 0;
    for (; kills < KILLS; kills++) {
      const child = spawn(process.execPath, [childPath, pathToFileURL(modulePath).href, target, fileA, fileB], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const { writes } = await waitForReady(child);
      await sleep(5 + Math.floor(random() * 56));
      child.kill('SIGKILL');
      await waitForExit(child);
      expect(child.signalCode, `seed ${seed}, kill ${kills}`).toBe('SIGKILL');
      totalWrites += writes();

      const content = await fs.readFile(target);
      if (content.equals(versionA)) seen.A++;
      else if (content.equals(versionB)) seen.B++;
      else if (content.equals(initial)) seen.initial++;
      else expect.fail(`seed ${seed}, kill ${kills}: the file is a mix (${content.byteLength} bytes)`);

      const names = await fs.readdir(folder);
      const temps = names.filter((n) => n !== 'session.rrsession');
      leftoverTemps += temps.length;
      expect(await removeStaleTempFiles(folder)).toBe(temps.length);
      expect(await fs.readdir(folder)).toEqual(['session.rrsession']);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `kill test: ${kills} kills in ${seconds} s (seed ${seed}); file was A ${seen.A}×, B ${seen.B}×, initial ${seen.initial}×; ` +
        `${totalWrites} completed writes reported; ${leftoverTemps} temp files left by kills and removed`,
    );
    expect(kills).toBe(KILLS);
    // The kills must land while the child is saving, or the test proves nothing.
    expect(seen.A + seen.B).toBeGreaterThan(kills / 2);
  });
});
