// `npm start`: builds when out/ is missing or stale, then opens Readiness Room in Electron, or —
// where the Electron runtime cannot be had — in the Chromium shell
// (docs/ARCHITECTURE.md, "Two ways the app runs"). Every failure is one line, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (...parts) => path.join(root, ...parts);

const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const BUILD_INPUTS = ['renderer', 'electron/main', 'electron/preload', 'electron/services', 'shared', 'electron.vite.config.ts', 'package.json'];
const CHROMIUM = '/usr/bin/chromium';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function newestInputTime() {
  let newest = 0;
  for (const input of BUILD_INPUTS) {
    const full = fromRoot(input);
    if (!existsSync(full)) continue;
    const info = statSync(full);
    if (info.isFile()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const parent = entry.parentPath ?? entry.path;
      newest = Math.max(newest, statSync(path.join(parent, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function buildIsStale() {
  const outputs = BUILD_OUTPUTS.map((output) => fromRoot(output));
  if (!outputs.every((output) => existsSync(output))) return true;
  const oldestOutput = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return newestInputTime() > oldestOutput;
}

function build() {
  const cli = fromRoot('node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!existsSync(cli)) fail('electron-vite is not installed: run `npm install` first.');
  console.log('Building Readiness Room…');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
    const reason = output.split('\n').map((line) => line.trim()).find((line) => /error/i.test(line)) ?? 'see `npm run build`';
    fail(`The build failed (${reason.slice(0, 200)}); run \`npm run build\` to see the details.`);
  }
}

/** The Electron binary, found without `require('electron')` (which tries to download it). */
function electronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const electronDir = fromRoot('node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = override ? path.join(override, relative) : path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function userDataDir() {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Readiness Room');
  if (process.platform === 'win32') return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Readiness Room');
  return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Readiness Room');
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('error', (error) => fail(`Readiness Room could not start: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
}

function main() {
  if (!hasDisplay()) {
    fail('No display found: Readiness Room needs a desktop — run it under xvfb-run (xvfb-run -a npm start), or on a desktop.');
  }
  if (buildIsStale()) build();
  const electron = electronBinary();
  if (electron) {
    run(electron, ['.']);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    fail(`Neither the Electron runtime nor Chromium (${CHROMIUM}) is available: install one of them (e.g. apt-get install chromium).`);
  }
  console.log('Electron runtime not available on this machine — opening Readiness Room in the Chromium shell instead.');
  run(process.execPath, ['--import', 'tsx', fromRoot('electron', 'shell', 'run.ts'), '--user-data-dir', userDataDir()]);
}

process.on('uncaughtException', (error) => fail(`Readiness Room could not start: ${String(error?.message ?? error).split('\n')[0]}`));
try {
  main();
} catch (error) {
  fail(`Readiness Room could not start: ${String(error?.message ?? error).split('\n')[0]}`);
}
