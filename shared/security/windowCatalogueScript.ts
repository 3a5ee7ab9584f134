/**
 * The window page's one inline script. It runs while the page is parsed, before any module has
 * arrived, and asks for the window's catalogue then — so the words travel alongside the app's
 * code instead of after it has run. It picks the language as the window does
 * (renderer/src/i18n/windowLanguagePreference.ts: the saved preference, else the system's, by its
 * base, else English; a test holds the two to the same answers) from the catalogue chunks the
 * build lists in `<meta name="readiness-room:catalogue">` tags. A wrong guess only costs a
 * fetch: the app still loads the catalogue it needs itself. Fixed text, allowed by its hash.
 */
export const WINDOW_CATALOGUE_META = 'readiness-room:catalogue';

export const WINDOW_CATALOGUE_SCRIPT = `(function () {
  var files = Object.create(null);
  var metas = document.querySelectorAll('meta[name="readiness-room:catalogue"]');
  for (var i = 0; i < metas.length; i++) files[metas[i].getAttribute('data-language')] = metas[i].getAttribute('content');
  var wanted = null;
  try { wanted = JSON.parse(localStorage.getItem('readiness-room.preferences') || 'null').state.windowLanguage; } catch (e) {}
  if (typeof wanted !== 'string') wanted = navigator.language || '';
  var href = files[wanted] || files[wanted.split('-')[0].toLowerCase()] || files.en;
  if (!href) return;
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  document.head.appendChild(link);
})();`;

/** The script's CSP source; tests/unit/shared/security/windowCatalogueScript.test.ts recomputes it. */
export const WINDOW_CATALOGUE_SCRIPT_HASH = "'sha256-0hDnp5hoB43vVgDnQmiZvObypePcYdJP1ts2odjmlsk='";
