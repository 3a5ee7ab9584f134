/**
 * A tiny static file server for the built renderer, bound to 127.0.0.1 only. It serves files
 * inside one folder and nothing else (no traversal, no directory listings, no symlinks out of the
 * folder), answers GET and HEAD only, and sends the app's Content-Security-Policy on every answer.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { APP_CSP } from '../../shared/security/csp';
import { contentTypeOf } from '../services/http/contentTypes';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** `http://127.0.0.1:41234` (no trailing slash), the origin the pages get. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Port to bind; 0 (the default) picks a free one. */
  port?: number;
  /** Extra response headers (tests use this; the app needs none). */
  headers?: Record<string, string>;
  /**
   * In-memory files served next to the folder's, keyed by absolute URL path (`/__bench/blank.html`).
   * The benchmarks use this for a blank page on the same origin; the app needs none.
   */
  extraFiles?: Record<string, string>;
}



function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Maps a request path to a file inside root, or null when it is not one. */
async function resolveFile(root: string, rawUrl: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const candidate = path.resolve(root, `.${pathname}`);
  if (!isInside(root, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(root, real)) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function startStaticServer(folder: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = await realpath(path.resolve(folder));
  const baseHeaders: Record<string, string> = {
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    ...options.headers,
  };
  const extraFiles = new Map(Object.entries(options.extraFiles ?? {}).map(([urlPath, text]) => [urlPath, Buffer.from(text, 'utf8')]));
  const extraFileFor = (rawUrl: string): { path: string; body: Buffer } | null => {
    if (extraFiles.size === 0) return null;
    let pathname: string;
    try {
      pathname = new URL(rawUrl, 'http://127.0.0.1').pathname;
    } catch {
      return null;
    }
    const body = extraFiles.get(pathname);
    return body ? { path: pathname, body } : null;
  };

  const server = http.createServer((request, response) => {
    const method = request.method ?? 'GET';
    for (const [name, value] of Object.entries(baseHeaders)) response.setHeader(name, value);
    const fail = (status: number, text: string): void => {
      response.statusCode = status;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(method === 'HEAD' ? undefined : text);
    };
    if (method !== 'GET' && method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      fail(405, 'Method not allowed');
      return;
    }
    const extra = extraFileFor(request.url ?? '/');
    if (extra) {
      response.statusCode = 200;
      response.setHeader('Content-Type', contentTypeOf(extra.path));
      response.setHeader('Content-Length', String(extra.body.byteLength));
      response.end(method === 'HEAD' ? undefined : extra.body);
      return;
    }
    resolveFile(root, request.url ?? '/').then(
      async (file) => {
        if (file === null) {
          fail(404, 'Not found');
          return;
        }
        const info = await stat(file);
        response.statusCode = 200;
        response.setHeader('Content-Type', contentTypeOf(file));
        response.setHeader('Content-Length', String(info.size));
        if (method === 'HEAD') {
          response.end();
          return;
        }
        const stream = createReadStream(file);
        stream.on('error', () => response.destroy());
        stream.pipe(response);
      },
      () => fail(500, 'Internal error'),
    ).catch(() => {
      if (!response.headersSent) fail(500, 'Internal error');
      else response.destroy();
    });
  });
  // Keep-alive sockets would hold close() open.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closed: Promise<void> | null = null;
  return {
    url: `${origin}/`,
    origin,
    port,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
