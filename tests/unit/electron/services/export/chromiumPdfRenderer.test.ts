/**
 * The printer itself, with Debian's Chromium behind a wrapper script that notes the browser's
 * process id: the page cannot reach the network or run script, a browser that dies is started
 * again for the next document, a missing browser is a clear error, and closing leaves no process
 * and no profile folder behind.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer, DEFAULT_CHROMIUM } from '../../../../../electron/services/export/chromiumPdfRenderer';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-printer-'));
const pidFile = path.join(dir, 'chromium.pid');
const wrapper = path.join(dir, 'chromium.sh');
writeFileSync(wrapper, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${process.env.READINESS_ROOM_CHROMIUM ?? DEFAULT_CHROMIUM}' "$@"\n`);
chmodSync(wrapper, 0o755);

/** The printers' profile folders are made in this test's folder, so none can hide among others'. */
const options = { profileParent: dir };
const profiles = (): string[] => readdirSync(dir).filter((name) => name.startsWith('readiness-room-printer-'));

function pdfText(bytes: Uint8Array): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let server: Server;
let requests = 0;
let origin = '';

beforeAll(async () => {
  server = createServer((_, response) => {
    requests += 1;
    response.end('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('the Chromium PDF printer', () => {
  it('prints without running script or reaching the network, and leaves nothing behind when closed', async () => {
    const printer = createChromiumPdfRenderer(wrapper, options);
    try {
      const html = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${origin}/style.css"></head><body>
        <h1>Printed page</h1><p id="out">Static text</p><img src="${origin}/picture.svg" alt="">
        <script>document.getElementById('out').textContent = 'Script ran'; fetch('${origin}/script');</script></body></html>`;
      const text = pdfText(await printer.renderPdf(html));
      expect(text).toContain('Printed page');
      expect(text).toContain('Static text');
      expect(text).not.toContain('Script ran');
      expect(requests).toBe(0);
      expect(pdfText(await printer.renderPdf('<!doctype html><p>Second document</p>'))).toContain('Second document');
    } finally {
      await printer.close();
    }
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(false);
    expect(profiles()).toEqual([]);
    // The browser's helpers outlive it by a moment: the folder must not come back after them.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(profiles()).toEqual([]);
  });

  it('starts the browser again for the next document when it died', async () => {
    const printer = createChromiumPdfRenderer(wrapper, options);
    try {
      expect(pdfText(await printer.renderPdf('<p>Before</p>'))).toContain('Before');
      const first = Number(readFileSync(pidFile, 'utf8'));
      process.kill(first, 'SIGKILL');
      await expect.poll(() => alive(first)).toBe(false);
      // The document in flight when the browser died may fail; the one after it prints.
      await printer.renderPdf('<p>During</p>').catch(() => undefined);
      expect(pdfText(await printer.renderPdf('<p>After</p>'))).toContain('After');
      expect(Number(readFileSync(pidFile, 'utf8'))).not.toBe(first);
    } finally {
      await printer.close();
    }
    await expect.poll(profiles).toEqual([]);
  });

  it('closes at once while the browser is still starting, and starts again for a document asked for later', async () => {
    const printer = createChromiumPdfRenderer(wrapper, options);
    rmSync(pidFile, { force: true });
    printer.prepare();
    const queued = printer.renderPdf('<p>Queued before the close</p>');
    await printer.close();
    // Stopped at once, the wrapper may not have written its process id yet (or only opened the file).
    const writtenPid = (): string => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : '');
    const warming = writtenPid();
    if (warming !== '') expect(alive(Number(warming))).toBe(false);
    // A document queued before the close fails; it does not start a browser after it.
    await expect(queued).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(writtenPid()).toBe(warming);
    // Closed as it started, its helpers were still writing to the profile: it stays removed.
    expect(profiles()).toEqual([]);
    try {
      expect(pdfText(await printer.renderPdf('<p>Later</p>'))).toContain('Later');
    } finally {
      await printer.close();
    }
    await expect.poll(profiles).toEqual([]);
  });

  it('stops a browser that has not come up yet instead of waiting for it (a refused command closes at once)', async () => {
    // A "browser" that starts and never answers on the DevTools pipe.
    const silentPid = path.join(dir, 'silent.pid');
    const silent = path.join(dir, 'silent.sh');
    writeFileSync(silent, `#!/bin/sh\necho $$ > '${silentPid}'\nexec sleep 300\n`);
    chmodSync(silent, 0o755);
    const printer = createChromiumPdfRenderer(silent, options);
    printer.prepare();
    await expect.poll(() => existsSync(silentPid) && readFileSync(silentPid, 'utf8').trim() !== '').toBe(true);
    const pid = Number(readFileSync(silentPid, 'utf8'));
    // Waiting for it would take the start-up timeout (120 s); the test's own limit is 10 s.
    await printer.close();
    expect(alive(pid)).toBe(false);
    await expect.poll(profiles).toEqual([]);
  }, 10_000);

  it('says which browser it could not start, at once', async () => {
    const missing = path.join(dir, 'no-such-chromium');
    const printer = createChromiumPdfRenderer(missing, options);
    await expect(printer.renderPdf('<p>Nothing</p>')).rejects.toThrow(`Chromium could not start (${missing})`);
    await printer.close();
    expect(existsSync(missing)).toBe(false);
    await expect.poll(profiles).toEqual([]);
  });
});
