import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { compileCatalogue } from './shared/i18n/compileCatalogue';
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
          const language = chunk.type === 'chunk' ? CATALOGUE_FILE.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
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

/**
 * Which modules each page needs before it can start: the window's (index.html) and the phone's
 * (participant/index.html) static import graphs, read once the module graph is complete. The
 * renderer's chunking puts each page's start-up code in one chunk (plus the code the two share
 * in another) instead of one small chunk per set of lazy screens that also use a module: each
 * extra file at start is another request queued behind the browser's six per origin.
 */
function startGraphs(pages: Record<string, string>): { plugin: Plugin; pagesOf(id: string): string } {
  const byPage = new Map<string, Set<string>>();
  return {
    pagesOf: (id) => [...byPage].filter(([, ids]) => ids.has(id)).map(([page]) => page).join('+'),
    plugin: {
      name: 'readiness-room:start-graphs',
      apply: 'build',
      buildEnd() {
        for (const [page, entry] of Object.entries(pages)) {
          const seen = new Set<string>();
          const stack = [entry];
          while (stack.length > 0) {
            const id = stack.pop()!;
            if (seen.has(id)) continue;
            seen.add(id);
            stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
          }
          byPage.set(page, seen);
        }
      },
    },
  };
}

const PAGES = { window: resolve(__dirname, 'renderer/index.html'), phone: resolve(__dirname, 'renderer/participant/index.html') };
const start = startGraphs(PAGES);

const CATALOGUE_FILE = /\/shared\/i18n\/catalogues\/([^/]+)\.json$/;

/**
 * The window and the phone page get each catalogue parsed ahead (shared/i18n/compileCatalogue.ts),
 * and the ICU parser is left out of their bundle: the translator formats the parsed messages.
 */
function compiledCatalogues(): Plugin {
  return {
    name: 'readiness-room:compiled-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE_FILE.test(id)) return null;
      return { code: JSON.stringify(compileCatalogue(JSON.parse(code) as Record<string, string>)), map: null };
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
    plugins: [react(), compiledCatalogues(), windowCataloguePreload(), start.plugin],
    resolve: {
      alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      rollupOptions: {
        input: { index: PAGES.window, participant: PAGES.phone },
        output: {
          codeSplitting: {
            groups: [
              { name: 'window-start', test: (id) => start.pagesOf(id) === 'window' },
              { name: 'start', test: (id) => start.pagesOf(id) === 'window+phone', priority: 2 },
            ],
          },
        },
      },
    },
  },
});
