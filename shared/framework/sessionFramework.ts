/**
 * The framework a session follows: its own copy, or the built-in one when it carries none (every
 * session made before frameworks were data, and every session made from the built-in one).
 * The one place that rule lives; the structure alone (ids, facts, agenda, rules) needs no words.
 */
import { builtInFramework } from './builtInFramework';
import type { Framework } from './frameworkSchema';

let builtInStructure: Framework | null = null;

export function sessionFramework(session: { readonly framework?: Framework | undefined }): Framework {
  if (session.framework) return session.framework;
  builtInStructure ??= builtInFramework();
  return builtInStructure;
}

/** The ids of the gaps a session assesses, in the framework's order. */
export function sessionGapIds(session: { readonly framework?: Framework | undefined }): string[] {
  return sessionFramework(session).gaps.map((gap) => gap.id);
}
