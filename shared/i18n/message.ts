/**
 * What shared/ says to people: a message id from the catalogue and its values, never a sentence.
 * The words are chosen where the message is shown, by a Translator in the language in force there
 * (the facilitator's window, the room's projector and phones, a document).
 */
import type { MessageId } from './messageIds';

/** A value formatted in the translator's locale when the message is shown: a number, a date, a ratio. */
export interface LocalizedValue {
  readonly localized: (locale: string) => string;
}

export type MessageValue = string | number | boolean | Date | Message | LocalizedValue | null | undefined;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface Message {
  readonly id: MessageId;
  readonly values?: MessageValues;
}

export function msg(id: MessageId, values?: MessageValues): Message {
  return values === undefined ? { id } : { id, values };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && !(value instanceof Date);
}

export function isLocalizedValue(value: unknown): value is LocalizedValue {
  return typeof value === 'object' && value !== null && typeof (value as { localized?: unknown }).localized === 'function';
}

/** A value written by a locale-aware rule of shared/text: localized((locale) => formatRatio(r, locale)). */
export function localized(format: (locale: string) => string): LocalizedValue {
  return { localized: format };
}

/** Text the user typed (a name, a note): shown as it is in every language. */
export type UserText = string;
