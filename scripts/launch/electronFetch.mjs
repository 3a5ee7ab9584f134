// Runs Electron's own installer (node_modules/electron/install.js, the package's `install-electron`
// command) with a progress line, and turns a failure into a short reason for one line of text.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const PROGRESS_HOOK = fileURLToPath(new URL('./fetchProgress.mjs', import.meta.url));
/** No byte and no word from the installer for this long: the network is not answering. */
export const STALL_MS = 90_000;

/** The Electron executable in `electronDir` (node_modules/electron) when it is installed, else null. */
export function installedElectron(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** The installer's error output as a few words a person can act on. */
export function failureReason(stderr, exitCode) {
  const text = stderr.toString();
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/.test(text)) return 'no connection to its download server';
  const http = /Response code (\d{3})/.exec(text);
  if (http) return `its download server answered ${http[1]}`;
  if (/checksum/i.test(text)) return 'the download did not match its checksum';
  if (/ENOSPC/.test(text)) return 'the disk is full';
  // Node prints an uncaught error's source line first: prefer the "SomeError: message" line.
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines.find((line) => /^\w*Error\b.*:/.test(line)) ?? lines[0];
  if (first) return first.replace(/^\w*Error:\s*/, '').slice(0, 120);
  return `its installer stopped with exit code ${exitCode}`;
}

/**
 * @param {{ installScript: string, nodePath?: string, stallMs?: number, write?: (text: string) => void }} options
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function fetchElectron({ installScript, nodePath = process.execPath, stallMs = STALL_MS, write = (text) => process.stdout.write(text) }) {
  if (!existsSync(installScript)) return Promise.resolve({ ok: false, reason: 'Electron is not in node_modules — run `npm install` first' });
  return new Promise((resolve) => {
    // Electron's installer prints its own bar only after 30 s; ours (the hook) shows it at once.
    const child = spawn(nodePath, ['--import', PROGRESS_HOOK, installScript], {
      env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stalled = false;
    let timer = null;
    const watch = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        child.kill();
      }, stallMs);
    };
    watch();
    child.stdout.on('data', (chunk) => {
      watch();
      write(chunk.toString());
    });
    child.stderr.on('data', (chunk) => {
      watch();
      stderr += chunk.toString();
    });
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      resolve({ ok: false, reason: `its installer could not run (${error.message})` });
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (stalled) resolve({ ok: false, reason: `the download stalled for ${Math.round(stallMs / 1000)} s` });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: failureReason(stderr, code) });
    });
  });
}
