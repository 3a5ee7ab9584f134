/**
 * bundle.renderer_js_gzip_kb: the JavaScript a window must load before the app starts — the
 * module scripts and modulepreload links of out/renderer/index.html, plus the window's language
 * catalogue (loaded before the first render; the largest language is counted) — gzipped one file
 * at a time (zlib level 9, as each is sent separately) and summed. Other lazy chunks are not counted.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATALOGUE_FOLDER } from '../../../electron/services/i18n/nodeCatalogues';
import { errorRow, repoRoot, type BenchRow } from '../harness';

const TARGET = '≤ 300';

/** The local JS files an HTML page loads up front (script src and modulepreload href). */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) found.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\brel\s*=\s*["']?modulepreload\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag);
    if (href) found.add(href[1]!);
  }
  return [...found].filter((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//'));
}

export async function run(): Promise<BenchRow[]> {
  const dir = path.join(repoRoot(), 'out', 'renderer');
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) return [errorRow('bundle.renderer_js_gzip_kb', 'kB', 'out/renderer/index.html is missing: run `npx electron-vite build`', TARGET)];
  const scripts = initialScripts(await readFile(indexFile, 'utf8'));
  if (scripts.length === 0) return [errorRow('bundle.renderer_js_gzip_kb', 'kB', 'index.html references no script', TARGET)];
  let bytes = 0;
  for (const src of scripts) {
    const file = path.resolve(dir, decodeURIComponent(src.split(/[?#]/)[0]!.replace(/^\//, '')));
    bytes += gzipSync(await readFile(file), { level: 9 }).byteLength;
  }
  // A catalogue's chunk is named after its file ("de-<hash>.js"); the window loads one of them at start.
  const tags = new Set((await readdir(CATALOGUE_FOLDER)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)));
  let catalogueBytes = 0;
  for (const file of await readdir(path.join(dir, 'assets'))) {
    const tag = /^(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (tag === undefined || !tags.has(tag)) continue;
    catalogueBytes = Math.max(catalogueBytes, gzipSync(await readFile(path.join(dir, 'assets', file)), { level: 9 }).byteLength);
  }
  if (catalogueBytes === 0) return [errorRow('bundle.renderer_js_gzip_kb', 'kB', 'no catalogue chunk found in out/renderer/assets', TARGET)];
  bytes += catalogueBytes;
  return [{ id: 'bundle.renderer_js_gzip_kb', value: Math.round((bytes / 1024) * 10) / 10, unit: 'kB', target: TARGET }];
}
