import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { WINDOW_CATALOGUE_META, WINDOW_CATALOGUE_SCRIPT } from './shared/security/windowCatalogueScript';

/**
 * The window's page asks for its catalogue while it is parsed (shared/security/windowCatalogueScript.ts):
 * this lists each language's catalogue chunk in a meta tag and adds the script that picks one.
 */
function windowCataloguePreload(): Plugin {
  return {
    name: 'readiness-room:window-catalogue-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, path }) {
        if (bundle === undefined || path !== '/index.html') return;
        const metas: string[] = [];
        for (const chunk of Object.values(bundle)) {
          const language = chunk.type === 'chunk' ? /\/shared\/i18n\/catalogues\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
          if (language !== undefined) metas.push(`<meta name="${WINDOW_CATALOGUE_META}" data-language="${language}" content="./${chunk.fileName}">`);
        }
        // First in the head, before any stylesheet (which would hold an inline script back until it arrived).
        const charset = /<meta charset="UTF-8" \/>\n/;
        if (!charset.test(html)) throw new Error('renderer/index.html must start its head with <meta charset="UTF-8" />');
        return html.replace(charset, (found) => `${found}    ${metas.join('\n    ')}\n    <script>${WINDOW_CATALOGUE_SCRIPT}</script>\n`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), windowCataloguePreload()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html'), participant: resolve(__dirname, 'renderer/participant/index.html') },
      },
    },
  },
});
