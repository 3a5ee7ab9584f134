/**
 * The .rrframework file: a versioned envelope around one framework, with the same rules as the
 * session file (envelope.ts): a type, a format version read before anything else, a size limit.
 * The library's own copies also say when the framework was deleted (so "Undo" and a restart agree);
 * a file written for sharing never carries that.
 */
import { z } from 'zod';
import type { Framework } from '../framework/frameworkSchema';
import { MAX_FILE_BYTES } from './envelope';

export const FRAMEWORK_FILE_TYPE = 'readiness-room-framework';
export const CURRENT_FRAMEWORK_FORMAT_VERSION = 1;
export const FRAMEWORK_FILE_EXTENSION = '.rrframework';
/** The same limit as session files: above it a file is refused before it is read. */
export const MAX_FRAMEWORK_FILE_BYTES = MAX_FILE_BYTES;

export const FrameworkEnvelopeHeaderSchema = z.object({
  type: z.literal(FRAMEWORK_FILE_TYPE),
  version: z.number().int().min(1),
  app: z.object({ name: z.string(), version: z.string() }).partial().optional(),
  savedAt: z.string().optional(),
  /** Only in the library's folder: when the framework was deleted (undoable), or null. */
  deletedAt: z.number().int().nonnegative().nullable().optional(),
  framework: z.unknown(),
});

export interface FrameworkEnvelope {
  type: typeof FRAMEWORK_FILE_TYPE;
  version: number;
  app: { name: string; version: string };
  savedAt: string;
  deletedAt?: number | null;
  framework: Framework;
}

export function makeFrameworkEnvelope(framework: Framework, appVersion: string, savedAt: Date, deletedAt?: number | null): FrameworkEnvelope {
  return {
    type: FRAMEWORK_FILE_TYPE,
    version: CURRENT_FRAMEWORK_FORMAT_VERSION,
    app: { name: 'Readiness Room', version: appVersion },
    savedAt: savedAt.toISOString(),
    ...(deletedAt === undefined ? {} : { deletedAt }),
    framework,
  };
}

export function serializeFrameworkEnvelope(envelope: FrameworkEnvelope): string {
  return `${JSON.stringify(envelope, null, 1)}\n`;
}
