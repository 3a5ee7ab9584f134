/**
 * The headless export, spawned as a person would run it (`npm run export -- …` runs the same
 * file through tsx): exit codes, one clear stderr line, nothing written on refusal, and the
 * session file left exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../../shared/report/exportFormats';
import { FIXTURE_FILE, REPO_ROOT } from '../services/export/exportFixture';

const work = mkdtempSync(path.join(os.tmpdir(), 'rr-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/export.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SOURCE_DATE_EPOCH: '1741800000' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const p = path.join(work, name);
  writeFileSync(p, content);
  return p;
}

describe('npm run export', () => {
  it('writes every format, prints the paths, exits 0 and leaves the session file untouched', () => {
    const input = path.join(work, 'copy.rrsession');
    writeFileSync(input, readFileSync(FIXTURE_FILE));
    const before = { bytes: readFileSync(input), mtime: statSync(input).mtimeMs };
    const out = path.join(work, 'out', 'nested');
    const { code, stdout, stderr } = runCli([input, '--format', EXPORT_FORMATS.join(','), '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = stdout.trim().split('\n');
    expect(printed).toHaveLength(EXPORT_FORMATS.length);
    for (const p of printed) expect(existsSync(p)).toBe(true);
    expect(printed.map((p) => path.extname(p).slice(1))).toEqual(['docx', 'pdf', 'pptx', 'xlsx', 'csv', 'md', 'ics']);
    expect(readdirSync(out)).toHaveLength(EXPORT_FORMATS.length);
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
  }, 120_000);

  it.each([
    ['a missing file', () => [path.join(work, 'nope.rrsession')], /no such file/],
    ['a file that is not JSON', () => [file('notes.rrsession', 'hello')], /not a Readiness Room session file/],
    ['JSON that is not a session', () => [file('other.rrsession', '{"type":"something-else"}')], /not a Readiness Room session file/],
    ['a file from a newer version', () => [file('newer.rrsession', JSON.stringify({ type: 'readiness-room-session', version: 99, app: { name: 'Readiness Room', version: '9.0.0' }, session: {} }))], /format version 99/],
    // The loader repairs small damage to a session; a damaged header it names and refuses.
    ['a file invalid at a named field', () => [file('invalid.rrsession', JSON.stringify({ type: 'readiness-room-session', version: 'one', session: {} }))], /header is damaged: its format version is missing or unreadable/],
    ['an unknown format', () => [FIXTURE_FILE, '--format', 'docx,odt'], /Unknown format “odt”/],
  ])('refuses %s with exit 2, one line on stderr and nothing written', (_label, args, message) => {
    const out = path.join(work, `refused-${Math.random().toString(16).slice(2)}`);
    const { code, stdout, stderr } = runCli([...args(), '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file above 50 MB before reading it', () => {
    const big = path.join(work, 'big.rrsession');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    const out = path.join(work, 'big-out');
    const { code, stderr } = runCli([big, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/51 MB; session files above 50 MB are refused/);
    expect(existsSync(out)).toBe(false);
  });

  it('asks for --out and names the usage', () => {
    const { code, stderr } = runCli([FIXTURE_FILE]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out/);
  });

  it('exits 1 when the documents cannot be written', () => {
    const blocker = file('blocker', 'a file where a folder should be');
    const { code, stderr } = runCli([FIXTURE_FILE, '--format', 'md', '--out', path.join(blocker, 'docs')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/Cannot create the folder/);
  });
});
