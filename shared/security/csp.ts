/**
 * The Content-Security-Policy of every page the app serves (Electron's app:// and the Chromium
 * shell send the same header). No inline script but the window's one fixed script, allowed by its
 * hash; no eval, no network but the page's own origin.
 */
import { WINDOW_CATALOGUE_SCRIPT_HASH } from './windowCatalogueScript';

export const APP_CSP = [
  "default-src 'none'",
  `script-src 'self' ${WINDOW_CATALOGUE_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
