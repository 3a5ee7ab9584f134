/**
 * What the framework screens ask of the framework library (renderer/src/db/frameworkRepository.ts:
 * IndexedDB with a durable copy beside the sessions, files through main), behind one interface,
 * and the list live from IndexedDB, so a framework brought in by a double-click or a drop shows at once.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { frameworkOf } from '../../../../shared/framework/libraryFramework';
import { db } from '../../db/database';
import type { FrameworkImportOutcome } from '../../db/frameworkRepository';

export interface FrameworkLibrary {
  /** Saves a framework as a template; answers with what was stored (its revision and time stamped). */
  save(framework: Framework): Promise<Framework>;
  /** Deletes it from the library (sessions made from it keep their copy); `restore` undoes that. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Writes it to a .rrframework file the person chooses; false when they cancelled. */
  exportFile(id: string): Promise<boolean>;
  /** Reads a .rrframework file the person chooses into the library. */
  importFile(): Promise<FrameworkImportOutcome>;
}

const repository = () => import('../../db/frameworkRepository');

export const frameworkLibrary: FrameworkLibrary = {
  save: async (framework) => frameworkOf(await (await repository()).saveFramework(framework)),
  remove: async (id) => void (await (await repository()).deleteFramework(id)),
  restore: async (id) => void (await (await repository()).restoreFramework(id)),
  exportFile: async (id) => (await (await repository()).exportFramework(id)).status === 'saved',
  importFile: async () => (await repository()).importFrameworkWithDialog(),
};

/** The firm's frameworks (not deleted), most recently changed first; undefined until first read. */
export function useFrameworks(): Framework[] | undefined {
  const [frameworks, setFrameworks] = useState<Framework[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    // The copies on disk first (a wiped IndexedDB gets them back), then IndexedDB live.
    // The repository (and the schemas it checks with) loads here, not at start: the library's
    // New session dialog lists frameworks, but the window starts without them.
    void repository()
      .then((loaded) => loaded.syncFrameworksWithDisk())
      .catch(() => [])
      .then(() => {
        if (!live) return;
        const subscription = liveQuery(() => db.frameworks.orderBy('updatedAt').reverse().toArray()).subscribe({
          next: (all) => setFrameworks(all.filter((entry) => entry.deletedAt === null).map(frameworkOf)),
          // The list on screen stays; the next change tries again.
          error: (error: unknown) => console.warn('the framework library could not be read', error),
        });
        unsubscribe = () => subscription.unsubscribe();
      });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return frameworks;
}
