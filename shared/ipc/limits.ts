/**
 * Limits of the IPC contract that the window needs as values. Kept apart from contract.ts, whose
 * zod schemas the window's first chunk must not build at import.
 */

/** At most this many sessions per readMirroredSessions call, so no answer grows without bound. */
export const MAX_SESSIONS_PER_READ = 25;

/** At most this many sessions in one portfolio export (a client's every assessment). */
export const MAX_PORTFOLIO_SESSIONS = 200;
