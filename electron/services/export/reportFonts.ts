/**
 * The shipped fonts (assets/fonts, listed once in its fonts.css) as @font-face rules with the
 * files inlined as data: URLs: the report page loads nothing (JavaScript off, every request
 * refused), and both Chromium's Page.printToPDF and Electron's printToPDF get the same typefaces.
 * A printed page carries only the rules whose unicode-range holds one of its characters: a face
 * of a script the page does not use is never drawn, but reading its data: URL cost Chromium about
 * 0.2 s of the large report's load (all 22 faces, 632 kB, against the 4 Latin ones, 160 kB).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FONTS_CSS = path.join('assets', 'fonts', 'fonts.css');

/**
 * assets/fonts is found by walking up from this module: the repository when run from source
 * (tsx, tests), `out/main/..` when built, and the app's root inside app.asar when packaged.
 */
export function findFontsCss(start: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = start;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(dir, FONTS_CSS);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

export async function inlineFontFaces(cssFile: string): Promise<string> {
  const css = await readFile(cssFile, 'utf8');
  const folder = path.dirname(cssFile);
  const files = [...new Set([...css.matchAll(/url\(\.\/([\w.-]+\.woff2)\)/g)].map((m) => m[1]!))];
  const inlined = new Map(await Promise.all(files.map(async (file) => [file, (await readFile(path.join(folder, file))).toString('base64')] as const)));
  return css.replace(/url\(\.\/([\w.-]+\.woff2)\)/g, (_match, file: string) => `url(data:font/woff2;base64,${inlined.get(file)!})`);
}

export interface FontFaceRule {
  css: string;
  /** The code points the face is for ([first, last] runs); null when the rule names no range. */
  ranges: ReadonlyArray<readonly [number, number]> | null;
}

/** `U+0000-00FF,U+0131,U+04??` as [first, last] runs. */
export function unicodeRanges(value: string): Array<[number, number]> {
  return value.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!match) return [];
    const [, first, last] = match;
    if (last) return [[parseInt(first!, 16), parseInt(last, 16)] as [number, number]];
    return [[parseInt(first!.replace(/\?/g, '0'), 16), parseInt(first!.replace(/\?/g, 'F'), 16)] as [number, number]];
  });
}

/** Each @font-face rule of a style sheet, with the comment that names it. */
export function fontFaceRules(css: string): FontFaceRule[] {
  return [...css.matchAll(/(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}/g)].map(([rule]) => {
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    return { css: rule, ranges: range ? unicodeRanges(range) : null };
  });
}

/**
 * Every code point a page's source could show: its characters as written, and those written as
 * HTML character references or CSS escapes (a running footer's text is a CSS string).
 */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  // By code unit, with ASCII marked once: a report is some 400 000 of them, nearly all ASCII.
  const ascii = new Uint8Array(128);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      ascii[unit] = 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    points.add(point);
  }
  ascii.forEach((seen, unit) => seen && points.add(unit));
  for (const [, decimal, hex] of text.matchAll(/&#(?:([0-9]+)|x([0-9a-f]+));/gi)) points.add(decimal ? Number(decimal) : parseInt(hex!, 16));
  for (const [, hex] of text.matchAll(/\\([0-9a-f]{1,6})/gi)) points.add(parseInt(hex!, 16));
  return points;
}

/** The rules a page with these code points can use: those with no range, or a range that holds one of them. */
export function fontFacesFor(rules: readonly FontFaceRule[], points: ReadonlySet<number>): string {
  const used = [...points].sort((a, b) => a - b);
  const holdsOne = (ranges: ReadonlyArray<readonly [number, number]>) =>
    ranges.some(([first, last]) => {
      // The first used code point at or after `first`.
      let low = 0;
      let high = used.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (used[middle]! < first) low = middle + 1;
        else high = middle;
      }
      return low < used.length && used[low]! <= last;
    });
  return rules
    .filter((rule) => rule.ranges === null || holdsOne(rule.ranges))
    .map((rule) => rule.css)
    .join('\n\n');
}

let cached: Promise<FontFaceRule[]> | null = null;

/** The shipped fonts' @font-face rules, inlined; read once per run. Fails when the installation lacks its fonts. */
function reportFontFaceRules(): Promise<FontFaceRule[]> {
  cached ??= (async () => {
    const cssFile = findFontsCss();
    if (!cssFile) throw new Error("The report's fonts (assets/fonts) are missing from this installation of Readiness Room.");
    return fontFaceRules(await inlineFontFaces(cssFile));
  })();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

/**
 * A printed page's HTML with the shipped fonts its text needs: `page` writes the page around the
 * @font-face rules it is given. It is written once without them to read its characters.
 */
export async function withReportFonts(page: (fontFaces: string) => string): Promise<string> {
  const rules = await reportFontFaceRules();
  return page(fontFacesFor(rules, codePointsOf(page(''))));
}
