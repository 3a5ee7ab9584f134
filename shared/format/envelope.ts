/** The .rrsession file: a versioned envelope around one session. */
import { z } from 'zod';
import type { Session } from '../model/session';

export const FILE_TYPE = 'readiness-room-session';
export const CURRENT_FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.rrsession';
/** Files above this size are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const EnvelopeHeaderSchema = z.object({
  type: z.literal(FILE_TYPE),
  version: z.number().int().min(1),
  app: z.object({ name: z.string(), version: z.string() }).partial().optional(),
  savedAt: z.string().optional(),
  session: z.unknown(),
});

export interface Envelope {
  type: typeof FILE_TYPE;
  version: number;
  app: { name: string; version: string };
  savedAt: string;
  session: Session;
}

export function makeEnvelope(session: Session, appVersion: string, savedAt: Date): Envelope {
  return {
    type: FILE_TYPE,
    version: CURRENT_FORMAT_VERSION,
    app: { name: 'Readiness Room', version: appVersion },
    savedAt: savedAt.toISOString(),
    session,
  };
}

export function serializeEnvelope(envelope: Envelope): string {
  return `${JSON.stringify(envelope, null, 1)}\n`;
}
