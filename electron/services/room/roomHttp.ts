/**
 * The room server's plain HTTP side: the phone page and its files, GET and HEAD only, no request
 * bodies, only for the laptop's own addresses (a Host header check, against DNS rebinding), with
 * a strict Content-Security-Policy whose only connection is the room's own WebSocket.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pageInLanguage, type Asset, type ParticipantAssets } from './participantAssets';

/**
 * The CSP of the phone page: its own scripts and styles, and one WebSocket back to this laptop.
 * The only inline script allowed is the page's own retry, by its hash (no 'unsafe-inline').
 */
export function phonePageCsp(host: string, inlineScripts: readonly string[] = []): string {
  return [
    "default-src 'none'",
    ["script-src 'self'", ...inlineScripts].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ws://${host}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "manifest-src 'none'",
    "object-src 'none'",
  ].join('; ');
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), payment=()',
};

function send(response: ServerResponse, method: string, status: number, asset: Asset | null, extra: Record<string, string> = {}): void {
  response.statusCode = status;
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...extra })) response.setHeader(name, value);
  const body = asset?.body ?? Buffer.from(status === 200 || status === 204 ? '' : `${status}\n`);
  response.setHeader('Content-Type', asset?.contentType ?? 'text/plain; charset=utf-8');
  response.setHeader('Content-Length', String(body.byteLength));
  response.end(method === 'HEAD' ? undefined : body);
}

/** Whether a request announces a body (we accept none: a phone never needs to send one). */
function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Answers one request. Error answers carry the bare status number and no words (a phone never
 * shows them as a page a person reads); the page itself comes in the session's `language`.
 */
export function handleRoomHttp(request: IncomingMessage, response: ServerResponse, assets: ParticipantAssets, isOwnHost: (host: string) => boolean, language = 'en'): void {
  const method = request.method ?? 'GET';
  const host = request.headers.host ?? '';
  if (!isOwnHost(host)) {
    send(response, method, 421, null, { Connection: 'close' });
    return;
  }
  if (hasBody(request)) {
    // Answer, then drop the connection without reading what was sent.
    send(response, method, 413, null, { Connection: 'close' });
    request.socket.destroySoon?.();
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    send(response, method, 405, null, { Allow: 'GET, HEAD' });
    return;
  }
  let pathname: string;
  try {
    pathname = new URL(request.url ?? '/', 'http://room').pathname;
  } catch {
    send(response, method, 400, null);
    return;
  }
  if (pathname === '/' || pathname === '/index.html') {
    send(response, method, 200, pageInLanguage(assets, language), { 'Content-Security-Policy': phonePageCsp(host, assets.inlineScripts) });
    return;
  }
  if (pathname === '/favicon.ico') {
    // Browsers ask for it; there is none, and a 404 would only fill the phone's console.
    send(response, method, 204, null);
    return;
  }
  const file = assets.files.get(pathname);
  if (file) {
    send(response, method, 200, file, { 'Content-Security-Policy': "default-src 'none'" });
    return;
  }
  send(response, method, 404, null);
}
