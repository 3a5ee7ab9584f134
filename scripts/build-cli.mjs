#!/usr/bin/env node
/**
 * Builds the headless export (electron/cli/main.ts) into out/cli/export.js, and the thread that
 * prints its PDF (electron/cli/pdfWorker.ts) into out/cli/pdf-worker.js, after electron-vite
 * has built the app (`npm run build` runs both). Plain Node ESM: the sources and the catalogues
 * are bundled, the packages in node_modules stay imports, so `npm run export` compiles nothing
 * at run time. out/cli is not part of the installed app (electron-builder.yml leaves it out).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: path.join(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      // The command, and the thread that prints its PDF.
      input: { export: path.join(root, 'electron/cli/main.ts'), 'pdf-worker': path.join(root, 'electron/cli/pdfWorker.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
console.log(`built ${path.relative(root, path.join(root, 'out/cli/export.js'))}`);
