import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The run-time suite: the built main process and preload (out/, or a packaged copy named by
 * READINESS_ROOM_APP_DIR) run in plain Node against a strict Electron stand-in. Each file runs in
 * its own process because the main process keeps module state. Needs `npm run build` first.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/runtime/**/*.test.ts'],
    environment: 'node',
    // Generous: loading the built main process and parsing electron.d.ts take seconds on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    isolate: true,
    // The tests build sessions and documents themselves, so they read the catalogues as Node does.
    setupFiles: ['tests/unit/setup/catalogues.ts'],
    // Main logs every refusal it makes; show the log only for a failing test.
    silent: 'passed-only',
  },
});
