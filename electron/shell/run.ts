/**
 * Opens Readiness Room in the Chromium shell, headed, and waits until its window is closed.
 * `npm start` runs this where the Electron runtime cannot be had:
 *   node --import tsx electron/shell/run.ts --user-data-dir <folder> [--chromium <executable>]
 * It opens one chromeless app window. Exports go to `~/Documents/Readiness Room exports` (there
 * is no native folder dialog here), and "Show in folder" opens the system's file manager.
 * The Chromium profile (IndexedDB) lives in `<folder>/chromium-profile`; the server's port is
 * remembered in `<folder>/chromium-shell.json` because IndexedDB is keyed by origin (port included).
 * Prints one line on failure, never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumShell, rendererDir, type ChromiumShell } from './chromiumShell';

const DEFAULT_PORT = 47_613;

function defaultUserDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Readiness Room');
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Readiness Room');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Readiness Room');
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function rememberedPort(file: string): Promise<number> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { port?: unknown };
    if (typeof parsed.port === 'number' && Number.isInteger(parsed.port) && parsed.port > 1024 && parsed.port < 65_536) return parsed.port;
  } catch {
    // first run or unreadable: use the default
  }
  return DEFAULT_PORT;
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

async function main(): Promise<void> {
  const userDataDir = argValue('--user-data-dir') ?? defaultUserDataDir();
  const stateFile = path.join(userDataDir, 'chromium-shell.json');
  const port = await rememberedPort(stateFile);
  const base = {
    rendererDir: rendererDir(),
    userDataDir,
    profileDir: path.join(userDataDir, 'chromium-profile'),
    headless: false,
    viewport: null,
    appWindow: true,
    ...(argValue('--chromium') ? { executablePath: argValue('--chromium') } : {}),
    // The shell has no native file dialog: saves go to the user's Documents folder, exports to
    // a folder of their own there, which the Export stage shows.
    dialogFolder: path.join(os.homedir(), 'Documents'),
    exportFolder: path.join(os.homedir(), 'Documents', 'Readiness Room exports'),
    revealInFileManager: true,
    log: (message: string) => console.error(`[readiness-room] ${message}`),
  };

  let shell: ChromiumShell;
  try {
    shell = await launchChromiumShell({ ...base, port });
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    console.error(
      `Port ${port} is busy (is Readiness Room already open?); using another one — sessions come back from the copies on disk.`,
    );
    shell = await launchChromiumShell({ ...base, port: 0 });
  }
  await writeFile(stateFile, `${JSON.stringify({ port: shell.port })}\n`).catch(() => {});

  // Playwright keeps downloads in a temporary folder deleted on close: save them where people look.
  const downloads = path.join(os.homedir(), 'Downloads');
  const keepDownloads = (page: Page): void => {
    page.on('download', (download) => {
      const target = path.join(downloads, path.basename(download.suggestedFilename()));
      download.saveAs(target).then(
        () => console.error(`Saved ${target}`),
        (error: unknown) => console.error(`Could not save ${download.suggestedFilename()}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`),
      );
    });
  };
  shell.context.pages().forEach(keepDownloads);
  shell.context.on('page', keepDownloads);

  const stop = (): void => {
    void shell.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await new Promise<void>((resolve) => {
    shell.page.once('close', () => resolve());
    shell.context.once('close', () => resolve());
  });
  await shell.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Readiness Room could not open in the Chromium shell: ${message}`);
    process.exit(1);
  },
);
