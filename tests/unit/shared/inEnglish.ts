/** The English words of a message the domain returned, for assertions on what people read. */
import { isMessage, translatorNow, type Message } from '../../../shared/i18n';

export function en(message: Message): string;
export function en(message: Message | null | undefined): string | undefined;
export function en(message: Message | null | undefined): string | undefined {
  return message ? translatorNow('en').text(message) : undefined;
}

export function de(message: Message): string {
  return translatorNow('de').text(message);
}

export function enAll(messages: readonly Message[]): string[] {
  return messages.map((m) => translatorNow('en').text(m));
}

/** An operation's result with its refusal (if any) in English: { code, message }. */
export function refusalInEnglish<T extends { ok: boolean }>(result: T): T | { code: string; message: string } {
  const refused = result as unknown as { ok: false; refusal: { code: string; message: Message } };
  return result.ok ? result : { code: refused.refusal.code, message: en(refused.refusal.message) };
}

/** The refusal's message of a result known to be refused. */
export function sessionlessRefusal(result: { ok: boolean }): Message {
  if (result.ok) throw new Error('Expected a refusal.');
  return (result as unknown as { refusal: { message: Message } }).refusal.message;
}

/** A value with every message in it replaced by its English words, for deep comparisons. */
export function englishDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(englishDeep);
  if (isMessage(value)) return en(value);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, englishDeep(v)]));
  return value;
}
