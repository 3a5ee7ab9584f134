import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeOnVersionChange, openWorkingStore } from '../../../../renderer/src/db/openWorkingStore';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `working-store-test-${++counter}`;
  names.push(name);
  return name;
}

function store(name: string, version = 1): Dexie {
  const db = new Dexie(name);
  db.version(version).stores({ sessions: 'id' });
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('opening the working store', () => {
  it('opens a healthy store as it is', async () => {
    const db = store(freshName());
    await db.table('sessions').put({ id: 'a' });
    db.close();
    const again = store(db.name);
    expect(await openWorkingStore(again)).toEqual({ state: 'ok' });
    expect(await again.table('sessions').count()).toBe(1);
    again.close();
  });

  it('deletes and rebuilds a store that cannot be opened, and says why', async () => {
    const db = store(freshName());
    await db.table('sessions').put({ id: 'a' });
    db.close();
    const broken = store(db.name);
    const realOpen = broken.open.bind(broken);
    vi.spyOn(broken, 'open')
      .mockImplementationOnce(() => Promise.reject(Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' })) as never)
      .mockImplementation(realOpen);
    const log = vi.fn();
    const result = await openWorkingStore(broken, log);
    expect(result).toEqual({ state: 'rebuilt', reason: 'UnknownError: Internal error opening backing store' });
    expect(await broken.table('sessions').count()).toBe(0); // emptied; start-up refills it from disk
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/rebuilding it from the copies on disk/));
    broken.close();
  });

  it('never deletes a store a newer version of the app wrote', async () => {
    const name = freshName();
    const newer = store(name, 5);
    await newer.table('sessions').put({ id: 'kept' });
    newer.close();
    const older = store(name, 1);
    const result = await openWorkingStore(older);
    // Dexie 4 opens a newer store when it can; when it cannot (VersionError) it is left alone.
    expect(['ok', 'newer']).toContain(result.state);
    older.close();
    const check = store(name, 5);
    expect(await check.table('sessions').count()).toBe(1);
    check.close();
  });

  it('answers "newer" for a VersionError and deletes nothing', async () => {
    const db = store(freshName());
    vi.spyOn(db, 'open').mockRejectedValue(Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: Object.assign(new Error('The requested version (10) is less than the existing version (50).'), { name: 'VersionError' }) }));
    const deleting = vi.spyOn(Dexie, 'delete');
    expect(await openWorkingStore(db)).toMatchObject({ state: 'newer' });
    expect(deleting).not.toHaveBeenCalled();
  });

  it('says so when even a rebuilt store cannot be opened', async () => {
    const db = store(freshName());
    vi.spyOn(db, 'open').mockRejectedValue(Object.assign(new Error('disk gone'), { name: 'UnknownError' }));
    expect(await openWorkingStore(db)).toEqual({ state: 'unavailable', reason: 'UnknownError: disk gone' });
  });
});

describe('a second window upgrading the store', () => {
  it('flushes, closes this connection and reloads, so the upgrade goes through', async () => {
    const name = freshName();
    const mine = store(name, 1);
    await mine.open();
    const order: string[] = [];
    const reloaded = new Promise<void>((resolve) => {
      closeOnVersionChange(mine, {
        flush: async () => {
          order.push(`flush (open: ${mine.isOpen()})`);
        },
        reload: () => {
          order.push(`reload (open: ${mine.isOpen()})`);
          resolve();
        },
      });
    });
    const upgraded = store(name, 2);
    await upgraded.open(); // blocked until `mine` closes
    await reloaded;
    expect(order).toEqual(['flush (open: true)', 'reload (open: false)']);
    expect(upgraded.verno).toBe(2);
    upgraded.close();
  });
});
