/**
 * The pilot-trap checks a framework may switch on. Checks about facts (curated data, volume gap,
 * standalone pilot…) apply where the framework has the facts they read; the others apply to every
 * gap. "missing-voices" flags a room without someone in each role the framework requires.
 */
export const FRAMEWORK_CHECK_IDS = [
  'metric-mirage',
  'curated-data',
  'champions-only',
  'volume-gap',
  'standalone-pilot',
  'ownership-vacuum',
  'no-production-path',
  'room-disagrees',
  'champion-skeptic-split',
  'orphan-actions',
  'easy-80',
  'missing-voices',
] as const;
export type FrameworkCheckId = (typeof FRAMEWORK_CHECK_IDS)[number];
