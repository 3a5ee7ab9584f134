/** A framework as the library keeps it (see libraryFramework.ts): the framework and when it was deleted. */
import { z } from 'zod';
import { FrameworkSchema } from './frameworkSchema';

export const LibraryFrameworkSchema = FrameworkSchema.extend({
  /** When it was deleted (ms), or null while it is in the library. */
  deletedAt: z.number().int().nonnegative().nullable(),
});
export type LibraryFramework = z.infer<typeof LibraryFrameworkSchema>;
