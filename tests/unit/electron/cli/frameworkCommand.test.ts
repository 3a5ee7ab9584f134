/**
 * The command line given a .rrframework file, spawned as a person would run it (the built
 * out/cli/export.js, built first from the sources): a Markdown description of a good file, exit 2
 * with one line and nothing written for every hostile one, and the framework file left exactly
 * as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_FRAMEWORK_FILE, hostileFrameworkFiles } from '../../../fixtures/hostileFrameworkFiles';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const BUILT = path.join(REPO_ROOT, 'out/cli/export.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'rr-cli-framework-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [BUILT, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOfGolden(name: string): string {
  const file = path.join(work, name);
  writeFileSync(file, readFileSync(GOLDEN_FRAMEWORK_FILE));
  return file;
}

// Generous: each case spawns the command, which takes seconds on a busy machine.
describe('npm run export -- FILE.rrframework', { timeout: 180_000 }, () => {
  it('writes a Markdown description (gaps, ladders, agenda, verdict rules, roles), prints its path, and leaves the file untouched', () => {
    const input = copyOfGolden('Northbridge.rrframework');
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const out = path.join(work, 'described', 'northbridge.md');
    const { code, stdout, stderr } = runCli([input, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(out);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Northbridge AI readiness method\n/);
    expect(md).toContain('Written in English; also in German.');
    expect(md).toContain('## 7 gaps');
    expect(md.match(/^### \d\. /gm)).toHaveLength(7);
    expect(md).toContain('### 7. Governance & legal');
    expect(md).toContain('| 5 | Proven | Governance runs as a routine: audited, reviewed, owned. |');
    expect(md).toContain('1. Who signed the data protection impact assessment, and when?');
    expect(md).toContain('**Have the impact assessment signed** (high priority)');
    expect(md).toContain('**Facts:** Impact assessment signed');
    expect(md).toMatch(/\| 1 \| Frame \| 15 \|\n\| 2 \| Success criteria \| 15 \|/);
    expect(md).toContain('| 9 | Governance & legal | 20 |');
    expect(md).toContain('In all: 265 minutes.');
    expect(md).toContain('A gap at level 1 or below holds the verdict at “Not yet”');
    expect(md).toContain('“Go” needs every gap at level 4 or above, and no open flag.');
    expect(md).toContain('These flags hold the verdict at “Not yet”: Metric mirage, Ownership vacuum, Missing voices.');
    expect(md).toMatch(/## Roles the room needs\n\n- IT\n- Operations\n- Support\n- Legal\n$/);
    expect(md).not.toMatch(/\{items\}|framework\.own|frameworkFiles\./);
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
  });

  it('describes the framework in German with --lang de, headings and words alike, into a folder', () => {
    const input = copyOfGolden('Northbridge-de.rrframework');
    const { code, stdout } = runCli([input, '--out', `${path.join(work, 'de')}${path.sep}`, '--lang', 'de']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(path.join(work, 'de', 'Northbridge-de.md'));
    const md = readFileSync(stdout.trim(), 'utf8');
    expect(md).toMatch(/^# Northbridge-Methode für KI-Reife\n/);
    expect(md).toContain('## 7 Lücken');
    expect(md).toContain('### 7. Governance & Recht');
    expect(md).toContain('## Urteilsregeln');
    expect(md).toContain('Verfasst auf Englisch; außerdem auf Deutsch.');
  });

  it.each(hostileFrameworkFiles().map((file) => [file.name, file] as const))('refuses a hostile file (%s): exit 2, one line, nothing written, the file untouched', (_name, hostile) => {
    const input = path.join(work, `${hostile.name}.rrframework`);
    if (typeof hostile.content === 'string') writeFileSync(input, hostile.content);
    else {
      writeFileSync(input, '');
      truncateSync(input, hostile.content.bytes);
    }
    const before = { size: statSync(input).size, mtime: statSync(input).mtimeMs, head: readFileSync(input).subarray(0, 4096) };
    const outDir = path.join(work, `out-${hostile.name}`);
    const { code, stdout, stderr } = runCli([input, '--out', path.join(outDir, 'description.md')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^“${hostile.name}\\.rrframework” was refused: `));
    expect(lines[0]).toMatch(hostile.says);
    expect(existsSync(outDir)).toBe(false);
    expect(statSync(input).size).toBe(before.size);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
    expect(readFileSync(input).subarray(0, 4096).equals(before.head)).toBe(true);
  });

  it('answers usage errors with exit 2 and one line, in the language --lang names', () => {
    const input = copyOfGolden('usage.rrframework');
    const noOut = runCli([input]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr.trim()).toMatch(/^Name the Markdown file for the description with --out\. Usage: npm run export -- FILE\.rrframework/);
    const german = runCli([input, '--lang', 'de']);
    expect(german.stderr.trim()).toMatch(/^Geben Sie mit --out die Markdown-Datei/);
    expect(runCli([input, '--out', path.join(work, 'x.md'), '--lang', 'xx']).code).toBe(2);
    expect(runCli([input, '--out', path.join(work, 'x.md'), '--format', 'pdf']).stderr).toMatch(/Unknown option “--format”/);
    expect(runCli([path.join(work, 'missing.rrframework'), '--out', path.join(work, 'x.md')]).stderr.trim()).toMatch(/there is no such file/);
    expect(existsSync(path.join(work, 'x.md'))).toBe(false);
    expect(readdirSync(work).filter((name) => name.endsWith('.md'))).toEqual([]);
  });

  it('prints its help', () => {
    const { code, stdout } = runCli(['x.rrframework', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Checks a framework file and writes a Markdown description/);
  });
});
