import fs from 'node:fs/promises';
import { en, englishDeep } from '../../../shared/inEnglish';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/ipc/dispatcher';
import { backupFileName } from '../../../../../electron/services/sessions/backupRotation';
import { createSessionMirror } from '../../../../../electron/services/sessions/sessionMirror';
import { createSession } from '../../../../../shared/model/createSession';
import type { Session } from '../../../../../shared/model/session';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-22T06:00:00.000Z');

let dir: string;
let folder: string;
let clock: number;
const now = () => new Date(clock);

function session(id: string, initiative = 'Invoice triage pilot', updatedAt = clock): Session {
  return { ...createSession({ initiative, client: 'Acme', id, now: START }), updatedAt };
}

function mirror(extra: Partial<Parameters<typeof createSessionMirror>[0]> = {}) {
  return createSessionMirror({ folder, appVersion: '9.9.9-test', now, ...extra });
}

function withCode(message: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Makes the next rename onto the main file of session `id` fail with `code` (backups are not affected). */
function failNextMainRename(id: string, code: string): void {
  const realRename = fs.rename.bind(fs);
  let failed = false;
  vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
    if (!failed && path.resolve(String(to)) === path.resolve(folder, `${id}.rrsession`)) {
      failed = true;
      throw withCode(code.toLowerCase(), code);
    }
    return realRename(from, to);
  });
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-mirror-'));
  folder = path.join(dir, 'userData', 'sessions');
  clock = START;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('sessionMirror: write and read back', () => {
  it('writes an envelope that listAll and read return deep-equal', async () => {
    const m = mirror();
    const s = session('abc_123-XYZ');
    expect(await m.write(s)).toEqual({ savedAt: '2026-11-22T06:00:00.000Z' });

    const envelope = JSON.parse(await fs.readFile(path.join(folder, 'abc_123-XYZ.rrsession'), 'utf8'));
    expect(envelope).toMatchObject({ type: 'readiness-room-session', version: 1, app: { version: '9.9.9-test' }, savedAt: '2026-11-22T06:00:00.000Z' });
    expect(envelope.session).toEqual(s);

    expect(await m.listAll()).toEqual({ sessions: [s], problems: [] });
    expect(await m.read('abc_123-XYZ')).toEqual(s);
    expect(await m.read('unknown')).toBeNull();
    expect(m.folder).toBe(path.resolve(folder));
  });

  it('reads a mirror written by an earlier run, and lists nothing when the folder does not exist yet', async () => {
    expect(await mirror().listAll()).toEqual({ sessions: [], problems: [] });
    const a = session('a', 'First', START + 1);
    const b = session('b', 'Second', START + 2);
    await mirror().write(a);
    await mirror().write(b);
    const { sessions, problems } = await mirror().listAll();
    expect(problems).toEqual([]);
    expect(sessions).toEqual([b, a]); // most recently updated first
  });

  it('ignores files that are not sessions of the mirror', async () => {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'notes.txt'), 'hello');
    await fs.writeFile(path.join(folder, '.DS_Store'), 'x');
    await fs.mkdir(path.join(folder, 'backups'));
    expect(await mirror().listAll()).toEqual({ sessions: [], problems: [] });
  });

  it('keeps the newer copy when two files hold the same session', async () => {
    const m = mirror();
    const older = session('dup', 'Older', START + 1);
    const newer = session('dup', 'Newer', START + 2);
    await m.write(newer);
    await fs.copyFile(path.join(folder, 'dup.rrsession'), path.join(folder, 'dup (copy).rrsession'));
    await m.write(older);
    expect((await m.listAll()).sessions).toEqual([newer]);
  });

  it('removes temp files a crash left behind, in the folder and in the backups', async () => {
    const stale = [path.join(folder, '.s.rrsession.0123456789ab.tmp'), path.join(folder, 'backups', 's', '.x.rrsession.abcdefabcdef.tmp')];
    await fs.mkdir(path.join(folder, 'backups', 's'), { recursive: true });
    for (const file of stale) await fs.writeFile(file, 'half a sess');
    expect(await mirror().listAll()).toEqual({ sessions: [], problems: [] });
    for (const file of stale) await expect(fs.stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('sessionMirror: ids are file names, never paths', () => {
  const bad = ['', '../evil', '..', '.', 'a/b', 'a\\b', 'a.b', 'a b', 'é', 'x'.repeat(65), 'CON', 'nul', 'Com1', 'lpt9', '%2e%2e', 'a\u0000b'];

  it.each(bad)('refuses %j', async (id) => {
    const m = mirror();
    const s = { ...session('ok'), id };
    const error = await m.write(s).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'invalid-request' });
    await expect(m.read(id)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(m.listBackups(id)).rejects.toMatchObject({ code: 'invalid-request' });
    // nothing was written anywhere
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('accepts the longest allowed id', async () => {
    const id = 'A-_9'.repeat(16);
    await mirror().write(session(id));
    expect(await mirror().read(id)).toEqual(session(id));
  });
});

describe('sessionMirror: writes of one session are serialized and coalesced', () => {
  it('ends with the last content, writing at most twice for a burst of 20', async () => {
    const m = mirror();
    const main = path.join(folder, 'burst.rrsession');
    const renameSpy = vi.spyOn(fs, 'rename');
    const versions = Array.from({ length: 20 }, (_, i) => session('burst', `Version ${i}`, START + i));
    const results = await Promise.all(versions.map((v) => m.write(v)));
    expect(results.every((r) => r.savedAt === '2026-11-22T06:00:00.000Z')).toBe(true);
    expect(await m.read('burst')).toEqual(versions[19]);
    const mainRenames = renameSpy.mock.calls.filter(([, to]) => path.resolve(String(to)) === path.resolve(main));
    expect(mainRenames.length).toBeLessThanOrEqual(2);
  });

  it('never runs two writes of the same session at once, but runs different sessions side by side', async () => {
    const m = mirror();
    const realRename = fs.rename.bind(fs);
    const inFlight = new Map<string, number>();
    const maxInFlight = new Map<string, number>();
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      const key = path.basename(String(to));
      inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
      maxInFlight.set(key, Math.max(maxInFlight.get(key) ?? 0, inFlight.get(key)!));
      await new Promise((resolve) => setTimeout(resolve, 15));
      inFlight.set(key, inFlight.get(key)! - 1);
      return realRename(from, to);
    });
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 5; i++) {
      writes.push(m.write(session('one', `one ${i}`, START + i)));
      writes.push(m.write(session('two', `two ${i}`, START + i)));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(writes);
    expect(maxInFlight.get('one.rrsession')).toBe(1);
    expect(maxInFlight.get('two.rrsession')).toBe(1);
    expect((await m.read('one'))?.initiative).toBe('one 4');
    expect((await m.read('two'))?.initiative).toBe('two 4');
  });

  it('a failed write rejects its callers and the next write goes through', async () => {
    const m = mirror();
    await m.write(session('s', 'Saved'));
    failNextMainRename('s', 'ENOSPC');
    await expect(m.write(session('s', 'Lost for now'))).rejects.toMatchObject({ code: 'io' });
    expect((await m.read('s'))?.initiative).toBe('Saved');
    await m.write(session('s', 'Saved again'));
    expect((await m.read('s'))?.initiative).toBe('Saved again');
  });
});

describe('sessionMirror: write failures become sentences for the consultant', () => {
  it.each([
    ['ENOSPC', /^The disk is full: the session could not be saved to .*s\.rrsession\. Your changes are kept in the app; free some space/],
    ['EACCES', /not allowed to write in .*sessions.*Your changes are kept in the app/],
    ['EPERM', /not allowed to write in/],
    ['EROFS', /read-only.*Your changes are kept in the app/],
    ['EBUSY', /in use by another program.*Your changes are kept in the app/],
  ])('%s', async (code, message) => {
    const m = mirror();
    await m.write(session('s', 'Old'));
    const before = await fs.readFile(path.join(folder, 's.rrsession'));
    failNextMainRename('s', code);
    const error = await m.write(session('s', 'New')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'io' });
    expect((error as Error).message).toMatch(message);
    expect((await fs.readFile(path.join(folder, 's.rrsession'))).equals(before)).toBe(true);
    expect((await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['ENOTDIR', /missing or is not a folder any more.*Your changes are kept in the app/],
    ['EISDIR', /is a folder, so the session could not be saved/],
    ['EXDEV', /could not be saved to .*s\.rrsession \(the system said EXDEV\)\. Your changes are kept in the app/],
  ])('%s also becomes a sentence', async (code, message) => {
    const m = mirror();
    failNextMainRename('s', code);
    const error = await m.write(session('s')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(message);
  });

  it('a sessions folder replaced by a file fails with a sentence, and saves again once it is back', async () => {
    const m = mirror();
    await m.write(session('s', 'Old'));
    const aside = `${folder}.moved`;
    await fs.rename(folder, aside);
    await fs.writeFile(folder, 'not a folder');
    await expect(m.write(session('s', 'New'))).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/is missing or is not a folder any more/) });
    await fs.rm(folder);
    await fs.rename(aside, folder);
    await m.write(session('s', 'Newer'));
    expect((await m.read('s'))?.initiative).toBe('Newer');
  });

  it('passes errors without a code through unchanged (bugs: the dispatcher logs them)', async () => {
    const m = mirror();
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(new TypeError('a bug'));
    await expect(m.write(session('s'))).rejects.toBeInstanceOf(TypeError);
  });

  it('still saves when the backup cannot be taken, and logs why', async () => {
    const log = vi.fn();
    const m = mirror({ log });
    await m.write(session('s', 'First'));
    clock += 10 * MINUTE;
    const realMkdir = fs.mkdir.bind(fs);
    vi.spyOn(fs, 'mkdir').mockImplementation(async (p, o) => {
      if (String(p).includes(`${path.sep}backups${path.sep}`)) throw withCode('denied', 'EACCES');
      return realMkdir(p, o);
    });
    await m.write(session('s', 'Second'));
    expect((await m.read('s'))?.initiative).toBe('Second');
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/backup of session s failed/));
  });
});

describe('sessionMirror: backups', () => {
  it('backs up the previous file before an overwrite, at most every 2 minutes', async () => {
    const m = mirror();
    await m.write(session('s', 'v1'));
    expect(await m.listBackups('s')).toEqual([]); // nothing to back up yet

    clock += 30_000;
    const v1Bytes = await fs.readFile(path.join(folder, 's.rrsession'));
    await m.write(session('s', 'v2')); // no backup yet: first backup
    const first = await m.listBackups('s');
    expect(first).toEqual([{ file: path.join(m.folder, 'backups', 's', backupFileName(now())), takenAt: now().toISOString(), bytes: v1Bytes.byteLength }]);
    expect((await fs.readFile(first[0]!.file)).equals(v1Bytes)).toBe(true);

    clock += 2 * MINUTE - 1;
    await m.write(session('s', 'v3')); // too soon
    expect(await m.listBackups('s')).toHaveLength(1);

    clock += 1;
    await m.write(session('s', 'v4')); // exactly 2 minutes after the last backup
    const second = await m.listBackups('s');
    expect(second.map((b) => b.takenAt)).toEqual([now().toISOString(), first[0]!.takenAt]); // newest first
    const backedUp = JSON.parse(await fs.readFile(second[0]!.file, 'utf8'));
    expect(backedUp.session.initiative).toBe('v3');
  });

  it('honours backupEveryMs and finds the last backup of an earlier run', async () => {
    await mirror({ backupEveryMs: HOUR }).write(session('s', 'v1'));
    clock += MINUTE;
    await mirror({ backupEveryMs: HOUR }).write(session('s', 'v2'));
    clock += 30 * MINUTE;
    await mirror({ backupEveryMs: HOUR }).write(session('s', 'v3')); // a new run: still within the hour
    expect(await mirror().listBackups('s')).toHaveLength(1);
    clock += 30 * MINUTE;
    await mirror({ backupEveryMs: HOUR }).write(session('s', 'v4'));
    expect(await mirror().listBackups('s')).toHaveLength(2);
  });

  it('rotates: 10 most recent plus one a day for 14 days', async () => {
    const m = mirror();
    const taken: number[] = [];
    for (let i = 0; i < 30 * 8; i++) {
      // every 3 hours for 30 days
      await m.write(session('s', `v${i}`, clock));
      if (i > 0) taken.push(clock);
      clock += 3 * HOUR;
    }
    clock -= 3 * HOUR;
    const backups = await m.listBackups('s');
    const times = backups.map((b) => Date.parse(b.takenAt));
    expect(times.slice(0, 10)).toEqual(taken.slice(-10).reverse());
    expect(backups.length).toBeLessThanOrEqual(24);
    const today = Math.floor(clock / DAY);
    const days = new Set(times.map((t) => Math.floor(t / DAY)));
    for (let d = today - 13; d <= today; d++) expect(days.has(d), `day ${d - today}`).toBe(true);
    expect(Math.min(...times)).toBeGreaterThanOrEqual((today - 13) * DAY);
    // each kept daily backup is the newest of its day
    for (const t of times.slice(10)) {
      const newestOfDay = Math.max(...taken.filter((x) => Math.floor(x / DAY) === Math.floor(t / DAY)));
      expect(t).toBe(newestOfDay);
    }
  });

  it('does not back up a damaged file (it would push good backups out) but sets it aside before overwriting it', async () => {
    await mirror().write(session('s', 'v1'));
    const damaged = '{"type": "readiness-room-sess';
    await fs.writeFile(path.join(folder, 's.rrsession'), damaged);
    clock += HOUR;
    const m = mirror();
    await m.write(session('s', 'v2'));
    expect(await m.listBackups('s')).toEqual([]);
    expect((await m.read('s'))?.initiative).toBe('v2');
    const aside = await fs.readdir(path.join(folder, 'set-aside'));
    expect(aside).toEqual([`s.${backupFileName(now())}`]);
    expect(await fs.readFile(path.join(folder, 'set-aside', aside[0]!), 'utf8')).toBe(damaged);
  });

  it('never overwrites a file written by a newer version: it is set aside first', async () => {
    await mirror().write(session('s', 'v1'));
    const file = path.join(folder, 's.rrsession');
    const newer = (await fs.readFile(file, 'utf8')).replace('"version": 1', '"version": 7');
    await fs.writeFile(file, newer);
    await mirror().write(session('s', 'v2'));
    const [aside] = await fs.readdir(path.join(folder, 'set-aside'));
    expect(await fs.readFile(path.join(folder, 'set-aside', aside!), 'utf8')).toBe(newer);
  });

  it('backupNow backs up at once, waits for a write in progress, and never overwrites a backup of the same moment', async () => {
    const m = mirror();
    await m.write(session('s', 'v1'));
    const first = await m.backupNow('s');
    const second = await m.backupNow('s'); // same clock: the name moves on by a millisecond
    expect(first).toBe(backupFileName(now()));
    expect(second).toBe(backupFileName(new Date(clock + 1)));
    const writing = m.write(session('s', 'v2'));
    const third = await m.backupNow('s');
    await writing;
    expect((await m.readBackup('s', third!)).initiative).toBe('v2');
    expect((await m.readBackup('s', first!)).initiative).toBe('v1');
    expect(await m.backupNow('never-written')).toBeNull();
  });

  it('readBackup takes backup names only, never paths', async () => {
    const m = mirror();
    await m.write(session('s', 'v1'));
    await expect(m.readBackup('s', '../s.rrsession')).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(m.readBackup('../x', backupFileName(now()))).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(m.readBackup('s', backupFileName(now()))).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('sessionMirror: damaged files', () => {
  async function writeWithBackups(m: ReturnType<typeof mirror>): Promise<{ v1: Session; v2: Session; v3: Session }> {
    const v1 = session('s', 'v1', START + 1);
    const v2 = session('s', 'v2', START + 2);
    const v3 = session('s', 'v3', START + 3);
    await m.write(v1);
    clock += 5 * MINUTE;
    await m.write(v2); // backs up v1
    clock += 5 * MINUTE;
    await m.write(v3); // backs up v2
    return { v1, v2, v3 };
  }

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['empty', () => ''],
    ['not a session', () => JSON.stringify({ type: 'something-else' })],
    ['invalid', (text: string) => text.replace('"id": "s"', '"id": 42').replace('"initiative": "v3"', '"initiative": 42')],
    ['newer format', (text: string) => text.replace('"version": 1', '"version": 99')],
  ])('a %s main file is reported and the newest good backup is used', async (_kind, damage) => {
    const m = mirror();
    const { v2 } = await writeWithBackups(m);
    const file = path.join(folder, 's.rrsession');
    await fs.writeFile(file, damage(await fs.readFile(file, 'utf8')));
    const backups = await m.listBackups('s');

    const { sessions, problems } = await mirror().listAll();
    expect(sessions).toEqual([v2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(path.join(m.folder, 's.rrsession'));
    expect(en(problems[0]!.message)).toContain(`The backup from ${backups[0]!.takenAt} was used instead`);
    expect(problems[0]).toMatchObject({ sessionId: 's', backupTakenAt: backups[0]!.takenAt, kind: 'used-backup' });
    expect(await mirror().read('s')).toEqual(v2);
  });

  it('a main file with small damage is repaired and used, and the problem names the backup that could replace it', async () => {
    const m = mirror();
    const { v3 } = await writeWithBackups(m);
    const file = path.join(folder, 's.rrsession');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('"divergenceSpread": 2', '"divergenceSpread": "two"'));
    const [newest] = await m.listBackups('s');
    const { sessions, problems } = await mirror().listAll();
    expect(sessions).toEqual([v3]);
    expect(englishDeep(problems)).toEqual([
      {
        file,
        sessionId: 's',
        backupTakenAt: newest!.takenAt,
        kind: 'repaired',
        message: 'It was damaged and has been repaired (1 repair).',
        repairs: ['1 setting field was missing or unreadable and was filled in.'],
      },
    ]);
  });

  it('skips a damaged backup for an older good one', async () => {
    const m = mirror();
    const { v1 } = await writeWithBackups(m);
    const [newest] = await m.listBackups('s');
    await fs.writeFile(newest!.file, 'garbage');
    await fs.writeFile(path.join(folder, 's.rrsession'), 'garbage');
    const { sessions, problems } = await mirror().listAll();
    expect(sessions).toEqual([v1]);
    expect(problems).toHaveLength(1);
  });

  it('reports a damaged file without backups, lists the other sessions, and never throws', async () => {
    const m = mirror();
    const good = session('good');
    await m.write(good);
    await fs.writeFile(path.join(folder, 'bad.rrsession'), 'not json at all');
    await fs.mkdir(path.join(folder, 'folder.rrsession'));
    const { sessions, problems } = await mirror().listAll();
    expect(sessions).toEqual([good]);
    expect(problems.map((p) => path.basename(p.file)).sort()).toEqual(['bad.rrsession', 'folder.rrsession']);
    expect(en(problems.find((p) => p.file.endsWith('bad.rrsession'))!.message)).toMatch(/not valid JSON.*No readable backup/);
    await expect(mirror().read('bad')).rejects.toMatchObject({ code: 'io' });
  });

  it('reports a sessions "folder" that is a file instead of throwing', async () => {
    await fs.mkdir(path.dirname(folder), { recursive: true });
    await fs.writeFile(folder, 'oops');
    const { sessions, problems } = await mirror().listAll();
    expect(sessions).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(en(problems[0]!.message)).toMatch(/could not be read/);
  });
});

describe('sessionMirror: what start-up compares and fetches', () => {
  it('lists ids and update times in listAll order, with the same problems, and reads back only the sessions asked for', async () => {
    const m = mirror();
    const older = session('older', 'Older', START + 1);
    const newer = session('newer', 'Newer', START + 2);
    await m.write(older);
    await m.write(newer);
    await fs.writeFile(path.join(folder, 'bad.rrsession'), 'not json at all');

    const all = await mirror().listAll();
    const stamps = await mirror().listStamps();
    expect(stamps.sessions).toEqual([
      { id: 'newer', updatedAt: START + 2 },
      { id: 'older', updatedAt: START + 1 },
    ]);
    expect(stamps.problems).toEqual(all.problems);
    expect(await mirror().readMany(['older'])).toEqual([older]);
    expect(await mirror().readMany(['newer', 'older', 'newer'])).toEqual([newer, older]);
  });

  it('leaves out what has nothing readable on disk, and never throws', async () => {
    const m = mirror();
    const good = session('good');
    await m.write(good);
    await fs.writeFile(path.join(folder, 'bad.rrsession'), 'not json at all');
    expect(await mirror().readMany(['bad', 'gone', '../escape', 'good'])).toEqual([good]);
  });

  it('gives a damaged main file’s newest good backup, as listAll does', async () => {
    const m = mirror();
    const v1 = session('s', 'v1', START + 1);
    const v2 = session('s', 'v2', START + 2);
    await m.write(v1);
    clock += 5 * MINUTE;
    await m.write(v2); // backs up v1
    await fs.writeFile(path.join(folder, 's.rrsession'), 'garbage');
    expect((await mirror().listStamps()).sessions).toEqual([{ id: 's', updatedAt: START + 1 }]);
    expect(await mirror().readMany(['s'])).toEqual([v1]);
  });

  it('finds a session whose file carries another name', async () => {
    const m = mirror();
    const renamed = session('inside', 'Copied by hand', START + 7);
    await m.write(renamed);
    await fs.rename(path.join(folder, 'inside.rrsession'), path.join(folder, 'copy.rrsession'));
    expect((await mirror().listStamps()).sessions).toEqual([{ id: 'inside', updatedAt: START + 7 }]);
    expect(await mirror().readMany(['inside'])).toEqual([renamed]);
  });
});
