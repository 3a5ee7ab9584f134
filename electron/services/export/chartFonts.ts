/**
 * The typeface resvg draws a picture's words in. The charts are drawn for Inter (the window's and
 * the PDF's typeface); assets/fonts/charts holds its Latin subset as TrueType, one file per
 * weight, with the characters those files have glyphs for (scripts/copy-fonts.mjs writes both).
 * A picture whose words all have glyphs there is drawn with those files alone: the same letters
 * as the PDF, and no scan of the laptop's fonts (each scan read ~300 fonts, 40–120 ms a picture).
 * Any other word (another script, an emoji) sends the picture to the system's fonts, as before:
 * resvg takes the first file of a family that fits a weight, so other subsets of Inter beside the
 * Latin one would shadow it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findFontsCss } from './reportFonts';

interface ChartFontManifest {
  family: string;
  /** Sorted [first, last] runs of the code points every file has a glyph for. */
  coverage: Array<[number, number]>;
  files: Array<{ file: string; weight: number }>;
}

export interface ChartFonts {
  family: string;
  /** The font files' paths. */
  files: string[];
  covers(codePoint: number): boolean;
}

/**
 * The packaged app keeps the chart fonts beside its archive (electron-builder.yml, asarUnpack):
 * resvg opens the files itself and cannot read inside app.asar.
 */
export function outsideArchive(folder: string): string {
  return folder.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
}

/** Reads assets/fonts/charts/charts.json; null when this installation lacks it (the system's fonts then serve). */
export function readChartFonts(packedFolder: string): ChartFonts | null {
  const folder = outsideArchive(packedFolder);
  const manifestFile = path.join(folder, 'charts.json');
  if (!existsSync(manifestFile)) return null;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ChartFontManifest;
    const files = manifest.files.map((entry) => path.join(folder, path.basename(entry.file)));
    if (files.length === 0 || !files.every((file) => existsSync(file))) return null;
    const runs = manifest.coverage;
    const covers = (codePoint: number): boolean => {
      let low = 0;
      let high = runs.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const [first, last] = runs[middle]!;
        if (codePoint < first) high = middle - 1;
        else if (codePoint > last) low = middle + 1;
        else return true;
      }
      return false;
    };
    return { family: manifest.family, files, covers };
  } catch {
    return null;
  }
}

let installed: ChartFonts | null | undefined;

function installedChartFonts(): ChartFonts | null {
  if (installed === undefined) {
    const css = findFontsCss();
    installed = css ? readChartFonts(path.join(path.dirname(css), 'charts')) : null;
  }
  return installed;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an SVG document: what its elements hold, without markup, character references read. */
export function svgText(svg: string): string {
  return svg
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    });
}

/**
 * The fonts to draw `svg` with: the chart fonts when they have a glyph for every character of its
 * text (white space aside), null when the system's fonts are needed.
 */
export function chartFontsFor(svg: string, fonts: ChartFonts | null = installedChartFonts()): ChartFonts | null {
  if (fonts === null) return null;
  for (const character of svgText(svg)) {
    if (/\s/.test(character)) continue;
    if (!fonts.covers(character.codePointAt(0)!)) return null;
  }
  return fonts;
}
