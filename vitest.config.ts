import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['tests/unit/setup/catalogues.ts'],
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.{ts,tsx}', 'electron/services/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}'],
    },
  },
});
