import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles } from '../../../../../electron/services/sessions/recentFiles';

let dir: string;
let clock = Date.UTC(2026, 2, 12, 9, 0);
const now = () => new Date(clock);

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-recent-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function recent(max?: number) {
  return createRecentFiles({ file: path.join(dir, 'userData', 'recent-files.json'), now, ...(max ? { max } : {}) });
}

async function touch(name: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, '{}');
  return file;
}

describe('recent session files', () => {
  it('lists the newest first, once each, bounded, and says which are gone', async () => {
    const r = recent(3);
    const files = await Promise.all(['a', 'b', 'c', 'd'].map((n) => touch(`${n}.rrsession`)));
    for (const file of files) {
      clock += 1000;
      await r.remember({ path: file, initiative: path.basename(file), client: 'Acme' });
    }
    clock += 1000;
    await r.remember({ path: files[1]!, initiative: 'b again', client: 'Acme' });
    await fs.rm(files[3]!);
    const listed = await recent(3).list();
    expect(listed.map((f) => [f.fileName, f.initiative, f.exists])).toEqual([
      ['b.rrsession', 'b again', true],
      ['d.rrsession', 'd.rrsession', false],
      ['c.rrsession', 'c.rrsession', true],
    ]);
    expect(listed[0]!.usedAt).toBe(new Date(clock).toISOString());
  });

  it('forgets a file, and answers false for one it did not know', async () => {
    const r = recent();
    const file = await touch('a.rrsession');
    await r.remember({ path: file, initiative: 'A', client: '' });
    expect(await r.forget(file)).toBe(true);
    expect(await r.forget(file)).toBe(false);
    expect(await r.list()).toEqual([]);
  });

  it('starts afresh from a damaged list and drops entries it cannot trust', async () => {
    const file = path.join(dir, 'userData', 'recent-files.json');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, '{"files": [');
    expect(await recent().list()).toEqual([]);
    await fs.writeFile(file, JSON.stringify({ files: [{ path: 'relative.rrsession', initiative: '', client: '', usedAt: '' }, 42, { path: '/x.rrsession', initiative: 'X', client: '', usedAt: 'then' }] }));
    expect((await recent().list()).map((f) => f.path)).toEqual(['/x.rrsession']);
  });

  it('keeps every one of many changes made at once', async () => {
    const r = recent(20);
    const files = await Promise.all(Array.from({ length: 10 }, (_, i) => touch(`f${i}.rrsession`)));
    await Promise.all(files.map((file) => r.remember({ path: file, initiative: '', client: '' })));
    expect(await r.list()).toHaveLength(10);
  });
});
