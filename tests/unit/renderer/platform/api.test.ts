import { describe, expect, it } from 'vitest';
import { AppError, isQuotaError, messageOf } from '../../../../renderer/src/platform/api';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');
const de = translatorNow('de');

const quota = () => Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });

describe('what the facilitator is told when something fails', () => {
  it('recognises a full disk however IndexedDB and Dexie wrap it', () => {
    expect(isQuotaError(quota())).toBe(true);
    // Dexie: a transaction aborted because a request failed with QuotaExceededError.
    expect(isQuotaError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota() }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'DatabaseClosedError', inner: { name: 'AbortError', inner: quota() } }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('1 of 3 failed'), { name: 'BulkError', failures: [new Error('dup'), quota()] }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('1 failed'), { name: 'BulkError', failures: { 2: quota() } }))).toBe(true);
    expect(isQuotaError(new Error('Something', { cause: quota() }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('never loops on an error that wraps itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });

  it('turns errors into sentences', () => {
    expect(messageOf(Object.assign(new Error('t'), { name: 'AbortError', inner: quota() }), en)).toMatch(/^This laptop's disk is full/);
    expect(messageOf(new AppError('io', 'The disk is full.'), en)).toBe('The disk is full.');
    expect(messageOf(new TypeError('x is undefined'), en)).toBe('Something went wrong. Your work is safe; please try again.');
    expect(messageOf(new TypeError('x is undefined'), de)).toBe('Etwas ist schiefgegangen. Ihre Arbeit ist sicher; bitte versuchen Sie es erneut.');
  });
});
