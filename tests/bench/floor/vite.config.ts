/**
 * Builds the start-up floor page with the renderer's Vite set-up (electron.vite.config.ts:
 * React plugin, relative base, minified, no source maps), into out/bench-floor. Never shipped.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const FLOOR_OUT_DIR = fileURLToPath(new URL('../../../out/bench-floor', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: FLOOR_OUT_DIR, emptyOutDir: true, sourcemap: false, minify: true },
});
