// @vitest-environment jsdom
/**
 * The framework library as the window uses it: IndexedDB (fake-indexeddb) in front, the real
 * framework calls of main on a temporary folder behind a stand-in bridge. Saving counts
 * revisions, deleting can be undone, a wiped IndexedDB loses nothing, importing never overwrites
 * a different framework, and a hostile file changes nothing.
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameworkHandlers } from '../../../../electron/services/frameworks/frameworkHandlers';
import { builtInFramework } from '../../../../shared/framework/builtInFramework';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import type { IpcResult, ReadinessRoomApi } from '../../../../shared/ipc/contract';
import en from '../../../../shared/i18n/catalogues/en.json';
import { GOLDEN_FRAMEWORK_FILE, GOLDEN_FRAMEWORK_ID, hostileFrameworkFiles } from '../../../fixtures/hostileFrameworkFiles';

import type * as RepositoryModule from '../../../../renderer/src/db/frameworkRepository';
import type { ReadinessRoomDatabase } from '../../../../renderer/src/db/database';

type Repository = typeof RepositoryModule;

let dir: string;
let nextSave: string | null;
let nextOpen: string | null;
let repo: Repository;
let database: ReadinessRoomDatabase;
const calls: string[] = [];

/** A fresh window: modules (and so the once-per-window comparison with disk) start anew. */
async function openWindow(): Promise<void> {
  vi.resetModules();
  database?.close();
  repo = await import('../../../../renderer/src/db/frameworkRepository');
  database = (await import('../../../../renderer/src/db/database')).db;
}

async function ok<T>(value: Promise<T>): Promise<IpcResult<T>> {
  try {
    return { ok: true, value: await value };
  } catch (error) {
    return { ok: false, error: { code: 'io', message: String(error) } };
  }
}

const BUILT_IN = builtInFramework({ en });

function named(framework: Framework, name: string): Framework {
  return { ...framework, text: { ...framework.text, en: { ...framework.text.en, name } } };
}

function own(id: string, name = `Method ${id}`): Framework {
  return named({ ...BUILT_IN, id, basedOn: 'default', createdAt: 1000, updatedAt: 1000 }, name);
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-framework-library-'));
  nextSave = null;
  nextOpen = null;
  calls.length = 0;
  const handlers = createFrameworkHandlers({
    userDataDir: path.join(dir, 'userData'),
    appVersion: '9.9.9-test',
    now: () => new Date(),
    log: () => {},
    chooseFrameworkFileToSave: async () => nextSave,
    chooseFrameworkFileToOpen: async () => nextOpen,
  });
  window.readinessRoom = Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (request: unknown) => {
        calls.push(name);
        return ok((handler as (r: unknown) => Promise<unknown>)(structuredClone(request)));
      },
    ]),
  ) as unknown as ReadinessRoomApi;
  await openWindow();
  await database.frameworks.clear();
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the framework library', () => {
  it('saves a template: a new one keeps its revision, each later save adds one, and disk follows', async () => {
    const first = await repo.saveFramework(own('north'));
    expect([first.revision, first.deletedAt]).toEqual([1, null]);
    const second = await repo.saveFramework(named(first, 'North, shorter agenda'));
    expect(second.revision).toBe(2);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(second.createdAt).toBe(1000);
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'userData', 'frameworks', 'north.rrframework'), 'utf8')) as { framework: Framework; deletedAt: number | null };
    expect([onDisk.framework.revision, onDisk.framework.text.en!.name, onDisk.deletedAt]).toEqual([2, 'North, shorter agenda', null]);
    expect((await repo.listFrameworks()).map((f) => f.id)).toEqual(['north']);
  });

  it('saves only a framework that keeps its rules, and says the first it breaks', async () => {
    const broken = { ...own('north'), agenda: own('north').agenda.filter((stage) => stage.gapId !== 'data') };
    await expect(repo.saveFramework(broken)).rejects.toMatchObject({ code: 'invalid-request', text: { id: expect.stringMatching(/^framework\.validation\./) } });
    expect(await database.frameworks.count()).toBe(0);
  });

  it('never saves over the built-in framework', async () => {
    await expect(repo.saveFramework(builtInFramework())).rejects.toMatchObject({ code: 'forbidden' });
    expect(await database.frameworks.count()).toBe(0);
  });

  it('deletes softly, so Undo brings the framework back, and a restart agrees', async () => {
    await repo.saveFramework(own('north'));
    await repo.deleteFramework('north');
    expect(await repo.listFrameworks()).toEqual([]);
    await openWindow();
    await database.frameworks.clear(); // IndexedDB wiped: the copy on disk keeps the deletion
    expect(await repo.listFrameworks()).toEqual([]);
    expect((await repo.getFramework('north'))?.deletedAt).not.toBeNull();
    await repo.restoreFramework('north');
    expect((await repo.listFrameworks()).map((f) => f.id)).toEqual(['north']);
  });

  it('brings back from disk what a wiped IndexedDB lost, and writes out what only the window has', async () => {
    await repo.saveFramework(own('north'));
    await openWindow();
    await database.frameworks.clear();
    await database.frameworks.put({ ...own('only-here'), deletedAt: null });
    expect((await repo.listFrameworks()).map((f) => f.id).sort()).toEqual(['north', 'only-here']);
    expect((await fs.readdir(path.join(dir, 'userData', 'frameworks'))).sort()).toEqual(['north.rrframework', 'only-here.rrframework']);
    // Compared once per window: later reads ask disk nothing.
    const asked = calls.filter((c) => c === 'listMirroredFrameworks').length;
    await repo.listFrameworks();
    expect(calls.filter((c) => c === 'listMirroredFrameworks').length).toBe(asked);
  });

  it('imports a file: added, then the same again, a separate copy when its id holds other content, and in place of a deleted copy', async () => {
    const added = await repo.importFrameworkFromPath(GOLDEN_FRAMEWORK_FILE);
    expect(added).toMatchObject({ status: 'imported', how: 'added', framework: { id: GOLDEN_FRAMEWORK_ID, revision: 4 }, fileName: 'framework-v1.rrframework' });
    expect(await repo.importFrameworkFromPath(GOLDEN_FRAMEWORK_FILE)).toMatchObject({ status: 'imported', how: 'same' });

    const edited = await repo.saveFramework(named((await repo.getFramework(GOLDEN_FRAMEWORK_ID))!, 'Edited here'));
    const copy = await repo.importFrameworkFromPath(GOLDEN_FRAMEWORK_FILE);
    expect(copy).toMatchObject({ status: 'imported', how: 'copy' });
    if (copy.status !== 'imported') throw new Error('not imported');
    expect(copy.framework.id).not.toBe(GOLDEN_FRAMEWORK_ID);
    expect(copy.framework.gaps).toHaveLength(7);
    expect(await repo.getFramework(GOLDEN_FRAMEWORK_ID)).toEqual(edited);

    await repo.deleteFramework(GOLDEN_FRAMEWORK_ID);
    expect(await repo.importFrameworkFromPath(GOLDEN_FRAMEWORK_FILE)).toMatchObject({ status: 'imported', how: 'replace', framework: { id: GOLDEN_FRAMEWORK_ID, revision: 4, deletedAt: null } });
    expect((await repo.listFrameworks()).map((f) => f.id).sort()).toEqual([GOLDEN_FRAMEWORK_ID, copy.framework.id].sort());
  });

  it('gives a file that claims the built-in framework’s id an id of its own', async () => {
    const file = path.join(dir, 'claims-default.rrframework');
    nextSave = file;
    await repo.saveFramework(own('tmp'));
    await repo.exportFramework('tmp');
    const text = readFileSync(file, 'utf8').replace('"id": "tmp"', '"id": "default"');
    writeFileSync(file, text);
    const imported = await repo.importFrameworkFromPath(file);
    expect(imported).toMatchObject({ status: 'imported', how: 'copy' });
    if (imported.status === 'imported') expect(imported.framework.id).not.toBe('default');
  });

  it('exports the framework without the library’s bookkeeping, and the file imports elsewhere as it was', async () => {
    const saved = await repo.saveFramework(own('north'));
    nextSave = path.join(dir, 'out', 'North');
    await fs.mkdir(path.join(dir, 'out'));
    expect(await repo.exportFramework('north')).toMatchObject({ status: 'saved', fileName: 'North.rrframework' });
    const text = readFileSync(path.join(dir, 'out', 'North.rrframework'), 'utf8');
    expect(text).not.toMatch(/deletedAt/);
    await database.frameworks.clear();
    await fs.rm(path.join(dir, 'userData', 'frameworks'), { recursive: true });
    nextOpen = path.join(dir, 'out', 'North.rrframework');
    expect(await repo.importFrameworkWithDialog()).toMatchObject({ status: 'imported', how: 'added', framework: saved });
  });

  it.each(hostileFrameworkFiles().filter((file) => typeof file.content === 'string').map((file) => [file.name, file] as const))(
    'refuses a hostile file (%s) with a sentence and stores nothing',
    async (_name, hostile) => {
      const file = path.join(dir, `${hostile.name}.rrframework`);
      writeFileSync(file, hostile.content as string);
      const outcome = await repo.importFrameworkFromPath(file);
      expect(outcome).toMatchObject({ status: 'refused', code: hostile.code, fileName: `${hostile.name}.rrframework` });
      expect(await database.frameworks.count()).toBe(0);
      expect(calls).not.toContain('mirrorFramework');
      expect(readFileSync(file, 'utf8')).toBe(hostile.content);
    },
  );

  it('gives a new session the library’s framework without its bookkeeping, and the built-in one as nothing', async () => {
    await repo.saveFramework(own('north'));
    const copied = await repo.frameworkForNewSession('north');
    expect(copied).not.toHaveProperty('deletedAt');
    expect(copied?.id).toBe('north');
    expect(await repo.frameworkForNewSession('default')).toBeUndefined();
    expect(await repo.frameworkForNewSession(null)).toBeUndefined();
    await repo.deleteFramework('north');
    await expect(repo.frameworkForNewSession('north')).rejects.toMatchObject({ code: 'not-found' });
  });
});
