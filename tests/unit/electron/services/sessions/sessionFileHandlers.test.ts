/**
 * The session-file calls as the window uses them, with stand-in dialogs: export → import round
 * trips, recent files, backups and restore (undoable).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionFileHandlers, type SessionFilePorts } from '../../../../../electron/services/sessions/sessionFileHandlers';
import { createSessionMirror } from '../../../../../electron/services/sessions/sessionMirror';
import type { Session } from '../../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';
import { buildLargeSession } from '../../../../fixtures/largeSession';

const MINUTE = 60_000;
let dir: string;
let clock: number;
let nextSave: string | null;
let nextOpen: string | null;
let waiting: string[];

function setup() {
  const ports: SessionFilePorts = {
    userDataDir: path.join(dir, 'userData'),
    appVersion: '0.1.0',
    now: () => new Date(clock),
    log: () => {},
    chooseSessionFileToSave: async () => nextSave,
    chooseSessionFileToOpen: async () => nextOpen,
    takeFileOpenRequests: () => waiting.splice(0),
  };
  const mirror = createSessionMirror({ folder: path.join(ports.userDataDir, 'sessions'), appVersion: '0.1.0', now: ports.now });
  return { mirror, calls: createSessionFileHandlers(ports, mirror) };
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-file-calls-'));
  clock = Date.UTC(2026, 2, 12, 9, 0);
  nextSave = null;
  nextOpen = null;
  waiting = [];
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('save as and open', () => {
  it.each([
    ['the sample workshop', buildSampleWorkshop('sample-1', Date.UTC(2026, 2, 12))],
    ['a large session', buildLargeSession({ participants: 30, roundsPerGap: 3, actions: 200 })],
  ])('round-trips %s deep-equal (export → import)', async (_name, session: Session) => {
    const { calls } = setup();
    nextSave = path.join(dir, 'Documents', 'workshop'); // the dialog returned no extension
    await fs.mkdir(path.dirname(nextSave));
    const saved = await calls.saveSessionAs({ session });
    expect(saved).toEqual({ status: 'saved', path: `${nextSave}.rrsession`, fileName: 'workshop.rrsession' });

    nextOpen = `${nextSave}.rrsession`;
    const opened = await calls.openSessionFile({});
    expect(opened).toMatchObject({ status: 'opened', repairs: [], version: 1 });
    expect(opened.status === 'opened' && opened.session).toEqual(session);
    const again = await calls.openSessionPath({ path: `${nextSave}.rrsession` });
    expect(again.status === 'opened' && again.session).toEqual(session);
  });

  it("leaves the room's secrets out of a saved file", async () => {
    const { calls } = setup();
    const room = { key: 'k'.repeat(22), tokenSecret: 't'.repeat(22), port: 41000, network: 'lan' as const, address: null, interfaceName: null, open: true };
    const session = { ...buildSampleWorkshop('s-room', Date.UTC(2026, 2, 12)), room };
    nextSave = path.join(dir, 'shared.rrsession');
    await calls.saveSessionAs({ session });
    const text = await fs.readFile(nextSave, 'utf8');
    expect(text).not.toContain(room.key);
    expect(text).not.toContain(room.tokenSecret);
    const opened = await calls.openSessionPath({ path: nextSave });
    expect(opened.status === 'opened' && opened.session.room).toBeUndefined();
  });

  it('answers "cancelled" when the person cancels either dialog', async () => {
    const { calls } = setup();
    expect(await calls.saveSessionAs({ session: buildSampleWorkshop('s', clock) })).toEqual({ status: 'cancelled' });
    expect(await calls.openSessionFile({})).toEqual({ status: 'cancelled' });
  });

  it("refuses to save into the app's own sessions folder", async () => {
    const { calls, mirror } = setup();
    nextSave = path.join(mirror.folder, 'other.rrsession');
    await expect(calls.saveSessionAs({ session: buildSampleWorkshop('s', clock) })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('opens by path only .rrsession files named absolutely', async () => {
    const { calls } = setup();
    await expect(calls.openSessionPath({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(calls.openSessionPath({ path: 'relative.rrsession' })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('hands over the files the system asked to open before the window listened', async () => {
    const { calls } = setup();
    waiting.push('/a.rrsession');
    expect(await calls.takeFileOpenRequests({})).toEqual({ paths: ['/a.rrsession'] });
    expect(await calls.takeFileOpenRequests({})).toEqual({ paths: [] });
  });
});

describe('recent files', () => {
  it('remembers files saved and opened, and forgets one that is gone when opened', async () => {
    const { calls } = setup();
    const a = path.join(dir, 'a.rrsession');
    const b = path.join(dir, 'b.rrsession');
    nextSave = a;
    await calls.saveSessionAs({ session: buildSampleWorkshop('s1', clock) });
    clock += 1000;
    nextSave = b;
    await calls.saveSessionAs({ session: { ...buildSampleWorkshop('s2', clock), initiative: 'Second' } });
    clock += 1000;
    await calls.openSessionPath({ path: a });
    expect((await calls.listRecentFiles({})).files.map((f) => [f.fileName, f.initiative, f.exists])).toEqual([
      ['a.rrsession', 'Voice agent for customer service', true],
      ['b.rrsession', 'Second', true],
    ]);
    await fs.rm(b);
    expect(await calls.openSessionPath({ path: b })).toMatchObject({ status: 'refused', code: 'missing' });
    expect((await calls.listRecentFiles({})).files.map((f) => f.fileName)).toEqual(['a.rrsession']);
    expect(await calls.forgetRecentFile({ path: a })).toEqual({ forgotten: true });
  });
});

describe('backups and restore', () => {
  it('lists backups with their sessions, restores one after backing up the current state, and the restore can be undone', async () => {
    const { calls, mirror } = setup();
    const v1 = { ...buildSampleWorkshop('s', clock), initiative: 'v1' };
    await mirror.write(v1);
    clock += 5 * MINUTE;
    const v2 = { ...v1, initiative: 'v2', updatedAt: clock };
    await mirror.write(v2); // backs up v1
    const { backups } = await calls.listSessionBackups({ id: 's' });
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ problem: null, session: v1 });

    clock += MINUTE;
    const restored = await calls.restoreSessionBackup({ id: 's', name: backups[0]!.name });
    expect(restored.session).toEqual(v1);
    // The state before the restore (v2) is now a backup too: undo restores it.
    const undo = await calls.restoreSessionBackup({ id: 's', name: restored.safetyBackup });
    expect(undo.session).toEqual(v2);
    expect((await calls.listSessionBackups({ id: 's' })).backups.map((b) => b.session?.initiative)).toEqual(['v2', 'v2', 'v1']);
  });

  it('shows a damaged backup with its problem, and refuses to restore without a safety backup', async () => {
    const { calls, mirror } = setup();
    await mirror.write(buildSampleWorkshop('s', clock));
    const name = await mirror.backupNow('s');
    await fs.writeFile(path.join(mirror.folder, 'backups', 's', name!), 'garbage');
    const { backups } = await calls.listSessionBackups({ id: 's' });
    expect(backups[0]).toMatchObject({ session: null, problem: expect.stringMatching(/cannot be read/) });
    await expect(calls.restoreSessionBackup({ id: 'other', name: name! })).rejects.toMatchObject({ code: 'not-found' });
    expect(await calls.backupSessionNow({ id: 'nothing-here' })).toEqual({ name: null });
  });
});
