/**
 * The room's secrets: the key in the QR address (≥ 128 bits), the short code people type, the
 * participant tokens (256 bits) and the phones' ids. All from the operating system's CSPRNG;
 * comparisons of secrets take constant time.
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/room/roomConstants';

/** 24 random bytes: 192 bits, 32 base64url characters. */
export function newRoomKey(): string {
  return randomBytes(24).toString('base64url');
}

/** The secret participant tokens are signed with (192 bits). */
export function newTokenSecret(): string {
  return randomBytes(24).toString('base64url');
}

function tokenSignature(secret: string, participantId: string, handovers: number): Buffer {
  return createHmac('sha256', secret).update(`${participantId}\n${handovers}`, 'utf8').digest();
}

/**
 * A phone's participant token: who it votes as, how many handovers that person's phone has seen,
 * and an HMAC-SHA256 of both (256 bits). Signed rather than listed, so the laptop recognises the
 * phone after a restart without having stored anything but the secret.
 */
export function participantToken(secret: string, participantId: string, handovers: number): string {
  return `${Buffer.from(participantId, 'utf8').toString('base64url')}.${handovers}.${tokenSignature(secret, participantId, handovers).toString('base64url')}`;
}

/** The participant and handover count a token was signed for, or null when it is not genuine. */
export function readParticipantToken(secret: string, token: string): { participantId: string; handovers: number } | null {
  const [idPart, countPart, signature] = token.split('.');
  if (!idPart || !countPart || !signature || !/^\d{1,7}$/.test(countPart)) return null;
  const participantId = Buffer.from(idPart, 'base64url').toString('utf8');
  const handovers = Number(countPart);
  const given = Buffer.from(signature, 'base64url');
  const expected = tokenSignature(secret, participantId, handovers);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { participantId, handovers };
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
