/**
 * Running Electron's installer: real child processes standing in for node_modules/electron/install.js
 * (the real one needs the download server), a real 127.0.0.1 server for the progress line.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureReason, fetchElectron, installedElectron } from '../../../scripts/launch/electronFetch.mjs';
import { formatProgress } from '../../../scripts/launch/progressText.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rr-electron-fetch-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function script(body: string): Promise<string> {
  const file = path.join(dir, 'install.cjs');
  await writeFile(file, body);
  return file;
}

describe('installedElectron', () => {
  it('needs path.txt and the binary it names', async () => {
    expect(installedElectron(dir, {})).toBeNull();
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(installedElectron(dir, {})).toBeNull();
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    expect(installedElectron(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });
});

describe('fetchElectron', () => {
  it('succeeds when the installer exits 0', async () => {
    const installScript = await script(`require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'path.txt'))}, 'electron');`);
    await expect(fetchElectron({ installScript, write: () => {} })).resolves.toEqual({ ok: true });
  });

  it("turns the installer's stack trace into a short reason", async () => {
    const installScript = await script(`console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13'); process.exit(1);`);
    await expect(fetchElectron({ installScript, write: () => {} })).resolves.toEqual({ ok: false, reason: 'no connection to its download server' });
  });

  it('gives up on an installer that stalls', async () => {
    const installScript = await script('setInterval(() => {}, 1000);');
    await expect(fetchElectron({ installScript, stallMs: 300, write: () => {} })).resolves.toEqual({ ok: false, reason: 'the download stalled for 0 s' });
  });

  it('says npm install is needed when Electron is not in node_modules', async () => {
    await expect(fetchElectron({ installScript: path.join(dir, 'missing.js'), write: () => {} })).resolves.toEqual({ ok: false, reason: 'Electron is not in node_modules — run `npm install` first' });
  });

  it('shows the download progress from the first byte', async () => {
    const size = 3_000_000;
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Length': String(size) });
      for (let sent = 0; sent < size; sent += 250_000) response.write(Buffer.alloc(250_000));
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const installScript = await script(`fetch('http://127.0.0.1:${port}/electron.zip').then((r) => r.arrayBuffer()).then((b) => { if (b.byteLength !== ${size}) process.exit(3); });`);
      let printed = '';
      await expect(fetchElectron({ installScript, write: (text) => (printed += text) })).resolves.toEqual({ ok: true });
      const lines = printed.trim().split('\n');
      expect(lines.at(-1)).toBe('Fetching Electron: 100% (3 of 3 MB)');
      expect(lines.length).toBeGreaterThan(1);
    } finally {
      server.close();
    }
  });
});

describe('failureReason', () => {
  it.each([
    ['HTTPError: Response code 404 (Not Found) for https://example.invalid/x.zip', 'its download server answered 404'],
    ['Error: Generated checksum for "electron.zip" did not match expected checksum.', 'the download did not match its checksum'],
    ['Error: ENOSPC: no space left on device', 'the disk is full'],
    ['Error: something else\n    at foo', 'something else'],
    ['', 'its installer stopped with exit code 1'],
  ])('%s', (stderr, reason) => {
    expect(failureReason(stderr, 1)).toBe(reason);
  });
});

describe('formatProgress', () => {
  it('counts every percent on a terminal and every tenth in a log', () => {
    expect(formatProgress(53_500_000, 107_000_000, true)).toBe('Fetching Electron: 50% (53 of 107 MB)');
    expect(formatProgress(60_000_000, 107_000_000, false)).toBe('Fetching Electron: 50% (53 of 107 MB)');
    expect(formatProgress(12_345_678, null, true)).toBe('Fetching Electron: 12 MB');
  });
});
