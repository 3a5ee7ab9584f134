/**
 * The framework a session follows: its own copy, or the built-in one when it carries none (every
 * session made before frameworks were data, and every session made from the built-in one).
 * The one place that rule lives; the structure alone (ids, facts, agenda, rules) needs no words.
 */
import { builtInFramework } from './builtInFramework';
import type { Framework, FrameworkGap } from './frameworkSchema';

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

/** A gap of a framework with its place in it (1 for the first): what the rail, charts and headings show. */
export type NumberedGap = FrameworkGap & { readonly number: number };

const numbered = new WeakMap<Framework, readonly NumberedGap[]>();

/** The gaps a session assesses, in the framework's order, numbered from 1. */
export function sessionGaps(session: { readonly framework?: Framework | undefined }): readonly NumberedGap[] {
  const framework = sessionFramework(session);
  let gaps = numbered.get(framework);
  if (gaps === undefined) {
    gaps = framework.gaps.map((gap, index) => ({ ...gap, number: index + 1 }));
    numbered.set(framework, gaps);
  }
  return gaps;
}
