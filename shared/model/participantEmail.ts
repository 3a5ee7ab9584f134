/**
 * A participant's optional e-mail address: what a task tracker's import (Jira) needs to assign an
 * action to the right person. Checked loosely but usefully: one "@", no spaces or brackets, a dot
 * in the domain, at most 254 characters (RFC 5321's limit for a path) and 64 before the "@".
 * International addresses (Unicode on either side) are accepted.
 */
import { msg, type Message } from '../i18n/message';

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const NOT_IN_ADDRESS = String.raw`\s@<>()\[\]\\,;:"`;
export const EMAIL_PATTERN = new RegExp(`^[^${NOT_IN_ADDRESS}]{1,${MAX_LOCAL_LENGTH}}@[^${NOT_IN_ADDRESS}.]+(\\.[^${NOT_IN_ADDRESS}.]+)+$`, 'u');

/** The address as it is stored: trimmed; "" means none. */
export function normaliseEmail(email: string): string {
  return email.trim();
}

/** Why an address cannot be used, or null when it can (an empty one is "no address"). */
export function emailError(email: string): Message | null {
  const clean = normaliseEmail(email);
  if (clean === '') return null;
  if (clean.length > MAX_EMAIL_LENGTH) return msg('participants.email.tooLong', { max: MAX_EMAIL_LENGTH });
  if (!EMAIL_PATTERN.test(clean)) return msg('participants.email.invalid', { email: clean });
  return null;
}
