/**
 * The room's secrets: the key in the QR address (≥ 128 bits), the short code people type, the
 * participant tokens (256 bits) and the phones' ids. All from the operating system's CSPRNG;
 * comparisons of secrets take constant time.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/room/roomConstants';

/** 24 random bytes: 192 bits, 32 base64url characters. */
export function newRoomKey(): string {
  return randomBytes(24).toString('base64url');
}

/** 32 random bytes: 256 bits, 43 base64url characters. */
export function newParticipantToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A participant's id as the window sees it (never a secret: tokens authenticate, ids name). */
export function newPhoneId(): string {
  return `phone-${randomBytes(6).toString('hex')}`;
}

/** Six characters from an alphabet without look-alikes: 25^6 ≈ 244 million codes. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** The key under which a participant token is kept in memory, so the token itself is not stored. */
export function tokenDigest(token: string): string {
  return digest(token).toString('base64url');
}
