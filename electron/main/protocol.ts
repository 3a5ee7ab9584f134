/**
 * The app:// scheme: serves the built renderer (out/renderer) and nothing else, with the app's
 * Content-Security-Policy on every response. Any path that resolves outside the renderer folder
 * (traversal, symlinks, encoded separators) gets a 404.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_CSP } from '../../shared/security/csp';
import { contentTypeOf } from '../services/http/contentTypes';

export const APP_SCHEME = 'app';
export const APP_HOST = 'readiness-room';

/** Must run before the app is ready. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}



const SECURITY_HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

function errorResponse(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The file an app:// URL names, or null when it is not a file inside the renderer folder. */
async function resolveRendererFile(rendererRoot: string, requestUrl: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const candidate = path.resolve(rendererRoot, `.${pathname}`);
  if (!isInside(rendererRoot, candidate)) return null;
  try {
    // Follow symlinks, then check again: the real file must live inside the real renderer folder.
    const [realRoot, realFile] = await Promise.all([realpath(rendererRoot), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Must run after the app is ready. `rendererRoot` is the built renderer folder. */
export function registerAppProtocol(rendererRoot: string): void {
  const root = path.resolve(rendererRoot);
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const file = await resolveRendererFile(root, request.url);
    if (file === null) return errorResponse(404);
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' },
    });
  });
}
