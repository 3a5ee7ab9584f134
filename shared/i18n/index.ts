/** The catalogue: message ids with values in shared/, words chosen by a Translator where shown. */
export * from './message';
export type { MessageId } from './messageIds';
export * from './translator';
export * from './languages';
