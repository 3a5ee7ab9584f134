/**
 * A session id is also the name of its file on disk (`<id>.rrsession`), so only ids that are safe
 * file names everywhere are kept as they are; a file with any other id gets a new one on opening.
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Names Windows reserves even with an extension (CON.rrsession cannot be created there). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function isSafeSessionId(id: unknown): id is string {
  return typeof id === 'string' && SAFE_ID.test(id) && !WINDOWS_RESERVED.test(id);
}
