/**
 * The IPC call that brings a tracker back (see shared/ipc/contract.ts): the person picks the file
 * in the system's Open dialog, main reads it here and returns its rows; the window compares them
 * with the session and applies what the person accepts. handlers.ts spreads it into the one map.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenedTrackerFile } from '../../../shared/ipc/contract';
import { msg, type Message } from '../../../shared/i18n';
import type { Handlers } from '../ipc/dispatcher';
import type { Ports } from '../ports';
import { readFailure } from '../sessions/sessionFiles';
import { readTrackerWorkbook, tooLargeMessage, TRACKER_LIMITS, type TrackerLimits } from './trackerReader';

type Refused = Extract<OpenedTrackerFile, { status: 'refused' }>;

/** Reads one returned tracker. Never throws: a refusal carries a sentence, and nothing was changed. */
export async function readTrackerFile(filePath: string, limits: TrackerLimits = TRACKER_LIMITS): Promise<OpenedTrackerFile> {
  const file = path.resolve(filePath);
  const fileName = path.basename(file);
  const refuse = (code: Refused['code'], message: Message): Refused => ({ status: 'refused', fileName, code, message });
  // The task trackers' CSV files carry no action ids: their rows could only be guessed at by title.
  if (path.extname(file).toLowerCase() === '.csv') return refuse('csv', msg('trackerImport.refusal.csv'));
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) return refuse('unreadable', msg('trackerImport.refusal.notAWorkbook'));
    // Size first: a huge file is refused before a single byte of it is read.
    if (stats.size > limits.maxBytes) return refuse('too-large', tooLargeMessage(stats.size, limits));
    const result = await readTrackerWorkbook(await fs.readFile(file), limits);
    if (!result.ok) return refuse(result.code, result.message);
    return { status: 'read', fileName, sessionId: result.tracker.marker.sessionId, language: result.tracker.marker.language, rows: result.tracker.rows };
  } catch (error) {
    const failure = readFailure(error, file, fileName);
    return refuse(failure.code, failure.message);
  }
}

export function createTrackerHandlers(ports: Pick<Ports, 'chooseTrackerFileToOpen'>): Pick<Handlers, 'importTrackerFile'> {
  return {
    importTrackerFile: async () => {
      const chosen = await ports.chooseTrackerFileToOpen();
      return chosen ? readTrackerFile(chosen) : { status: 'cancelled' };
    },
  };
}
