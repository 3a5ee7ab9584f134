/**
 * "Show in folder" for the Chromium shell, which has no Electron `shell.showItemInFolder`: asks
 * the system's file manager to show the file (macOS, Windows) or open its folder (Linux, where
 * xdg-open cannot select a file). When none answers, the person is told where the file is.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { UserFacingError } from '../services/ipc/dispatcher';

/** An opener still running after this long has opened (some stay attached); xdg-open can take ~10 s to give up. */
const SETTLE_MS = 15_000;

export function fileManagerCommand(filePath: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: ['-R', filePath] };
  if (platform === 'win32') return { command: 'explorer.exe', args: [`/select,${filePath}`] };
  return { command: 'xdg-open', args: [path.dirname(filePath)] };
}

export async function revealInFileManager(filePath: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const { command, args } = fileManagerCommand(filePath, platform);
  const opened = await new Promise<boolean>((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    const settled = setTimeout(() => {
      child.unref();
      resolve(true);
    }, SETTLE_MS);
    child.once('error', () => {
      clearTimeout(settled);
      resolve(false);
    });
    // explorer.exe exits 1 even when it opened the window.
    child.once('exit', (code) => {
      clearTimeout(settled);
      resolve(code === 0 || platform === 'win32');
    });
  });
  if (!opened) throw new UserFacingError('io', `No file manager could be opened here. The documents are in ${path.dirname(filePath)}`);
}
