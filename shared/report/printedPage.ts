/**
 * The one HTML page every printed document is laid out in (the report's PDF, the charter's):
 * self-contained, under a CSP that lets nothing load or run, with the language, title and author
 * the PDF carries. Chromium prints it; only the body and the styles differ per document.
 */
import { escapeHtml } from './escapeHtml';

/** The shipped fonts first, then faces found on every system, then those that cover other scripts. */
export const PRINTED_FONT_STACK =
  "'Inter', 'Noto Sans Arabic', 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK SC', 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif";

/** No script, no request: styles inline, pictures and fonts as data: URLs. */
export const PRINTED_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface PrintedPage {
  language: string;
  title: string;
  author: string;
  description?: string;
  /** The shipped fonts' @font-face rules followed by the document's own stylesheet. */
  styles: string;
  body: string;
}

export function printedPageHtml(page: PrintedPage): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${e(page.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINTED_PAGE_CSP}">
<title>${e(page.title)}</title>
${page.author ? `<meta name="author" content="${e(page.author)}">\n` : ''}${page.description ? `<meta name="description" content="${e(page.description)}">\n` : ''}<style>${page.styles}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
