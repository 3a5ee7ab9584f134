/** An SVG document as an <img> source: drawn without inline markup (the CSP allows data: images). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "ACDEFG" → "ACD EFG", easier to read aloud and to type. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The join address without its secret, for reading on screen: `http://192.168.1.20:51234`. */
export function shortAddress(joinUrl: string): string {
  try {
    return new URL(joinUrl).origin;
  } catch {
    return joinUrl;
  }
}
