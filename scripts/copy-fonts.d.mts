export const FONTS_DIR: string;
export interface FontPackage { package: string; family: string; weights: number[]; subsets: string[]; licence: string }
export const FONT_PACKAGES: FontPackage[];
export interface FontFile extends FontPackage { subset: string; weight: number; file: string; unicodeRange: string; source: string }
export function fontFiles(): FontFile[];
export function fontsCss(files?: FontFile[]): string;
export const CHART_FONTS_DIR: string;
export const CHART_FONT: { package: string; family: string; subset: string; weights: number[] };
export function woffToSfnt(woff: Uint8Array): Uint8Array;
export function fontCoverage(sfnt: Uint8Array): Array<[number, number]>;
export function chartFonts(): { files: Array<{ file: string; weight: number; font: Uint8Array; coverage: Array<[number, number]> }>; manifest: string };
