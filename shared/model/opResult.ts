/**
 * The one result shape of every domain operation on a session (`shared/**\/*Ops.ts`): the new
 * session, or a refusal whose message is written for the facilitator and is shown as it is.
 * Nothing in an operation throws for a move the room can make by mistake.
 */
import type { Session } from './session';

export interface Refusal {
  /** A stable code for tests and callers that branch on the reason. */
  code: string;
  /** One sentence the facilitator reads, verbatim. */
  message: string;
}

export type OpResult = { ok: true; session: Session; warning?: string } | { ok: false; refusal: Refusal };

export function done(session: Session, warning?: string | null): OpResult {
  return warning ? { ok: true, session, warning } : { ok: true, session };
}

export function refuse(code: string, message: string): OpResult {
  return { ok: false, refusal: { code, message } };
}

/** The session of a result known to succeed (tests, and chains where a refusal is a bug). */
export function sessionOf(result: OpResult): Session {
  if (!result.ok) throw new Error(result.refusal.message);
  return result.session;
}
