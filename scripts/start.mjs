// `npm start`: builds when out/ is missing or stale, then opens Readiness Room in Electron —
// fetching Electron's binary first with its own installer when it is missing — or, only when that
// fetch fails, in the Chromium shell (docs/ARCHITECTURE.md, "Two ways the app runs"). The decision
// is scripts/launch/launchPlan.mjs. Every failure is one line, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './launch/chromiumProbe.mjs';
import { fetchElectron, installedElectron } from './launch/electronFetch.mjs';
import { decideLaunch } from './launch/launchPlan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (...parts) => path.join(root, ...parts);

const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const BUILD_INPUTS = ['renderer', 'electron/main', 'electron/preload', 'electron/services', 'shared', 'electron.vite.config.ts', 'package.json'];
const ELECTRON_DIR = fromRoot('node_modules', 'electron');

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

async function main() {
  const chromium = findChromium({ platform: process.platform, env: process.env });
  const plan = await decideLaunch({
    platform: process.platform,
    hasDisplay: hasDisplay(),
    electronBinary: () => installedElectron(ELECTRON_DIR),
    skipFetch: Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD),
    fetchElectron: () => fetchElectron({ installScript: path.join(ELECTRON_DIR, 'install.js') }),
    chromiumPath: () => chromium.path,
    snapChromium: chromium.snap,
    say: (line) => console.log(line),
  });
  if (plan.kind === 'fail') fail(plan.message);
  if (buildIsStale()) build();
  if (plan.kind === 'electron') {
    run(plan.binary, ['.']);
    return;
  }
  run(process.execPath, ['--import', 'tsx', fromRoot('electron', 'shell', 'run.ts'), '--user-data-dir', userDataDir(), '--chromium', plan.chromium]);
}

process.on('uncaughtException', (error) => fail(`Readiness Room could not start: ${String(error?.message ?? error).split('\n')[0]}`));
main().catch((error) => fail(`Readiness Room could not start: ${String(error?.message ?? error).split('\n')[0]}`));
