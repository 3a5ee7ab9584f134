/**
 * Opens IndexedDB (the working store) so that a damaged database never blocks start-up: when it
 * cannot be opened it is deleted and rebuilt, and start-up then brings every session back from
 * the copies on disk. A database written by a newer version of the app is never deleted.
 */
import { Dexie } from 'dexie';

export type WorkingStoreState =
  | { state: 'ok' }
  | { state: 'rebuilt'; reason: string }
  | { state: 'newer'; reason: string }
  | { state: 'unavailable'; reason: string };

function describe(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as { inner?: unknown }).inner;
    const detail = inner instanceof Error ? inner.message : error.message;
    return `${error.name}${detail ? `: ${detail}` : ''}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}

function isVersionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as { inner?: unknown }).inner;
  return error.name === 'VersionError' || (inner instanceof Error && inner.name === 'VersionError');
}

export async function openWorkingStore(database: Dexie, log: (message: string) => void = () => {}): Promise<WorkingStoreState> {
  try {
    await database.open();
    return { state: 'ok' };
  } catch (error) {
    const reason = describe(error);
    if (isVersionError(error)) return { state: 'newer', reason };
    log(`the working store could not be opened (${reason}); rebuilding it from the copies on disk`);
    database.close();
    try {
      await Dexie.delete(database.name);
      await database.open();
      return { state: 'rebuilt', reason };
    } catch (again) {
      return { state: 'unavailable', reason: describe(again) };
    }
  }
}

/**
 * Another window opened the database with a newer schema: this one writes what is pending to
 * disk, closes its connection so the upgrade can go on, and reloads to run the new version.
 */
export function closeOnVersionChange(database: Dexie, actions: { flush(): Promise<void>; reload(): void }): () => void {
  const onVersionChange = (): boolean => {
    void actions
      .flush()
      .catch(() => {})
      .finally(() => {
        database.close();
        actions.reload();
      });
    // false: Dexie must not close it by itself before the pending writes went out.
    return false;
  };
  database.on('versionchange', onVersionChange);
  return () => database.on('versionchange').unsubscribe(onVersionChange);
}
