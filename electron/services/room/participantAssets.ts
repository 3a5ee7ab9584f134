/**
 * The phone page as the room server serves it: the built `participant/index.html` and exactly the
 * files it loads (its scripts, their static imports, its stylesheets), read once into memory.
 * Nothing else of the app is reachable from the network: no other page, no source, no listing.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { matchLanguage, translatorNow, type MessageId } from '../../../shared/i18n';

export interface Asset {
  body: Buffer;
  contentType: string;
}

export interface ParticipantAssets {
  /** The page, served at `/` (as built: English; see pageInLanguage). */
  page: Asset;
  /** CSP sources (`'sha256-…'`) of the page's one inline script, the retry below. */
  inlineScripts: string[];
  /** Everything else, by URL path (`/assets/participant-1a2b.js`). */
  files: ReadonlyMap<string, Asset>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Local URLs an HTML page loads: script src, and href of stylesheets, modulepreloads and icons. */
export function referencesInHtml(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) found.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?(stylesheet|modulepreload|icon)\b/i.test(match[0])) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(match[0]);
    if (href) found.add(href[1]!);
  }
  return [...found].filter(isLocal);
}

/**
 * Relative modules a built script imports (static `from"./x.js"`, `import"./x.js"`, and dynamic
 * `import("./x.js")` or `import(\`./x.js\`)`, as the lazily loaded catalogues are).
 */
export function referencesInScript(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'`])(\.{1,2}\/[^"'`$]+)\1/g)) found.add(match[2]!);
  return [...found];
}

/** Local files a stylesheet pulls in with url(…). */
export function referencesInCss(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (isLocal(match[1]!) && !match[1]!.startsWith('data:')) found.add(match[1]!);
  return [...found];
}

function isLocal(ref: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('//') && !ref.startsWith('#');
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The page's own retry, inline so it runs even when none of its files arrived. When a phone's
 * connection is reset while the page loads (a whole room scanning at once), a script or a
 * stylesheet may fail; the page then loads itself again, a few times, backing off, instead of
 * staying broken until the person thinks of reloading. The page's script marks
 * `<html data-ready>` once it runs.
 */
export const PAGE_RETRY_SCRIPT = [
  '(function(){',
  "var d=document.documentElement,k='rr-page-retries',n=0,failed=false,done=false;",
  'try{n=Number(sessionStorage.getItem(k))||0}catch(e){}',
  'function again(){if(done||n>=8)return;done=true;try{sessionStorage.setItem(k,String(n+1))}catch(e){}',
  'setTimeout(function(){location.reload()},Math.min(8000,400*Math.pow(2,n))+Math.floor(Math.random()*400))}',
  "addEventListener('error',function(e){var t=e.target;if(t&&(t.tagName==='SCRIPT'||t.tagName==='LINK')){failed=true;if(document.readyState==='complete')again()}},true);",
  "addEventListener('load',function(){if(failed||!d.dataset.ready)again();else try{sessionStorage.removeItem(k)}catch(e){}});",
  'setTimeout(function(){if(!d.dataset.ready)again()},10000);',
  '})();',
].join('');

/** Puts the retry script first in the page's head and returns the page with the script's CSP hash. */
export function withPageRetry(html: string): { html: string; hash: string } {
  const hash = `'sha256-${createHash('sha256').update(PAGE_RETRY_SCRIPT, 'utf8').digest('base64')}'`;
  const tag = `<script>${PAGE_RETRY_SCRIPT}</script>`;
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return { html: `${tag}${html}`, hash };
  const end = html.indexOf('>', at) + 1;
  return { html: `${html.slice(0, end)}${tag}${html.slice(end)}`, hash };
}

/**
 * Loads the phone page from a built renderer folder (`out/renderer`). The page is served at `/`,
 * so its `../assets/x.js` references become `/assets/x.js` (a browser clamps `..` at the root).
 */
export async function loadParticipantAssets(rendererDir: string): Promise<ParticipantAssets> {
  const root = await realpath(path.resolve(rendererDir)).catch(() => {
    throw new Error('The phone page has not been built (run the build first).');
  });
  const pageFile = path.join(root, 'participant', 'index.html');
  const html = await readFile(pageFile, 'utf8').catch(() => {
    throw new Error('The phone page has not been built (run the build first).');
  });
  const files = new Map<string, Asset>();
  const queue: { ref: string; from: string }[] = referencesInHtml(html).map((ref) => ({ ref, from: '/participant/index.html' }));
  while (queue.length > 0) {
    const { ref, from } = queue.shift()!;
    const url = new URL(ref, `http://room${from}`).pathname;
    if (files.has(url)) continue;
    const file = path.resolve(root, `.${decodeURIComponent(url)}`);
    if (!isInside(root, file)) throw new Error(`The phone page refers to a file outside the app: ${ref}`);
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!type) throw new Error(`The phone page refers to a file of an unexpected type: ${ref}`);
    const body = await readFile(file);
    files.set(url, { body, contentType: type });
    if (type.startsWith('text/javascript')) for (const next of referencesInScript(body.toString('utf8'))) queue.push({ ref: next, from: url });
    if (type.startsWith('text/css')) for (const next of referencesInCss(body.toString('utf8'))) queue.push({ ref: next, from: url });
  }
  const page = withPageRetry(html);
  return { page: { body: Buffer.from(page.html, 'utf8'), contentType: 'text/html; charset=utf-8' }, inlineScripts: [page.hash], files };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page's shell in a language: `<html lang>` and the words it shows before its script runs
 * (the title, "Connecting to the room…", the no-JavaScript note), marked `data-i18n="<id>"` in
 * participant/index.html. The script then loads that language's catalogue first, so a phone
 * never flashes English in a German session. Without a catalogue (not registered) the page is
 * served as built.
 */
export function localizePage(html: string, language: string): string {
  let translate: (id: MessageId) => string;
  let tag: string;
  try {
    const i18n = translatorNow(matchLanguage(language));
    translate = (id) => i18n.t(id);
    tag = i18n.language;
  } catch {
    return html;
  }
  return html
    .replace(/<html\b([^>]*?)\blang="[^"]*"/i, `<html$1lang="${escapeHtml(tag)}"`)
    .replace(/(<(title|p|span)\b[^>]*\bdata-i18n="([A-Za-z0-9_.-]+)"[^>]*>)[^<]*(<\/\2>)/g, (_all, open: string, _tag: string, id: string, close: string) => `${open}${escapeHtml(translate(id as MessageId))}${close}`);
}

const localized = new WeakMap<ParticipantAssets, Map<string, Asset>>();

/** The page in the session's language, built once per language. */
export function pageInLanguage(assets: ParticipantAssets, language: string): Asset {
  let byLanguage = localized.get(assets);
  if (!byLanguage) localized.set(assets, (byLanguage = new Map()));
  let page = byLanguage.get(language);
  if (!page) {
    page = { body: Buffer.from(localizePage(assets.page.body.toString('utf8'), language), 'utf8'), contentType: assets.page.contentType };
    byLanguage.set(language, page);
  }
  return page;
}
