import { posix, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The window's entry (renderer/src/main.ts) is tiny: it asks for the window's catalogue, then
 * imports the app's start. So that the start's code does not wait for the entry to arrive and
 * run, the page preloads it — with everything it imports and its stylesheet — alongside the entry.
 */
function preloadAppStart(): Plugin {
  return {
    name: 'readiness-room:preload-app-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk, path }) {
        if (bundle === undefined || chunk === undefined) return;
        const start = chunk.dynamicImports.find((file) => {
          const imported = bundle[file];
          return imported?.type === 'chunk' && imported.facadeModuleId?.endsWith('/renderer/src/start.tsx') === true;
        });
        if (start === undefined) return;
        const closure = (from: string, into = new Set<string>()): Set<string> => {
          const found = bundle[from];
          if (into.has(from) || found?.type !== 'chunk') return into;
          into.add(from);
          for (const file of found.imports) closure(file, into);
          return into;
        };
        const onThePage = closure(chunk.fileName);
        const scripts = [...closure(start)].filter((file) => !onThePage.has(file));
        const styles = new Set(scripts.flatMap((file) => [...((bundle[file] as typeof chunk).viteMetadata?.importedCss ?? [])]));
        const href = (file: string): string => `./${posix.relative(posix.dirname(path.slice(1)), file)}`;
        const tags: HtmlTagDescriptor[] = [
          ...[...styles].map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: href(file) }, injectTo: 'head' as const })),
          ...scripts.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: href(file) }, injectTo: 'head' as const })),
        ];
        return tags;
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
    plugins: [react(), preloadAppStart()],
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
