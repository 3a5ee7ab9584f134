// End-to-end tests run the built renderer in the Chromium shell (tests/e2e/fixtures.ts launches
// it), so no browser projects are configured here. Build first: `npx electron-vite build`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
});
