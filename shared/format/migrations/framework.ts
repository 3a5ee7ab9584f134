/**
 * The chain of migrations of .rrframework files (and of the library's copies):
 * FRAMEWORK_MIGRATIONS[n] turns a version-n framework into a version-(n+1) framework.
 * To add version 2: write `frameworkV1ToV2.ts`, register it under key 1, bump
 * CURRENT_FRAMEWORK_FORMAT_VERSION, and add a golden `tests/fixtures/framework-v2.rrframework`.
 */
import { CURRENT_FRAMEWORK_FORMAT_VERSION } from '../frameworkEnvelope';
import type { Migration } from './index';

export const FRAMEWORK_MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrateFramework(
  framework: Record<string, unknown>,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = FRAMEWORK_MIGRATIONS,
  toVersion: number = CURRENT_FRAMEWORK_FORMAT_VERSION,
): Record<string, unknown> {
  let current = framework;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from framework format version ${v}.`);
    current = step(current);
  }
  return current;
}
