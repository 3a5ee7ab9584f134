/**
 * Every message id is a key of the English catalogue, so a misspelt id fails the type check.
 * Type-only: the catalogue itself is loaded where a language is needed, never bundled by this import.
 */
import type english from './catalogues/en.json';

export type MessageId = keyof typeof english;
