/**
 * User Timing marks for start-up, so a benchmark or a profile reads the time a screen became
 * usable with the page's own clock (`performance.getEntriesByName(name)[0].startTime`, ms since
 * the navigation started) instead of polling from outside.
 */

/** The library lists the sessions and takes input. */
export const LIBRARY_USABLE_MARK = 'readiness-room:library-usable';

/** Marks `name` the first time only (a screen that renders again is not usable "again"). */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}

/** Measures from the navigation's start, for a profile: the first screen's data was ready. */
export const BOOT_FIRST_SCREEN_MEASURE = 'readiness-room:boot-first-screen-data';
/** … and the window and the disk were compared (and what differed was moved). */
export const BOOT_COMPARED_MEASURE = 'readiness-room:boot-compared-with-disk';
