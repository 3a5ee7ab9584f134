/**
 * Starts the built main process (out/main/index.js) in this Node process against the stand-in:
 * a private copy of the app's out/ (so the test may plant symlinks in its renderer folder), the
 * stand-in on globalThis, and the module hook that routes `electron` to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ElectronStandIn } from './standIn';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STAND_IN_KEY = Symbol.for('readiness-room.electron-stand-in');
const require = createRequire(import.meta.url);
const nativeImport = require('./nativeImport.cjs') as (specifier: string) => Promise<unknown>;

/**
 * The app under test: the repository's own build, or (READINESS_ROOM_APP_DIR) an app folder
 * extracted from a packaged app.asar, with READINESS_ROOM_PACKAGED=1 when it is packaged.
 */
export function appUnderTest(): { root: string; packaged: boolean } {
  const root = path.resolve(process.env.READINESS_ROOM_APP_DIR ?? path.join(HERE, '../../..'));
  return { root, packaged: process.env.READINESS_ROOM_PACKAGED === '1' };
}

/** Makes `electron` resolve to this stand-in in modules Node loads from now on (once per process). */
export function installStandIn(standIn: ElectronStandIn, missingPackages: string[] = []): void {
  (globalThis as Record<symbol, unknown>)[STAND_IN_KEY] = standIn;
  register(pathToFileURL(path.join(HERE, 'hooks.mjs')), { data: { exportNames: standIn.mainExportNames(), missing: missingPackages } });
}

/** Imports a file with Node's own loader, as Electron loads the main process. */
export function importNatively(file: string): Promise<unknown> {
  return nativeImport(pathToFileURL(file).href);
}

export interface LaunchedMain {
  standIn: ElectronStandIn;
  /** The private app folder main runs from (out/, assets/fonts, package.json, node_modules). */
  appDir: string;
  rendererDir: string;
  preloadPath: string;
  userDataDir: string;
  documentsDir: string;
  /** A scratch folder for the test's own files. */
  scratchDir: string;
}

export async function launchMain(options: { missingPackages?: string[] } = {}): Promise<LaunchedMain> {
  const { root, packaged } = appUnderTest();
  const builtMain = path.join(root, 'out/main/index.js');
  if (!existsSync(builtMain)) throw new Error(`${builtMain} is missing: run \`npm run build\` before the run-time suite.`);
  const base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'readiness-runtime-')));
  const appDir = path.join(base, 'app');
  await mkdir(appDir);
  await cp(path.join(root, 'out'), path.join(appDir, 'out'), { recursive: true });
  await cp(path.join(root, 'package.json'), path.join(appDir, 'package.json'));
  // The fonts the PDF report embeds, where an installation keeps them (missing ones fail the export tests).
  await cp(path.join(root, 'assets', 'fonts'), path.join(appDir, 'assets', 'fonts'), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
  const userDataDir = path.join(base, 'userData');
  const documentsDir = path.join(base, 'Documents');
  const scratchDir = path.join(base, 'scratch');
  for (const dir of [userDataDir, documentsDir, scratchDir]) await mkdir(dir);
  await writeFile(path.join(base, 'outside-the-renderer.txt'), 'a file next to the app, never to be served');

  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const standIn = new ElectronStandIn({ userDataDir, documentsDir, appVersion: version, isPackaged: packaged });
  installStandIn(standIn, options.missingPackages ?? []);
  await importNatively(path.join(appDir, 'out/main/index.js'));
  return {
    standIn,
    appDir,
    rendererDir: path.join(appDir, 'out/renderer'),
    preloadPath: path.join(appDir, 'out/preload/index.cjs'),
    userDataDir,
    documentsDir,
    scratchDir,
  };
}

/** The app becomes ready; resolves once the main window shows, fails at once on a refusal. */
export async function becomeReadyAndShow(standIn: ElectronStandIn): Promise<void> {
  standIn.becomeReady();
  await settle(() => {
    if (standIn.violations.length > 0) throw new Error(`the stand-in refused: ${standIn.violations.join('; ')}`);
    return standIn.windows[0]?.visible === true;
  }, 'the main window to show');
}

/** Lets pending promise callbacks and I/O run until `done` holds (or fails after `limitMs` of real time). */
export async function settle(done: () => boolean, what: string, limitMs = 120_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
