/**
 * The one result shape of every domain operation on a session (`shared/**\/*Ops.ts`): the new
 * session, or a refusal whose message is written for the facilitator and shown in the window's language.
 * Nothing in an operation throws for a move the room can make by mistake.
 */
import type { Message } from '../i18n';
import type { Session } from './session';

export interface Refusal {
  /** A stable code for tests and callers that branch on the reason. */
  code: string;
  /** One sentence the facilitator reads. */
  message: Message;
}

export type OpResult = { ok: true; session: Session; warning?: Message } | { ok: false; refusal: Refusal };

export function done(session: Session, warning?: Message | null): OpResult {
  return warning ? { ok: true, session, warning } : { ok: true, session };
}

export function refuse(code: string, message: Message): OpResult {
  return { ok: false, refusal: { code, message } };
}

/** The session of a result known to succeed (tests, and chains where a refusal is a bug). */
export function sessionOf(result: OpResult): Session {
  if (!result.ok) throw new Error(`Refused (${result.refusal.code}): ${result.refusal.message.id}`);
  return result.session;
}
