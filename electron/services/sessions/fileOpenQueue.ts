/**
 * Session and framework files the system asks the app to open (a double-click, a path on the command line, a
 * second launch, macOS `open-file`). Until the window says it listens (`take()`), requests wait
 * here; after that each one is pushed to the window at once. Plain Node, so it can be tested.
 */
import path from 'node:path';
import { FILE_EXTENSION } from '../../../shared/format/envelope';
import { FRAMEWORK_FILE_EXTENSION } from '../../../shared/format/frameworkEnvelope';

/** The files the app opens when the system names them: sessions, and frameworks for the library. */
const OPENABLE_EXTENSIONS = [FILE_EXTENSION, FRAMEWORK_FILE_EXTENSION];

export interface FileOpenQueue {
  /** A file to open. Delivered now when the window listens and `deliver` succeeds, else kept. */
  request(filePath: string): void;
  /** The window is listening: returns what waited, and later requests are delivered directly. */
  take(): string[];
}

/** `deliver` returns false when no window could take it (none open yet); the path then waits. */
export function createFileOpenQueue(deliver: (filePath: string) => boolean): FileOpenQueue {
  let listening = false;
  const waiting: string[] = [];
  return {
    request(filePath) {
      if (listening && deliver(filePath)) return;
      if (!waiting.includes(filePath)) waiting.push(filePath);
    },
    take() {
      listening = true;
      return waiting.splice(0);
    },
  };
}

/**
 * The session and framework files named in a command line, as absolute paths. Flags (`--foo`,
 * `-psn_…` from old macOS launches) and anything that is not a .rrsession or .rrframework file are ignored.
 */
export function openableFilesInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && OPENABLE_EXTENSIONS.some((extension) => arg.toLowerCase().endsWith(extension)))
    .map((arg) => path.resolve(workingDirectory, arg));
}
