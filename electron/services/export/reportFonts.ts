/**
 * The shipped fonts (assets/fonts, listed once in its fonts.css) as @font-face rules with the
 * files inlined as data: URLs: the report page loads nothing (JavaScript off, every request
 * refused), and both Chromium's Page.printToPDF and Electron's printToPDF get the same typefaces.
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

let cached: Promise<string> | null = null;

/** The report's @font-face rules; read once per run. Fails when the installation lacks its fonts. */
export function reportFontFaces(): Promise<string> {
  cached ??= (async () => {
    const cssFile = findFontsCss();
    if (!cssFile) throw new Error("The report's fonts (assets/fonts) are missing from this installation of Readiness Room.");
    return inlineFontFaces(cssFile);
  })();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
