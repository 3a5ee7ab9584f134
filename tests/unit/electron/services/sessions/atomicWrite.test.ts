import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isTempFileName, removeStaleTempFiles, writeFileAtomic } from '../../../../../electron/services/sessions/atomicWrite';

function withCode(message: string, code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Whether chmod 0o500 actually stops this process writing (not as root, not on Windows). */
function chmodBlocksWrites(): boolean {
  const dir = fsSync.mkdtempSync(path.join(os.tmpdir(), 'rr-probe-'));
  try {
    fsSync.chmodSync(dir, 0o500);
    try {
      fsSync.writeFileSync(path.join(dir, 'probe'), 'x');
      return false;
    } catch {
      return true;
    }
  } finally {
    fsSync.chmodSync(dir, 0o700);
    fsSync.rmSync(dir, { recursive: true, force: true });
  }
}

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-atomic-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.chmod(dir, 0o700).catch(() => {});
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file from a string or from bytes', async () => {
    const text = path.join(dir, 'a.rrsession');
    await writeFileAtomic(text, 'héllo\n');
    expect(await fs.readFile(text, 'utf8')).toBe('héllo\n');

    const binary = path.join(dir, 'b.bin');
    const bytes = new Uint8Array([0, 1, 2, 255, 254, 10]);
    await writeFileAtomic(binary, bytes);
    expect(new Uint8Array(await fs.readFile(binary))).toEqual(bytes);
    expect((await fs.readdir(dir)).sort()).toEqual(['a.rrsession', 'b.bin']);
  });

  it('overwrites an existing file, shorter or longer, and leaves no temp file', async () => {
    const file = path.join(dir, 's.rrsession');
    await fs.writeFile(file, 'x'.repeat(10_000));
    await writeFileAtomic(file, 'short');
    expect(await fs.readFile(file, 'utf8')).toBe('short');
    await writeFileAtomic(file, 'y'.repeat(50_000));
    expect(await fs.readFile(file, 'utf8')).toBe('y'.repeat(50_000));
    expect(await fs.readdir(dir)).toEqual(['s.rrsession']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const file = path.join(dir, 'p.rrsession');
    await fs.writeFile(file, 'old');
    await fs.chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('ends with one whole version when many writes race on the same file', async () => {
    const file = path.join(dir, 'race.txt');
    const versions = Array.from({ length: 20 }, (_, i) => `${i}:`.padEnd(20_000 + i * 100, String.fromCharCode(97 + i)));
    await Promise.all(versions.map((v) => writeFileAtomic(file, v)));
    expect(versions).toContain(await fs.readFile(file, 'utf8'));
    expect(await fs.readdir(dir)).toEqual(['race.txt']);
  });

  it('fails in a read-only folder and keeps the old file byte for byte', async (ctx) => {
    ctx.skip(!chmodBlocksWrites(), 'chmod 0o500 does not stop writes here (running as root or on Windows); the simulated failures below cover this');
    const file = path.join(dir, 'ro.rrsession');
    const old = Buffer.from('the old content \u0000\u00ff', 'utf8');
    await fs.writeFile(file, old);
    await fs.chmod(dir, 0o500);
    await expect(writeFileAtomic(file, 'new content')).rejects.toMatchObject({ code: 'EACCES' });
    await fs.chmod(dir, 0o700);
    expect((await fs.readFile(file)).equals(old)).toBe(true);
    expect(await fs.readdir(dir)).toEqual(['ro.rrsession']);
  });

  it('fails when the target is a folder, and leaves the folder and no temp file', async () => {
    const target = path.join(dir, 'taken.rrsession');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await fs.readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(await fs.readdir(dir)).toEqual(['taken.rrsession']);
  });

  it('fails when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.txt'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  describe('simulated failures keep the previous file byte for byte and remove the temp file', () => {
    const old = Buffer.from(`${'old version '.repeat(1000)}\u00e9`, 'utf8');
    let file: string;
    beforeEach(async () => {
      file = path.join(dir, 'keep.rrsession');
      await fs.writeFile(file, old);
    });
    async function expectUnchanged(): Promise<void> {
      expect((await fs.readFile(file)).equals(old)).toBe(true);
      expect(await fs.readdir(dir)).toEqual(['keep.rrsession']);
    }

    it('when the rename fails (EACCES)', async () => {
      vi.spyOn(fs, 'rename').mockRejectedValueOnce(withCode('permission denied', 'EACCES'));
      await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EACCES' });
      await expectUnchanged();
    });

    it('when the disk fills up while writing (ENOSPC)', async () => {
      const realOpen = fs.open.bind(fs);
      vi.spyOn(fs, 'open').mockImplementationOnce(async (...args: Parameters<typeof fs.open>) => {
        const handle = await realOpen(...args);
        const realWrite = handle.write.bind(handle);
        handle.writeFile = async () => {
          await realWrite(Buffer.from('half of the new cont'));
          throw withCode('no space left on device', 'ENOSPC');
        };
        return handle;
      });
      await expect(writeFileAtomic(file, 'new content, long enough')).rejects.toMatchObject({ code: 'ENOSPC' });
      await expectUnchanged();
    });

    it('when fsync of the temp file fails (EIO)', async () => {
      const realOpen = fs.open.bind(fs);
      vi.spyOn(fs, 'open').mockImplementationOnce(async (...args: Parameters<typeof fs.open>) => {
        const handle = await realOpen(...args);
        handle.sync = () => Promise.reject(withCode('i/o error', 'EIO'));
        return handle;
      });
      await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EIO' });
      await expectUnchanged();
    });

    it('when the temp file cannot be created (EROFS)', async () => {
      vi.spyOn(fs, 'open').mockRejectedValueOnce(withCode('read-only file system', 'EROFS'));
      await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EROFS' });
      await expectUnchanged();
    });
  });

  it('ignores platforms that cannot fsync a folder, but reports real folder fsync errors', async () => {
    const file = path.join(dir, 'd.txt');
    const realOpen = fs.open.bind(fs);
    const openFolderFailing = (code: string) =>
      vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
        if (args[0] === dir) throw withCode(`folder open: ${code}`, code);
        return realOpen(...args);
      });

    for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
      openFolderFailing(code);
      await writeFileAtomic(file, code);
      expect(await fs.readFile(file, 'utf8')).toBe(code);
      vi.restoreAllMocks();
    }
    openFolderFailing('EIO');
    await expect(writeFileAtomic(file, 'after')).rejects.toMatchObject({ code: 'EIO' });
    expect(await fs.readFile(file, 'utf8')).toBe('after'); // the rename had happened; only its durability is unknown
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only the temp files a crashed write leaves, and counts them', async () => {
    const stale = ['.a.rrsession.0123456789ab.tmp', '.b.rrsession.ffffffffffff.tmp', '.x.y.z.000000000000.tmp'];
    const others = ['a.rrsession', '.hidden', 'notes.tmp', '.a.rrsession.tmp', '.a.rrsession.XYZ123456789.tmp', 'a.rrsession.0123456789ab.tmp'];
    for (const name of [...stale, ...others]) await fs.writeFile(path.join(dir, name), name);
    await fs.mkdir(path.join(dir, '.d.rrsession.0123456789ab.tmp')); // a folder is never removed
    expect(await removeStaleTempFiles(dir)).toBe(3);
    expect((await fs.readdir(dir)).sort()).toEqual([...others, '.d.rrsession.0123456789ab.tmp'].sort());
    expect(await removeStaleTempFiles(dir)).toBe(0);
  });

  it('returns 0 for a folder that does not exist', async () => {
    expect(await removeStaleTempFiles(path.join(dir, 'nope'))).toBe(0);
  });

  it('recognises the names writeFileAtomic uses', async () => {
    const file = path.join(dir, 'n.rrsession');
    let seen: string | undefined;
    const realRename = fs.rename.bind(fs);
    vi.spyOn(fs, 'rename').mockImplementationOnce(async (from, to) => {
      seen = path.basename(String(from));
      return realRename(from, to);
    });
    await writeFileAtomic(file, 'x');
    expect(seen).toMatch(/^\.n\.rrsession\.[0-9a-f]{12}\.tmp$/);
    expect(isTempFileName(seen!)).toBe(true);
  });
});
