/** "Show in folder" in the Chromium shell: the system opener really runs, and a failure is a sentence. */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileManagerCommand, revealInFileManager } from '../../../../electron/shell/fileManager';

let bin: string;
const originalPath = process.env.PATH;

beforeEach(async () => {
  bin = await mkdtemp(path.join(os.tmpdir(), 'rr-opener-'));
  process.env.PATH = `${bin}${path.delimiter}${originalPath}`;
});
afterEach(async () => {
  process.env.PATH = originalPath;
  await rm(bin, { recursive: true, force: true });
});

async function fakeOpener(body: string): Promise<void> {
  const file = path.join(bin, 'xdg-open');
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
}

describe('revealInFileManager', () => {
  it("opens the file's folder with xdg-open on Linux", async () => {
    await fakeOpener(`printf '%s' "$1" > ${JSON.stringify(path.join(bin, 'opened'))}`);
    await revealInFileManager('/home/ana/Documents/Readiness Room exports/report.pdf', 'linux');
    expect(await readFile(path.join(bin, 'opened'), 'utf8')).toBe('/home/ana/Documents/Readiness Room exports');
  });

  it('says where the documents are when no file manager answers', async () => {
    await fakeOpener('echo "xdg-open: no method available" >&2; exit 3');
    await expect(revealInFileManager('/home/ana/exports/report.pdf', 'linux')).rejects.toMatchObject({
      code: 'io',
      message: 'No file manager could be opened here. The documents are in /home/ana/exports',
    });
  });

  it('names the right command on each system', () => {
    expect(fileManagerCommand('/Users/ana/r.pdf', 'darwin')).toEqual({ command: 'open', args: ['-R', '/Users/ana/r.pdf'] });
    expect(fileManagerCommand('C:\\r.pdf', 'win32')).toEqual({ command: 'explorer.exe', args: ['/select,C:\\r.pdf'] });
  });
});
