#!/usr/bin/env node
/**
 * The installers, proven offline: runs electron-builder's real `--linux dir` packaging of the
 * built app (out/) with `electronDist` pointed at a stand-in for Electron's unpacked zip, then
 * inspects resources/app.asar:
 * - it holds out/, the shipped fonts (assets/fonts), package.json and node_modules, nothing else,
 *   and out/ and the fonts are complete (same bytes);
 * - node_modules is exactly the production dependency tree (dependencies and installed optional
 *   dependencies, followed as Node resolves them), with no development tooling;
 * - every package the built main process imports is in it;
 * - every native `.node` file and every chart font (assets/fonts/charts, read by resvg's own
 *   code) is unpacked next to it (app.asar.unpacked);
 * and finally runs the run-time suite (tests/runtime) against the packaged main process and
 * preload, extracted from the archive. Exit 0 when all holds, 1 otherwise.
 *
 * Usage: npm run build && npm run package:check   (keeps its folder with --keep)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const problems = [];
const fail = (message) => problems.push(message);
const step = (message) => console.log(`package:check ▸ ${message}`);

/** Packages that are tools for building and testing: never part of the installed app. */
const DEV_TOOLING = [
  'electron', 'electron-builder', 'app-builder-lib', 'electron-vite', 'vite', 'vitest', 'rolldown', 'esbuild', 'typescript',
  'eslint', 'typescript-eslint', 'tsx', '@playwright/test', 'playwright-core', 'jsdom', 'fake-indexeddb', 'fast-check',
  '@electron/asar', '@doyensec/electronegativity', 'react', 'react-dom', 'dexie', 'zustand',
];

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * A stand-in for Electron's unpacked Linux zip. electron-builder 26 copies the folder as it is,
 * renames `electron` to the app's executable name and moves `LICENSE` to LICENSE.electron.txt
 * (app-builder-lib/out/electron/ElectronFramework.js); the rest is what the real zip holds.
 */
function makeElectronDist(dir, version) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const executable = path.join(dir, 'electron');
  writeFileSync(executable, '#!/bin/sh\necho "This is a stand-in for the Electron binary, made by npm run package:check." >&2\nexit 1\n');
  chmodSync(executable, 0o755);
  writeFileSync(path.join(dir, 'version'), `${version}\n`);
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for Electron\'s LICENSE.\n');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stand-in</title>\n');
  for (const file of ['locales/en-US.pak', 'resources.pak', 'icudtl.dat', 'v8_context_snapshot.bin', 'snapshot_blob.bin', 'chrome_100_percent.pak', 'chrome_200_percent.pak', 'libffmpeg.so']) {
    writeFileSync(path.join(dir, file), '');
  }
}

/** The folder Node would load `name` from when `fromDir`'s package requires it, or null. */
function resolvePackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return null;
  }
}

/** The production dependency tree as installed: name@version of every package Node would load. */
function productionTree() {
  const found = new Map();
  const visit = (packageDir, isRoot) => {
    const manifest = readJson(path.join(packageDir, 'package.json'));
    const required = Object.keys(manifest.dependencies ?? {});
    const optional = Object.keys(manifest.optionalDependencies ?? {});
    for (const name of [...required, ...optional]) {
      const dir = resolvePackageDir(name, packageDir);
      if (!dir) {
        if (!optional.includes(name)) fail(`${isRoot ? 'package.json' : path.relative(root, packageDir)} depends on ${name}, which is not installed`);
        continue;
      }
      const id = `${name}@${readJson(path.join(dir, 'package.json')).version}`;
      if (found.has(id)) continue;
      found.set(id, dir);
      visit(dir, false);
    }
  };
  visit(root, true);
  return found;
}

/**
 * name@version of every package inside the archive (wherever a package.json sits directly in a
 * node_modules folder). electron-builder lays the tree out anew, so folders may differ from ours.
 */
function archivedPackages(archive, files) {
  const packages = new Map();
  for (const file of files) {
    const match = /^\/?((?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/@][^/]*))\/package\.json$/.exec(file);
    if (!match) continue;
    const { name, version } = JSON.parse(asar.extractFile(archive, match[0].replace(/^\//, '')).toString('utf8'));
    // Some packages keep a package.json in a sub-folder (e.g. for "exports"): only the folder's own counts.
    if (name !== match[2]) continue;
    packages.set(`${name}@${version}`, match[1]);
  }
  return packages;
}

/** Bare package names the built main process imports (statically or with import()). */
function importedPackages(mainSource) {
  const names = new Set();
  // A keyword, not the end of a message id such as "ics.summary.from"; a specifier is one token.
  for (const match of mainSource.matchAll(/(?<![.\w$])(?:from\s*|import\s*\(\s*|import\s+)["']([@a-z0-9][\w.@/-]*)["']/g)) {
    const specifier = match[1];
    if (specifier.startsWith('node:') || specifier === 'electron') continue;
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    if (isBuiltin(name)) continue;
    names.add(name);
  }
  return names;
}

function runBuilder(distDir, outputDir) {
  const cli = path.join(root, 'node_modules/electron-builder/cli.js');
  const args = [cli, '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${distDir}`, `-c.directories.output=${outputDir}`];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electron-builder exited with ${run.status}`);
  }
}

function main() {
  const started = Date.now();
  const outDir = path.join(root, 'out');
  if (!existsSync(path.join(outDir, 'main/index.js'))) throw new Error('out/ is missing: run `npm run build` first.');
  const manifest = readJson(path.join(root, 'package.json'));
  const electronVersion = readJson(path.join(root, 'node_modules/electron/package.json')).version;
  const executableName = 'readiness-room';

  const work = mkdtempSync(path.join(os.tmpdir(), 'readiness-package-'));
  const distDir = path.join(work, 'electron-dist');
  const outputDir = path.join(work, 'dist');
  makeElectronDist(distDir, electronVersion);

  step(`electron-builder --linux dir (Electron ${electronVersion} stand-in at ${distDir})`);
  runBuilder(distDir, outputDir);
  const packagedAt = Date.now();
  const appOut = path.join(outputDir, 'linux-unpacked');
  const archive = path.join(appOut, 'resources/app.asar');
  if (!existsSync(archive)) throw new Error(`electron-builder wrote no ${path.relative(work, archive)}`);
  if (!existsSync(path.join(appOut, executableName))) fail(`the packaged app has no executable named ${executableName}`);

  step('inspecting app.asar');
  const files = asar.listPackage(archive).map((f) => f.split(path.sep).join('/'));
  const fileSet = new Set(files.map((f) => f.replace(/^\//, '')));
  const topLevel = new Set(files.map((f) => f.replace(/^\//, '').split('/')[0]));
  const expectedTopLevel = ['out', 'assets', 'package.json', 'node_modules'];
  for (const entry of topLevel) if (!expectedTopLevel.includes(entry)) fail(`app.asar holds ${entry}, which the app does not need`);
  for (const needed of expectedTopLevel) if (!topLevel.has(needed)) fail(`app.asar has no ${needed}`);
  for (const file of fileSet) if (file.startsWith('assets/') && file !== 'assets/fonts' && !file.startsWith('assets/fonts/')) fail(`app.asar holds ${file}, which the app does not need`);

  // out/ and the fonts the PDF report embeds complete, byte for byte.
  // out/cli is the headless export for the repository (npm run export), not part of the app.
  const inApp = (file) => !path.relative(outDir, file).split(path.sep).join('/').startsWith('cli/');
  for (const file of fileSet) if (file.startsWith('out/cli/')) fail(`app.asar holds ${file}, the command-line export, which the app does not need`);
  for (const file of [...filesUnder(outDir).filter(inApp), ...filesUnder(path.join(root, 'assets', 'fonts'))]) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (!fileSet.has(relative)) {
      fail(`app.asar lacks ${relative}`);
      continue;
    }
    if (sha256(asar.extractFile(archive, relative)) !== sha256(readFileSync(file))) fail(`app.asar holds a different ${relative}`);
  }
  const packagedManifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  if (packagedManifest.main !== manifest.main) fail(`the packaged package.json names main ${packagedManifest.main}, not ${manifest.main}`);

  // Exactly the production dependencies.
  const expected = productionTree();
  const packaged = archivedPackages(archive, files);
  for (const id of expected.keys()) if (!packaged.has(id)) fail(`app.asar lacks the production dependency ${id}`);
  for (const [id, dir] of packaged) if (!expected.has(id)) fail(`app.asar holds ${id} (${dir}), which is not a production dependency`);
  const packagedNames = new Set([...packaged.keys()].map((id) => id.slice(0, id.lastIndexOf('@'))));
  const devOnly = Object.keys(manifest.devDependencies ?? {}).filter((name) => ![...expected.keys()].some((id) => id.startsWith(`${name}@`)));
  for (const tool of new Set([...DEV_TOOLING, ...devOnly])) if (packagedNames.has(tool)) fail(`app.asar holds the development tool ${tool}`);
  for (const name of importedPackages(readFileSync(path.join(outDir, 'main/index.js'), 'utf8'))) {
    if (!packagedNames.has(name)) fail(`out/main imports ${name}, which app.asar lacks (is it listed under dependencies?)`);
  }

  // Native binaries cannot load from inside an archive, and resvg cannot read a font from one:
  // each must be unpacked beside it.
  const nativeFiles = files.map((f) => f.replace(/^\//, '')).filter((f) => f.endsWith('.node'));
  const chartFonts = filesUnder(path.join(root, 'assets', 'fonts', 'charts')).map((file) => path.relative(root, file).split(path.sep).join('/'));
  if (chartFonts.length === 0) fail('assets/fonts/charts holds no chart fonts');
  for (const file of [...nativeFiles, ...chartFonts]) {
    if (!fileSet.has(file)) continue;
    if (!asar.statFile(archive, file).unpacked) fail(`${file} is packed inside app.asar (native files and chart fonts must be unpacked)`);
    else if (!existsSync(path.join(`${archive}.unpacked`, file))) fail(`${file} is marked unpacked but missing from app.asar.unpacked`);
  }
  const installedNative = [...expected.values()].flatMap((dir) => filesUnder(dir).filter((f) => f.endsWith('.node')));
  if (nativeFiles.length < installedNative.length) fail(`app.asar has ${nativeFiles.length} native files; the production dependencies install ${installedNative.length}`);

  step(`${packaged.size} packages, ${nativeFiles.length} native file(s) unpacked, ${Math.round(statSync(archive).size / 1e6)} MB archive`);

  // The packaged main process and preload, run against the Electron stand-in.
  const extracted = path.join(work, 'app');
  asar.extractAll(archive, extracted);
  step('the run-time suite against the packaged main process');
  const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
  const suite = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/runtime/vitest.config.ts', 'mainProcess', 'withoutChartRenderer'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, READINESS_ROOM_APP_DIR: extracted, READINESS_ROOM_PACKAGED: '1' },
  });
  if (suite.status !== 0) fail('the run-time suite failed against the packaged app');

  const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
  step(`packaging ${seconds(packagedAt - started)}, checks and run-time suite ${seconds(Date.now() - packagedAt)}`);
  if (keep) step(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`package:check ✗ ${problem}`);
    process.exit(1);
  }
  step('the packaged app holds what it needs and nothing else');
}

try {
  main();
} catch (error) {
  console.error(`package:check ✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
