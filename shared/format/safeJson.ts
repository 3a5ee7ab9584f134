/** JSON parsing that can never pollute prototypes: such keys are dropped while parsing. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

/** Like parseJsonSafely, and says which forbidden keys it dropped (a strict format refuses such a file). */
export function parseJsonNotingForbiddenKeys(text: string): { value: unknown; forbiddenKeys: string[] } {
  const forbiddenKeys: string[] = [];
  const value: unknown = JSON.parse(text, (key, inner: unknown) => {
    if (!FORBIDDEN_KEYS.has(key)) return inner;
    if (!forbiddenKeys.includes(key)) forbiddenKeys.push(key);
    return undefined;
  });
  return { value, forbiddenKeys };
}
