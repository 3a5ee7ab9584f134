// @vitest-environment jsdom
/**
 * Start-up's reconcile compares ids and update times and fetches only what differs: proved with
 * the real session mirror on a temporary folder behind a stand-in bridge, and a real Dexie
 * database (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionMirror, type SessionMirror } from '../../../../electron/services/sessions/sessionMirror';
import type { IpcResult, MirrorProblem, ReadinessRoomApi } from '../../../../shared/ipc/contract';
import { MAX_SESSIONS_PER_READ } from '../../../../shared/ipc/limits';
import { createSession } from '../../../../shared/model/createSession';
import type { Session } from '../../../../shared/model/session';
import { db } from '../../../../renderer/src/db/database';
import { localStamps, planReconcile, reconcileWithMirror } from '../../../../renderer/src/db/reconcile';
import { msg } from '../../../../shared/i18n';

const T = Date.UTC(2026, 2, 12, 9);
let dir: string;
let mirror: SessionMirror;
const calls: { name: string; request: unknown }[] = [];
/** Runs inside readMirroredSessions, before it answers (to change the window's copy meanwhile). */
let duringRead: () => Promise<void> = async () => {};

function session(id: string, updatedAt: number, initiative = `Pilot ${id}`): Session {
  return { ...createSession({ initiative, client: 'Acme', id, now: T }), updatedAt };
}

async function ok<T>(value: Promise<T>): Promise<IpcResult<T>> {
  return { ok: true, value: await value };
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-reconcile-'));
  mirror = createSessionMirror({ folder: dir, appVersion: '9.9.9-test' });
  calls.length = 0;
  duringRead = async () => {};
  window.readinessRoom = {
    listMirroredSessionStamps: (request: unknown) => {
      calls.push({ name: 'listMirroredSessionStamps', request });
      return ok(mirror.listStamps());
    },
    readMirroredSessions: async (request: { ids: string[] }) => {
      calls.push({ name: 'readMirroredSessions', request });
      await duringRead();
      return ok(mirror.readMany(request.ids).then((sessions) => ({ sessions })));
    },
    mirrorSession: (request: { session: Session }) => {
      calls.push({ name: 'mirrorSession', request });
      return ok(mirror.write(request.session));
    },
  } as unknown as ReadinessRoomApi;
  await db.sessions.clear();
});

afterEach(async () => {
  vi.useRealTimers();
  await fs.rm(dir, { recursive: true, force: true });
});

const fetched = () => calls.filter((c) => c.name === 'readMirroredSessions').flatMap((c) => (c.request as { ids: string[] }).ids);

describe('planReconcile: from ids and update times alone', () => {
  const problem = (sessionId?: string): MirrorProblem => ({ file: `/s/${sessionId ?? 'x'}.rrsession`, message: msg('fileLoad.damaged'), ...(sessionId ? { sessionId } : {}) });

  it('fetches what the window lacks or holds older, writes out what only the window has, and leaves equal or newer copies alone', () => {
    const plan = planReconcile(
      [
        { id: 'same', updatedAt: 5 },
        { id: 'older-here', updatedAt: 4 },
        { id: 'newer-here', updatedAt: 9 },
        { id: 'only-here', updatedAt: 1 },
      ],
      [
        { id: 'same', updatedAt: 5 },
        { id: 'older-here', updatedAt: 5 },
        { id: 'newer-here', updatedAt: 8 },
        { id: 'only-on-disk', updatedAt: 2 },
      ],
      [],
    );
    expect(plan).toEqual({ fetch: ['older-here', 'only-on-disk'], mirrorOut: ['only-here'], recovered: [], rewrite: [] });
  });

  it('keeps the window’s copy of a damaged file when it is at least as new, else the disk’s, else none', () => {
    const plan = planReconcile(
      [
        { id: 'tie', updatedAt: 5 },
        { id: 'behind', updatedAt: 3 },
        { id: 'lost-on-disk', updatedAt: 1 },
      ],
      [
        { id: 'tie', updatedAt: 5 },
        { id: 'behind', updatedAt: 4 },
        { id: 'from-backup', updatedAt: 2 },
      ],
      [problem('tie'), problem('behind'), problem('lost-on-disk'), problem('from-backup'), problem('nowhere'), problem()],
    );
    expect(plan.recovered.map((r) => [r.problem.sessionId ?? null, r.kept])).toEqual([
      ['tie', 'app'],
      ['behind', 'disk'],
      ['lost-on-disk', 'app'],
      ['from-backup', 'disk'],
      ['nowhere', 'none'],
      [null, 'none'],
    ]);
    expect(plan.rewrite).toEqual(['tie', 'lost-on-disk']);
  });
});

describe('reconcileWithMirror', () => {
  it('restores every session into a wiped IndexedDB, fetching each once, a few per call', async () => {
    const sessions = Array.from({ length: MAX_SESSIONS_PER_READ + 3 }, (_, i) => session(`s${String(i).padStart(2, '0')}`, T + i));
    for (const s of sessions) await mirror.write(s);

    const report = await reconcileWithMirror();
    expect(report).toMatchObject({ restored: sessions.length, updated: 0, mirroredOut: 0, problems: [], recovered: [] });
    expect((await db.sessions.toArray()).sort((a, b) => a.updatedAt - b.updatedAt)).toEqual(sessions);
    const reads = calls.filter((c) => c.name === 'readMirroredSessions');
    expect(reads.map((c) => (c.request as { ids: string[] }).ids.length)).toEqual([MAX_SESSIONS_PER_READ, 3]);
    expect(fetched().sort()).toEqual(sessions.map((s) => s.id).sort());
  });

  it('moves no session at all when the window and the disk agree', async () => {
    const sessions = [session('a', T + 1), session('b', T + 2)];
    for (const s of sessions) await mirror.write(s);
    await db.sessions.bulkPut(sessions);

    const report = await reconcileWithMirror();
    expect(report).toEqual({ restored: 0, updated: 0, mirroredOut: 0, problems: [], recovered: [] });
    expect(calls.map((c) => c.name)).toEqual(['listMirroredSessionStamps']);
  });

  it('fetches only the session that is newer on disk, and writes out the one only the window has', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await mirror.write(session('same', T + 1));
    await mirror.write(session('changed', T + 9, 'Changed elsewhere'));
    await db.sessions.bulkPut([session('same', T + 1), session('changed', T + 2), session('mine', T + 3, 'Only here')]);

    const report = await reconcileWithMirror();
    expect(report).toMatchObject({ restored: 0, updated: 1, mirroredOut: 1 });
    expect(fetched()).toEqual(['changed']);
    expect((await db.sessions.get('changed'))!.initiative).toBe('Changed elsewhere');

    await vi.advanceTimersByTimeAsync(10);
    await vi.waitFor(async () => expect((await mirror.read('mine'))?.initiative).toBe('Only here'));
  });

  it('never overwrites a change the window made while the disk copy was on its way', async () => {
    await mirror.write(session('s', T + 5, 'From disk'));
    await db.sessions.put(session('s', T + 1, 'Old'));
    duringRead = async () => {
      await db.sessions.put(session('s', T + 10, 'Edited meanwhile'));
    };

    const report = await reconcileWithMirror();
    expect(fetched()).toEqual(['s']);
    expect(report).toMatchObject({ restored: 0, updated: 0 });
    expect((await db.sessions.get('s'))!.initiative).toBe('Edited meanwhile');
  });

  it('names the session of a damaged file from the copy that is kept', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await mirror.write(session('kept-here', T + 1));
    await fs.writeFile(path.join(dir, 'kept-here.rrsession'), 'garbage');
    await db.sessions.put(session('kept-here', T + 4, 'The window’s copy'));

    const report = await reconcileWithMirror();
    expect(report.recovered).toEqual([{ problem: expect.objectContaining({ sessionId: 'kept-here', kind: 'unreadable' }), initiative: 'The window’s copy', kept: 'app' }]);
    expect(fetched()).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    await vi.waitFor(async () => expect((await mirror.read('kept-here'))?.initiative).toBe('The window’s copy'));
  });

  it('reads the window’s ids and update times from the index', async () => {
    await db.sessions.bulkPut([session('b', T + 2), session('a', T + 1)]);
    expect(await localStamps()).toEqual([
      { id: 'a', updatedAt: T + 1 },
      { id: 'b', updatedAt: T + 2 },
    ]);
  });
});
