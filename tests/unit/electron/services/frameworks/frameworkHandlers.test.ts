/**
 * The framework calls as the window uses them, with stand-in dialogs: the library's durable copy
 * beside the sessions (atomic, deletions kept, unreadable files set aside, never overwritten),
 * export → import round trips, and hostile files refused with a sentence and left untouched.
 */
import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFrameworkHandlers, frameworksFolder, type FrameworkFilePorts } from '../../../../../electron/services/frameworks/frameworkHandlers';
import { createFrameworkMirror } from '../../../../../electron/services/frameworks/frameworkMirror';
import { builtInFramework } from '../../../../../shared/framework/builtInFramework';
import type { LibraryFramework } from '../../../../../shared/framework/libraryFramework';
import { GOLDEN_FRAMEWORK_FILE, GOLDEN_FRAMEWORK_ID, changedGolden, hostileFrameworkFiles } from '../../../../fixtures/hostileFrameworkFiles';
import english from '../../../../../shared/i18n/catalogues/en.json';
import { en } from '../../../shared/inEnglish';

let dir: string;
let clock: number;
let nextSave: string | null;
let nextOpen: string | null;

function setup() {
  const ports: FrameworkFilePorts = {
    userDataDir: path.join(dir, 'userData'),
    appVersion: '0.1.0',
    now: () => new Date(clock),
    log: () => {},
    chooseFrameworkFileToSave: async () => nextSave,
    chooseFrameworkFileToOpen: async () => nextOpen,
  };
  return { ports, calls: createFrameworkHandlers(ports) };
}

function own(id: string, changes: Partial<LibraryFramework> = {}): LibraryFramework {
  const base = builtInFramework({ en: english });
  return { ...base, text: { en: { ...base.text.en, name: `Method ${id}` } }, id, basedOn: 'default', createdAt: clock, updatedAt: clock, deletedAt: null, ...changes };
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-framework-calls-'));
  clock = Date.UTC(2026, 10, 30, 9, 0);
  nextSave = null;
  nextOpen = null;
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the framework library on disk', () => {
  it('keeps each framework beside the sessions, deleted ones with their deletion, newest first', async () => {
    const { ports, calls } = setup();
    await calls.mirrorFramework({ framework: own('first') });
    clock += 1000;
    await calls.mirrorFramework({ framework: own('second', { updatedAt: clock, deletedAt: clock }) });
    expect(frameworksFolder(ports.userDataDir)).toBe(path.join(ports.userDataDir, 'frameworks'));
    expect((await fs.readdir(frameworksFolder(ports.userDataDir))).sort()).toEqual(['first.rrframework', 'second.rrframework']);
    const { frameworks, problems } = await calls.listMirroredFrameworks({});
    expect(problems).toEqual([]);
    expect(frameworks.map((f) => [f.id, f.deletedAt])).toEqual([
      ['second', clock],
      ['first', null],
    ]);
  });

  it('writes atomically: a crash’s temp file is cleaned up, and the last good file always reads', async () => {
    const { ports } = setup();
    const folder = frameworksFolder(ports.userDataDir);
    await fs.mkdir(folder, { recursive: true });
    const leftover = path.join(folder, '.own.rrframework.0123456789ab.tmp');
    writeFileSync(leftover, '{"half": ');
    const mirror = createFrameworkMirror({ folder, appVersion: '0.1.0', now: () => new Date(clock) });
    await Promise.all([1, 2, 3].map((revision) => mirror.write(own('own', { revision }))));
    expect(existsSync(leftover)).toBe(false);
    const { frameworks } = await mirror.list();
    expect(frameworks.map((f) => f.revision)).toEqual([3]);
  });

  it('sets aside a file it cannot read (a newer app’s) instead of overwriting it, and reports it', async () => {
    const { ports, calls } = setup();
    const folder = frameworksFolder(ports.userDataDir);
    await fs.mkdir(folder, { recursive: true });
    const newer = changedGolden((envelope, framework) => {
      envelope.version = 2;
      framework.id = 'own';
    });
    writeFileSync(path.join(folder, 'own.rrframework'), newer);
    const listed = await calls.listMirroredFrameworks({});
    expect(listed.frameworks).toEqual([]);
    expect(listed.problems).toHaveLength(1);
    expect(en(listed.problems[0]!.message)).toMatch(/could not be read.*format version 2/);
    await calls.mirrorFramework({ framework: own('own') });
    const setAside = await fs.readdir(path.join(folder, 'set-aside'));
    expect(setAside).toHaveLength(1);
    expect(readFileSync(path.join(folder, 'set-aside', setAside[0]!), 'utf8')).toBe(newer);
  });

  it('refuses an id that is not a safe file name', async () => {
    const { calls } = setup();
    await expect(calls.mirrorFramework({ framework: own('CON') })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('framework files', () => {
  it('exports a framework and imports it again, unchanged; the golden file imports', async () => {
    const { calls } = setup();
    const framework = own('own-method');
    const { deletedAt: _deletedAt, ...shared } = framework;
    nextSave = path.join(dir, 'Own method');
    const saved = await calls.exportFrameworkFile({ framework: shared });
    expect(saved).toEqual({ status: 'saved', path: path.join(dir, 'Own method.rrframework'), fileName: 'Own method.rrframework' });
    expect(readFileSync(path.join(dir, 'Own method.rrframework'), 'utf8')).not.toMatch(/deletedAt/);
    nextOpen = path.join(dir, 'Own method.rrframework');
    expect(await calls.openFrameworkFile({})).toMatchObject({ status: 'opened', framework: shared, repairs: [] });
    expect(await calls.openFrameworkPath({ path: GOLDEN_FRAMEWORK_FILE })).toMatchObject({ status: 'opened', framework: { id: GOLDEN_FRAMEWORK_ID } });
  });

  it('offers the framework’s name as the file name and never writes into the app’s own folder', async () => {
    const { ports, calls } = setup();
    const offered: string[] = [];
    const spying = createFrameworkHandlers({ ...ports, chooseFrameworkFileToSave: async (name) => (offered.push(name), path.join(ports.userDataDir, 'x.rrframework')) });
    const framework = { ...builtInFramework(), id: 'own', text: { en: { name: 'Northbridge: method / 2026' } } };
    await expect(spying.exportFrameworkFile({ framework })).rejects.toMatchObject({ code: 'forbidden' });
    expect(offered).toEqual(['Northbridge method 2026.rrframework']);
    nextSave = null;
    expect(await calls.exportFrameworkFile({ framework })).toEqual({ status: 'cancelled' });
  });

  it('opens only .rrframework files by absolute path', async () => {
    const { calls } = setup();
    await expect(calls.openFrameworkPath({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(calls.openFrameworkPath({ path: 'relative.rrframework' })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await calls.openFrameworkPath({ path: path.join(dir, 'gone.rrframework') })).toMatchObject({ status: 'refused', code: 'missing' });
  });

  it.each(hostileFrameworkFiles().map((file) => [file.name, file] as const))('refuses a hostile file (%s) with a sentence and leaves it untouched', async (_name, hostile) => {
    const { ports, calls } = setup();
    const file = path.join(dir, `${hostile.name}.rrframework`);
    if (typeof hostile.content === 'string') writeFileSync(file, hostile.content);
    else {
      writeFileSync(file, '');
      truncateSync(file, hostile.content.bytes);
    }
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    const opened = await calls.openFrameworkPath({ path: file });
    expect(opened).toMatchObject({ status: 'refused', code: hostile.code, fileName: `${hostile.name}.rrframework` });
    if (opened.status === 'refused') expect(en(opened.message)).toMatch(hostile.says);
    expect(readFileSync(file).equals(before.bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
    // Nothing was written anywhere: the library is as empty as before.
    expect(existsSync(frameworksFolder(ports.userDataDir))).toBe(false);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
